import { nameOf, VwedError } from './vwed-error.js';

/**
 * The request never got an answer: DNS, refused connection, reset, CORS, offline.
 * `cause` keeps what `fetch` threw.
 *
 * @example
 * ```ts
 * import { isVwedNetworkError } from '@vwed/task-record';
 *
 * if (isVwedNetworkError(error)) showBanner('The task engine cannot be reached.');
 * ```
 */
export class VwedNetworkError extends VwedError {
  override readonly name = 'VwedNetworkError' as const;
}

/**
 * Whether a value is a {@link VwedNetworkError}.
 *
 * @example
 * ```ts
 * import { isVwedNetworkError } from '@vwed/task-record';
 *
 * const offline = isVwedNetworkError(error);
 * ```
 */
export function isVwedNetworkError(error: unknown): error is VwedNetworkError {
  return nameOf(error) === 'VwedNetworkError';
}
