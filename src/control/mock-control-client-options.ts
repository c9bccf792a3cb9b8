import type { HeaderRecord } from '../client/header-record.js';
import { invalidArgument, requireDuration } from '../client/require-argument.js';
import { requireBaseUrl } from '../client/require-base-url.js';
import { requireHeaders } from '../client/require-headers.js';
import { requireKnownKeys } from '../client/require-known-keys.js';

/**
 * Options of `createMockControlClient`. Every option is checked when the client is created:
 * a bad one throws a `TypeError` there, not at the first request.
 *
 * @example
 * ```ts
 * import { createMockControlClient, type MockControlClientOptions } from '@vwed/task-record/control';
 *
 * const options: MockControlClientOptions = {
 *   baseUrl: 'http://127.0.0.1:4010',
 *   headers: { Authorization: `Bearer ${process.env.MOCK_CONTROL_TOKEN}` },
 *   timeoutMs: 10_000,
 * };
 * const control = createMockControlClient(options);
 * ```
 */
export interface MockControlClientOptions {
  /**
   * Where the mock answers: the reference server's URL (`server.url`, `http://127.0.0.1:4010`),
   * or the origin (and prefix) the MSW handlers were given. The client adds `/__mock/...` and
   * `/healthz`. In a browser, `''` or a path starting with `/` is the page's own origin. No
   * query, fragment, white space or credentials.
   */
  baseUrl: string;
  /**
   * The fetch to use. By default `globalThis.fetch`, looked up at each request and never
   * captured, so MSW started after the client was created still intercepts.
   */
  fetch?: typeof globalThis.fetch;
  /** Headers sent with every request (a server's control token, say), checked here. */
  headers?: HeaderRecord;
  /**
   * A time limit per request, in milliseconds; it holds even if `fetch` ignores the abort signal,
   * and then the request rejects with a `VwedTimeoutError`. Default 30,000: a server that never
   * answers fails the test instead of hanging it.
   */
  timeoutMs?: number;
}

/** {@link MockControlClientOptions} after checking. */
export interface NormalizedControlOptions {
  baseUrl: string;
  fetch: typeof globalThis.fetch | undefined;
  headers: HeaderRecord | undefined;
  timeoutMs: number;
}

/** The default of {@link MockControlClientOptions.timeoutMs}: 30 s. */
export const DEFAULT_CONTROL_TIMEOUT_MS = 30_000;

const where = 'createMockControlClient';

/**
 * Checks the options once, when the client is created. Throws a `TypeError` naming the
 * option, what it must be, and what came (never a header's value: it may be a token).
 *
 * @example
 * ```ts
 * normalizeControlOptions({ baseUrl: 'http://127.0.0.1:4010/' }).baseUrl; // 'http://127.0.0.1:4010'
 * ```
 */
export function normalizeControlOptions(options: MockControlClientOptions): NormalizedControlOptions {
  if (typeof options !== 'object' || options === null)
    throw invalidArgument(where, 'options', 'an object { baseUrl }', options);
  // First, so that `baseURL` is named as unknown rather than `baseUrl` as missing.
  requireKnownKeys(where, 'option ', options, ['baseUrl', 'fetch', 'headers', 'timeoutMs']);
  const { fetch, headers, timeoutMs = DEFAULT_CONTROL_TIMEOUT_MS } = options;
  if (fetch !== undefined && typeof fetch !== 'function')
    throw invalidArgument(where, 'option fetch', 'a function', fetch);
  return {
    baseUrl: requireBaseUrl(where, 'option baseUrl', options.baseUrl),
    fetch,
    headers: headers === undefined ? undefined : requireHeaders(where, 'option headers', headers),
    timeoutMs: requireDuration(where, 'option timeoutMs', timeoutMs),
  };
}
