import type { MockControlOperation } from '../control/mock-control-operation.js';
import { nameOf, VwedError, type VwedErrorOptions } from './vwed-error.js';

/**
 * The mock's control API answered, and the answer is a failure: an HTTP status outside 2xx
 * (a refused set-up call is a 400, a control API that is off or a wrong path a 404), or a body
 * that is not the JSON object the control API sends (a proxy's HTML page).
 *
 * `code` and `message` are the answer's `{code, message}` verbatim when it sent them
 * (`控制请求无效: ms must be a whole number from 0 to 3600000, got -1`); otherwise `code` is the
 * HTTP status and `message` the client's own description, prefixed `[vwed]`. A test set-up
 * failing is a bug of the test or of its server, so this is a class of its own, apart from
 * the task-record API's `VwedApiError`.
 *
 * @example
 * ```ts
 * import { isMockControlError } from '@vwed/task-record/control';
 *
 * try {
 *   await control.runTask('no-such-definition');
 * } catch (error) {
 *   if (isMockControlError(error, 400)) console.log(error.operation, error.message);
 * }
 * ```
 */
export class MockControlError extends VwedError {
  override readonly name = 'MockControlError' as const;
  /** The control operation that failed, by its operationId in `openapi/mock-control.yaml`. */
  declare readonly operation: MockControlOperation;
  /** The answer's `code` (the control API sends the HTTP status), or the HTTP status. */
  declare readonly code: number;
  /** The HTTP status of the answer. */
  declare readonly httpStatus: number;
  /** The parsed JSON body, or a short excerpt of a body that was not JSON. */
  declare readonly body: unknown;

  constructor(
    message: string,
    options: VwedErrorOptions & {
      operation: MockControlOperation;
      code: number;
      httpStatus: number;
      body: unknown;
    },
  ) {
    super(message, options);
  }
}

/**
 * Whether a value is a {@link MockControlError}, optionally with this `code`.
 *
 * @example
 * ```ts
 * import { isMockControlError } from '@vwed/task-record/control';
 *
 * if (isMockControlError(error, 404)) console.log('is the control API on? (--no-control turns it off)');
 * ```
 */
export function isMockControlError(error: unknown, code?: number): error is MockControlError {
  return (
    nameOf(error) === 'MockControlError' && (code === undefined || (error as MockControlError).code === code)
  );
}
