import type { OperationName } from '../client/operation-name.js';
import type { MockControlOperation } from '../control/mock-control-operation.js';

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
  override name: string = 'VwedError';
  /**
   * The client operation that failed: an operationId such as `getTaskRecord`, `waitForTask`, or
   * for the control client an operationId of the control API such as `runTask`.
   */
  declare readonly operation: VwedOperation;

  constructor(message: string, options: VwedErrorOptions) {
    const { cause, ...fields } = options;
    super(message, { cause });
    // The subclasses' own fields (code, timeoutMs, ...) come in the same options object.
    Object.assign(this, fields);
  }
}

/**
 * What every error constructor takes besides the message: the operation, and the
 * error that caused it, if any.
 *
 * @example
 * ```ts
 * import { VwedError, type VwedErrorOptions } from '@vwed/task-record';
 *
 * const options: VwedErrorOptions = { operation: 'getTaskRecord', cause: new TypeError('fetch failed') };
 * throw new VwedError('[vwed] getTaskRecord: gave up', options);
 * ```
 */
export interface VwedErrorOptions {
  operation: VwedOperation;
  cause?: unknown;
}

/**
 * The operations an error can name: the seven operationIds, `waitForTask`, and the control
 * API's operationIds (the errors of `@vwed/task-record/control`'s client).
 *
 * @example
 * ```ts
 * import type { VwedOperation } from '@vwed/task-record';
 *
 * const retriable: VwedOperation[] = ['getTaskRecord', 'getBlockRecords'];
 * ```
 */
export type VwedOperation = OperationName | 'waitForTask' | MockControlOperation;

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
  return /^(Vwed(Api|Network|Timeout|Validation)?|MockControl)Error$/.test(nameOf(error));
}

/**
 * The `name` of an error-like value, or `''`. The guards compare names, not classes:
 * `instanceof` fails across realms (iframes, workers) and duplicated copies of the package.
 */
export function nameOf(error: unknown): string {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? name : '';
}
