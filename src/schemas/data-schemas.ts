import * as z from 'zod';
import type { OperationName } from '../client/operation-name.js';
import {
  blockRecordDetailSchema,
  blockRecordSchema,
  executionResultsSchema,
  retryTaskResultSchema,
  setTaskErrorResultSchema,
  stopTaskResultSchema,
  taskRecordDetailSchema,
} from './payload-schemas.js';

/**
 * The schema of each operation's success `data`, by operationId: what the client's
 * `validate` option checks once the envelope is open.
 *
 * @example
 * ```ts
 * import { dataSchemas } from '@vwed/task-record/schemas';
 *
 * const detail = dataSchemas.getTaskRecord.parse(json.data);
 * ```
 */
export const dataSchemas = {
  getBlockRecords: z.array(blockRecordSchema),
  getBlockRecord: blockRecordDetailSchema,
  stopTask: stopTaskResultSchema,
  getExecutionResults: executionResultsSchema,
  getTaskRecord: taskRecordDetailSchema,
  retryTask: retryTaskResultSchema,
  setTaskError: setTaskErrorResultSchema,
} as const satisfies Record<OperationName, z.ZodType>;
