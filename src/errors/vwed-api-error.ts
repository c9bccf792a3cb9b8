import { nameOf, VwedError, type VwedErrorOptions } from './vwed-error.js';

/**
 * The server answered, and the answer is a failure: an HTTP status outside 2xx, a body
 * `code` other than 200 (even under HTTP 200), `success: false`, a FastAPI `{detail}`
 * body, or a body that is not the JSON the API promises (an HTML page from a proxy).
 *
 * `message` is the server's message verbatim when it sent one (`未找到任务记录 x`), ready
 * to show to a user; otherwise it is this client's own description, prefixed `[vwed]`.
 *
 * @example
 * ```ts
 * import { isVwedApiError } from '@vwed/task-record';
 *
 * try {
 *   await client.retryTask(id);
 * } catch (error) {
 *   if (isVwedApiError(error, 400)) console.log('only failed tasks can be retried');
 * }
 * ```
 */
export class VwedApiError extends VwedError {
  override readonly name = 'VwedApiError' as const;
  /** The failure code: the body's `code` when it has one, otherwise the HTTP status. */
  declare readonly code: number;
  /** The HTTP status of the response. */
  declare readonly httpStatus: number;
  /** The parsed JSON body, or a short excerpt of a body that was not JSON. */
  declare readonly body: unknown;

  constructor(
    message: string,
    options: VwedErrorOptions & { code: number; httpStatus: number; body: unknown },
  ) {
    super(message, options);
  }
}

/**
 * Whether a value is a {@link VwedApiError}, optionally with this `code`.
 *
 * @example
 * ```ts
 * import { isVwedApiError } from '@vwed/task-record';
 *
 * if (isVwedApiError(error, 404)) showNotFound();
 * ```
 */
export function isVwedApiError(error: unknown, code?: number): error is VwedApiError {
  return nameOf(error) === 'VwedApiError' && (code === undefined || (error as VwedApiError).code === code);
}
