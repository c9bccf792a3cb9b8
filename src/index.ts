/**
 * `@vwed/task-record`: the typed SDK of the VWED task engine's task-record API.
 *
 * Every export is listed by name; types are exported with `export type`. The zod
 * schemas are not re-exported here: they live in `@vwed/task-record/schemas`, so zod
 * stays out of this entry unless `validate` loads it.
 */
export { API_BASE_PATH } from './api-base-path.js';
export type { HeaderRecord, RetryOptions, TaskRecordClientOptions } from './client/client-options.js';
export { createTaskRecordClient, type TaskRecordClient } from './client/create-task-record-client.js';
export type { OperationName } from './client/operation-name.js';
export type { CallOptions } from './client/send-request.js';
export type { WaitForTaskOptions } from './client/wait-for-task.js';
export { isVwedApiError, VwedApiError } from './errors/vwed-api-error.js';
export { isVwedError, VwedError, type VwedErrorOptions, type VwedOperation } from './errors/vwed-error.js';
export { isVwedNetworkError, VwedNetworkError } from './errors/vwed-network-error.js';
export { isVwedTimeoutError, VwedTimeoutError } from './errors/vwed-timeout-error.js';
export {
  isVwedValidationError,
  type ValidationIssue,
  VwedValidationError,
} from './errors/vwed-validation-error.js';
// The raw types generated from the spec, for code that needs more than the named aliases:
// `paths` for openapi-fetch's `createClient<paths>()`, `operations` and `components` for
// request and response types, e.g. `components['schemas']['TaskRecordDetail']`.
export type { components, operations, paths } from './generated/vwed-task-record.js';
export {
  BlockRecordStatus,
  ExecutionNodeStatus,
  isTerminalTaskStatus,
  type StatusLocale,
  type StatusVocabulary,
  statusLabel,
  TaskStatus,
} from './status.js';
export type {
  BlockRecord,
  BlockRecordDetail,
  ErrorResponse,
  ExecutionLog,
  ExecutionNode,
  ExecutionRecord,
  ExecutionResults,
  InputParamDefinition,
  RetryTaskResult,
  SetTaskErrorResult,
  StopTaskResult,
  TaskRecordDetail,
  UpdatedBlock,
} from './types.js';
