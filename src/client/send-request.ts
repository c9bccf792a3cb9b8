import type { Client } from 'openapi-fetch';
import { isVwedNetworkError, VwedNetworkError } from '../errors/vwed-network-error.js';
import { isVwedTimeoutError, VwedTimeoutError } from '../errors/vwed-timeout-error.js';
import type { paths } from '../generated/vwed-task-record.js';
import { abortableSleep, untilAborted } from './abortable-sleep.js';
import type { NormalizedClientOptions } from './client-options.js';
import { deadlineSignal } from './deadline-signal.js';
import { isFetchFailure } from './lazy-fetch.js';
import type { OperationName } from './operation-name.js';
import type { OperationEntry } from './operation-table.js';
import { type RawResponse, readResponse } from './read-response.js';
import { requireHeaders } from './require-headers.js';
import { parseRetryAfter, retryableStatuses, retryDelay } from './retry-delay.js';
import { validateResponse } from './validate-response.js';

/** One call of an operation, as the client methods describe it: its table entry, the ID and body. */
export interface OperationRequest extends OperationEntry {
  operation: OperationName;
  pathParams: Record<string, string>;
  body?: unknown;
}

/**
 * Per-call options, the last argument of every client method.
 *
 * @example
 * ```ts
 * import type { CallOptions } from '@vwed/task-record';
 *
 * const controller = new AbortController();
 * const call: CallOptions = { signal: controller.signal };
 * await client.getTaskRecord(id, call);
 * ```
 */
export interface CallOptions {
  /** Aborts the call; it then rejects with the signal's reason, as `fetch` does. */
  signal?: AbortSignal;
}

// openapi-fetch's method types are keyed by literal paths; the client methods type each call
// precisely, so inside the sender one loose signature is enough.
type LooseRequest = (
  method: string,
  path: string,
  init: {
    params: { path: Record<string, string> };
    body?: unknown;
    signal?: AbortSignal;
    headers?: Record<string, string | undefined>;
    parseAs: 'text';
  },
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * Sends operations through openapi-fetch and owns what it leaves to callers: per-attempt
 * timeouts, retries of GETs (never of POSTs: a repeated retry or stop would act twice),
 * typed errors, the envelope, and validation.
 */
export function createRequestSender(raw: Client<paths>, options: NormalizedClientOptions) {
  const request = (raw as unknown as { request: LooseRequest }).request;
  const { retry, validate } = options;

  return async function send(call: OperationRequest, callOptions?: CallOptions): Promise<unknown> {
    const signal = callOptions?.signal;
    const attempts = call.retryable ? retry.attempts : 1;
    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw signal.reason;
      let raw: RawResponse;
      try {
        raw = await attemptOnce(request, options, call, signal);
      } catch (error) {
        const transient = isVwedNetworkError(error) || isVwedTimeoutError(error);
        if (attempt < attempts && transient) {
          await abortableSleep(retryDelay(attempt, undefined, retry) ?? 0, signal);
          continue;
        }
        throw error;
      }
      if (attempt < attempts && retryableStatuses.has(raw.response.status)) {
        const delay = retryDelay(attempt, parseRetryAfter(raw.response.headers.get('retry-after')), retry);
        if (delay !== undefined) {
          await abortableSleep(delay, signal);
          continue;
        }
      }
      const data = readResponse(raw);
      if (validate) await validateResponse(validate, call.operation, data);
      return data;
    }
  };
}

/** One attempt of `call`, within the per-attempt time limit; a failure of fetch becomes a `VwedNetworkError`. */
async function attemptOnce(
  request: LooseRequest,
  options: Pick<NormalizedClientOptions, 'timeoutMs' | 'headers'>,
  call: OperationRequest,
  userSignal: AbortSignal | undefined,
): Promise<RawResponse> {
  const { operation } = call;
  const { timeoutMs, headers } = options;
  const deadline = deadlineSignal(
    userSignal,
    timeoutMs,
    () =>
      new VwedTimeoutError(`[vwed] ${operation}: no answer within ${timeoutMs} ms`, {
        operation,
        timeoutMs: timeoutMs ?? 0,
      }),
  );
  const { signal } = deadline;
  try {
    // The headers function is the caller's code: its errors pass through unchanged, but
    // a hanging token refresh still yields to the abort and the time limit. What it returns
    // is checked before it reaches fetch, whose own error would show the value.
    const resolvedHeaders =
      typeof headers === 'function'
        ? requireHeaders(operation, 'option headers()', await untilAborted(headers(), signal))
        : undefined;
    // Raced against the signal, not only handed to fetch: a fetch (or a middleware, or a body
    // that never ends) that ignores it would hold the call past its time limit, or forever.
    const { data, error, response } = await untilAborted(
      request(call.method, call.path, {
        params: { path: call.pathParams },
        body: call.body,
        signal,
        headers: resolvedHeaders,
        parseAs: 'text',
      }),
      signal,
    );
    return { operation, response, body: response.ok ? data : error };
  } catch (error) {
    // An abort rejects with the signal's reason: the caller's own, or the timeout error.
    if (signal?.aborted) throw signal.reason;
    // Anything but a failure of fetch itself (a middleware's error, say) passes through unchanged.
    if (!isFetchFailure(error)) throw error;
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
    throw new VwedNetworkError(`[vwed] ${operation}: the request failed: ${String(error)}${cause}`, {
      operation,
      cause: error,
    });
  } finally {
    deadline.clear();
  }
}
