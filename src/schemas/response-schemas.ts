import type { OperationName } from '../client/operation-name.js';
import {
  blockRecordDetailResponseSchema,
  blockRecordListResponseSchema,
  executionResultsResponseSchema,
  retryTaskResponseSchema,
  setTaskErrorResponseSchema,
  stopTaskResponseSchema,
  taskRecordDetailResponseSchema,
} from './payload-schemas.js';

/**
 * The success body schema of each operation, by operationId: what the client's
 * `validate` option checks, and what a mock's answers can be held to.
 *
 * @example
 * ```ts
 * import { responseSchemas } from '@vwed/task-record/schemas';
 *
 * const result = responseSchemas.getTaskRecord.safeParse(await response.json());
 * if (!result.success) console.warn(result.error.issues);
 * ```
 */
export const responseSchemas = {
  getBlockRecords: blockRecordListResponseSchema,
  getBlockRecord: blockRecordDetailResponseSchema,
  stopTask: stopTaskResponseSchema,
  getExecutionResults: executionResultsResponseSchema,
  getTaskRecord: taskRecordDetailResponseSchema,
  retryTask: retryTaskResponseSchema,
  setTaskError: setTaskErrorResponseSchema,
} as const satisfies Record<OperationName, unknown>;
