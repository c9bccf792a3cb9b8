import { nameOf, VwedError, type VwedErrorOptions } from './vwed-error.js';

/**
 * A time limit ran out: the client's `timeoutMs` for one attempt, or `waitForTask`'s
 * `timeoutMs` for the whole wait.
 *
 * @example
 * ```ts
 * import { isVwedTimeoutError } from '@vwed/task-record';
 *
 * if (isVwedTimeoutError(error)) console.log(`gave up after ${error.timeoutMs} ms`);
 * ```
 */
export class VwedTimeoutError extends VwedError {
  override readonly name = 'VwedTimeoutError' as const;
  /** The limit that ran out, in milliseconds. */
  declare readonly timeoutMs: number;

  constructor(message: string, options: VwedErrorOptions & { timeoutMs: number }) {
    super(message, options);
  }
}

/**
 * Whether a value is a {@link VwedTimeoutError}.
 *
 * @example
 * ```ts
 * import { isVwedTimeoutError } from '@vwed/task-record';
 *
 * const slow = isVwedTimeoutError(error);
 * ```
 */
export function isVwedTimeoutError(error: unknown): error is VwedTimeoutError {
  return nameOf(error) === 'VwedTimeoutError';
}
