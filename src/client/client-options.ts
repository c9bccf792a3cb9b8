import type { Middleware } from 'openapi-fetch';
import { API_BASE_PATH } from '../api-base-path.js';
import type { HeaderRecord } from './header-record.js';
import { invalidArgument, requireDuration } from './require-argument.js';
import { requireBaseUrl } from './require-base-url.js';
import { requireHeaders } from './require-headers.js';

/**
 * How GET requests are retried. POSTs are never retried: a repeated retry or stop
 * would act twice.
 *
 * @example
 * ```ts
 * import { createTaskRecordClient, type RetryOptions } from '@vwed/task-record';
 *
 * const retry: RetryOptions = { attempts: 4, baseDelayMs: 200 };
 * const client = createTaskRecordClient({ baseUrl: 'http://engine.local:8000', retry });
 * ```
 */
export interface RetryOptions {
  /** Attempts in all, the first included. Default 3. */
  attempts?: number;
  /** The first backoff delay; each later one doubles, with jitter. Default 250 ms. */
  baseDelayMs?: number;
  /** The longest backoff delay. Default 5,000 ms. */
  maxDelayMs?: number;
  /** The longest `Retry-After` the client waits for; a longer one fails at once. Default 60,000 ms. */
  maxRetryAfterMs?: number;
}

/**
 * Options of {@link createTaskRecordClient}. Every option is checked when the client
 * is created: a bad one throws a `TypeError` there, not at the first request.
 *
 * @example
 * ```ts
 * import { createTaskRecordClient, type TaskRecordClientOptions } from '@vwed/task-record';
 *
 * const options: TaskRecordClientOptions = {
 *   baseUrl: 'https://engine.example.com',
 *   headers: async () => ({ Authorization: `Bearer ${await getToken()}` }),
 *   timeoutMs: 10_000,
 *   retry: true,
 * };
 * const client = createTaskRecordClient(options);
 * ```
 */
export interface TaskRecordClientOptions {
  /**
   * The engine's origin, or a prefix a gateway puts before the API
   * (`https://gw.example.com/vwed`); the client adds `/api/vwed-task-record`
   * (unless the URL already ends with it). Default `''`: the page's own origin.
   * No query, fragment or white space: the API path would land in them.
   */
  baseUrl?: string;
  /**
   * The fetch to use. By default `globalThis.fetch`, looked up at each request and never
   * captured, so a mock (MSW) installed after the client was created still intercepts.
   */
  fetch?: typeof globalThis.fetch;
  /**
   * Headers for every request, checked here; or a function (sync or async) called before each
   * attempt, its result checked before anything is sent.
   */
  headers?: HeaderRecord | (() => HeaderRecord | Promise<HeaderRecord>);
  /**
   * A time limit per attempt, in milliseconds; it holds even if `fetch` ignores the abort
   * signal. Default: none.
   */
  timeoutMs?: number;
  /**
   * Retries for GET requests on network errors, timeouts and HTTP 408, 429, 502, 503,
   * 504, honouring `Retry-After`. Off by default; `true` for the defaults, a number
   * for that many attempts in all.
   */
  retry?: boolean | number | RetryOptions;
  /**
   * Check each success response against the API's zod schema: `true` throws a
   * `VwedValidationError`, `'warn'` reports with `console.warn` and returns the data.
   * Default `false`. The schemas are loaded on first use, so zod costs nothing until then.
   */
  validate?: boolean | 'warn';
  /** openapi-fetch middleware, passed through to the underlying client. */
  middleware?: readonly Middleware[];
}

/** {@link TaskRecordClientOptions} after checking, with every default filled in. */
export interface NormalizedClientOptions {
  baseUrl: string;
  fetch: typeof globalThis.fetch | undefined;
  headers: TaskRecordClientOptions['headers'];
  timeoutMs: number | undefined;
  retry: Required<RetryOptions>;
  validate: false | true | 'warn';
  middleware: readonly Middleware[];
}

const retryDefaults: Required<RetryOptions> = {
  attempts: 3,
  baseDelayMs: 250,
  maxDelayMs: 5_000,
  maxRetryAfterMs: 60_000,
};

/** Throws the TypeError of a bad option unless `ok`. */
function check(ok: boolean, option: string, expected: string, got: unknown): void {
  if (!ok) throw invalidArgument('createTaskRecordClient', `option ${option}`, expected, got);
}

function normalizeRetry(retry: TaskRecordClientOptions['retry']): Required<RetryOptions> {
  const options =
    retry === true ? {} : typeof retry === 'number' ? { attempts: retry } : retry || { attempts: 1 };
  check(typeof options === 'object', 'retry', 'a boolean, a number or an object', retry);
  const merged = { ...retryDefaults, ...options };
  check(
    Number.isInteger(merged.attempts) && merged.attempts >= 1,
    'retry.attempts',
    'an integer >= 1',
    merged.attempts,
  );
  for (const key of ['baseDelayMs', 'maxDelayMs', 'maxRetryAfterMs'] as const) {
    requireDuration('createTaskRecordClient', `option retry.${key}`, merged[key], true);
  }
  return merged;
}

function normalizeBaseUrl(baseUrl: unknown = ''): string {
  const trimmed = requireBaseUrl('createTaskRecordClient', 'option baseUrl', baseUrl);
  return trimmed.endsWith(API_BASE_PATH) ? trimmed : trimmed + API_BASE_PATH;
}

/**
 * Checks the options once, when the client is created, and fills in the defaults.
 * Throws a `TypeError` naming the option, what it must be, and what came.
 */
export function normalizeClientOptions(options: TaskRecordClientOptions = {}): NormalizedClientOptions {
  check(typeof options === 'object' && options !== null, 'options', 'an object', options);
  const { fetch, headers, timeoutMs, validate = false, middleware = [] } = options;
  check(fetch === undefined || typeof fetch === 'function', 'fetch', 'a function', fetch);
  check(
    headers === undefined ||
      typeof headers === 'function' ||
      (typeof headers === 'object' && headers !== null),
    'headers',
    'an object or a function',
    headers,
  );
  // Static headers are checked once, here; a function's result is checked at each call.
  if (typeof headers === 'object') requireHeaders('createTaskRecordClient', 'option headers', headers);
  check(
    validate === true || validate === false || validate === 'warn',
    'validate',
    "true, false or 'warn'",
    validate,
  );
  check(Array.isArray(middleware), 'middleware', 'an array', middleware);
  return {
    baseUrl: normalizeBaseUrl(options.baseUrl),
    fetch,
    headers,
    timeoutMs:
      timeoutMs === undefined
        ? undefined
        : requireDuration('createTaskRecordClient', 'option timeoutMs', timeoutMs),
    retry: normalizeRetry(options.retry),
    validate,
    middleware,
  };
}
