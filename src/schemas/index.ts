/**
 * `@vwed/task-record/schemas`: zod schemas for every payload of the task-record API,
 * generated from the spec. Every export is listed by name.
 */

export { checkResponseData, type ResponseDataCheck } from './check-response-data.js';
export { dataSchemas } from './data-schemas.js';
export {
  blockRecordDetailResponseSchema,
  blockRecordDetailSchema,
  blockRecordListResponseSchema,
  blockRecordSchema,
  blockRecordStatusSchema,
  errorResponseSchema,
  executionLogSchema,
  executionNodeSchema,
  executionNodeStatusSchema,
  executionRecordSchema,
  executionRecordStatusSchema,
  executionResultsResponseSchema,
  executionResultsSchema,
  idSchema,
  inputParamDefinitionSchema,
  retryTaskResponseSchema,
  retryTaskResultSchema,
  setTaskErrorFailureSchema,
  setTaskErrorRequestSchema,
  setTaskErrorResponseSchema,
  setTaskErrorResultSchema,
  stopTaskResponseSchema,
  stopTaskResultSchema,
  taskRecordDetailResponseSchema,
  taskRecordDetailSchema,
  taskStatusSchema,
  timestampSchema,
  updatedBlockSchema,
  validationErrorResponseSchema,
} from './payload-schemas.js';
export { responseSchemas } from './response-schemas.js';
