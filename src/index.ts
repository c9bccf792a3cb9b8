/**
 * `@vwed/task-record`: the typed SDK of the VWED task engine's task-record API.
 *
 * Every export is listed by name; types are exported with `export type`. The zod
 * schemas are not re-exported here: they live in `@vwed/task-record/schemas`, so zod
 * stays out of this entry unless `validate` loads it.
 */
export { API_BASE_PATH } from './api-base-path.js';
export type { RetryOptions, TaskRecordClientOptions } from './client/client-options.js';
export { createTaskRecordClient, type TaskRecordClient } from './client/create-task-record-client.js';
export type { HeaderRecord } from './client/header-record.js';
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
export type { ExecutionFailure } from './tree/execution-failure.js';
export { type ExecutionNodePredicate, findExecutionNode } from './tree/find-execution-node.js';
export { findExecutionNodes } from './tree/find-execution-nodes.js';
export { FLAT_RESULTS_ROOT_TYPE, isFlatResultsRoot } from './tree/flat-results-root.js';
export { flattenExecutionTree } from './tree/flatten-execution-tree.js';
export { type FormatExecutionTreeOptions, formatExecutionTree } from './tree/format-execution-tree.js';
export { getExecutionPath } from './tree/get-execution-path.js';
export {
  type NormalizedExecutionResults,
  normalizeExecutionResults,
} from './tree/normalize-execution-results.js';
export {
  type ExecutionStatusCounts,
  type ExecutionTreeSummary,
  type SummarizeExecutionTreeOptions,
  summarizeExecutionTree,
} from './tree/summarize-execution-tree.js';
export {
  type ExecutionTreeOrder,
  type ExecutionTreeVisitor,
  type ExecutionTreeWalkAction,
  type WalkExecutionTreeOptions,
  walkExecutionTree,
} from './tree/walk-execution-tree.js';
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
