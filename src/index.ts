/**
 * `@vwed/task-record`: the typed SDK of the VWED task engine's task-record API.
 *
 * Every export is listed by name; types are exported with `export type`.
 */
export { API_BASE_PATH } from './api-base-path.js';
/**
 * The raw types generated from the spec, for code that needs more than the named
 * aliases (openapi-fetch's `createClient<paths>()`, operation request and response types).
 */
export type { components, operations, paths } from './generated/vwed-task-record.js';
export type {
  BlockRecord,
  BlockRecordDetail,
  BlockRecordStatus,
  ErrorResponse,
  ExecutionLog,
  ExecutionNode,
  ExecutionNodeStatus,
  ExecutionRecord,
  ExecutionResults,
  InputParamDefinition,
  RetryTaskResult,
  SetTaskErrorResult,
  StopTaskResult,
  TaskRecordDetail,
  TaskStatus,
  UpdatedBlock,
} from './types.js';
