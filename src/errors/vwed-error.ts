/**
 * The base of every error the client throws. Catch it to handle every failure of the
 * task-record API in one place; narrow with the guards (`isVwedApiError`, ...), which
 * check `name` and so work across realms and duplicated copies of the package.
 *
 * @example
 * ```ts
 * import { isVwedError } from '@vwed/task-record';
 *
 * try {
 *   await client.stopTask(id);
 * } catch (error) {
 *   if (isVwedError(error)) showToast(error.message);
 *   else throw error;
 * }
 * ```
 */
export class VwedError extends Error {
  override name = 'VwedError';
  /** The client operation that failed, e.g. `getTaskRecord`. */
  readonly operation: string;

  constructor(message: string, operation: string, options?: { cause?: unknown }) {
    super(message, options);
    this.operation = operation;
  }
}

/**
 * Whether a value is one of this package's errors, from any copy of the package.
 *
 * @example
 * ```ts
 * import { isVwedError } from '@vwed/task-record';
 *
 * if (isVwedError(error)) console.error(error.operation, error.message);
 * ```
 */
export function isVwedError(error: unknown): error is VwedError {
  return /^Vwed(Api|Network|Timeout|Validation)?Error$/.test(nameOf(error));
}

/**
 * The `name` of an error-like value, or `''`. The guards compare names, not classes:
 * `instanceof` fails across realms (iframes, workers) and duplicated copies of the package.
 */
export function nameOf(error: unknown): string {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? name : '';
}
