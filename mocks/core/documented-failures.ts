import type { OperationName } from '../../src/client/operation-name.js';
import { failure, type OperationResult } from './envelopes.js';

/**
 * What every operation may answer beyond the document (`openapi/vwed-task-record.yaml`,
 * `components/responses`): the HTTP server's 408, 413, 417 and 431, a gateway's 429, 502,
 * 503 and 504, and an internal 500.
 */
const sharedFailureStatuses = [408, 413, 417, 429, 431, 500, 502, 503, 504] as const;

/**
 * The failure statuses the spec documents for each operation: the only ones a fault may
 * take, so that the mock never answers what the spec does not describe. A test holds this
 * table to the spec.
 *
 * @example
 * ```ts
 * documentedFailureStatuses.getTaskRecord.includes(404); // true
 * documentedFailureStatuses.getTaskRecord.includes(401); // false: injectFault refuses it
 * ```
 */
export const documentedFailureStatuses: Readonly<Record<OperationName, readonly number[]>> = {
  getBlockRecords: [...sharedFailureStatuses],
  getBlockRecord: [404, ...sharedFailureStatuses],
  stopTask: [400, ...sharedFailureStatuses],
  getExecutionResults: [404, ...sharedFailureStatuses],
  getTaskRecord: [404, ...sharedFailureStatuses],
  retryTask: [400, 404, ...sharedFailureStatuses],
  setTaskError: [400, 404, 422, ...sharedFailureStatuses],
};

/**
 * An injected fault's answer, in the envelope the spec documents for its operation and
 * status: set-error's failures carry `success: false`, and its 422 is FastAPI's `{detail}`.
 *
 * @example
 * ```ts
 * faultAnswer('setTaskError', 422, 'Field required'); // { status: 422, body: { detail: 'Field required' } }
 * ```
 */
export function faultAnswer(operation: OperationName, status: number, message: string): OperationResult {
  if (operation === 'setTaskError' && status === 422) return { status, body: { detail: message } };
  return failure(status, message, operation === 'setTaskError');
}
