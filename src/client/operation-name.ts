/**
 * The operationIds of the task-record API, as the spec names them and as errors report
 * them in `operation`.
 *
 * @example
 * ```ts
 * import type { OperationName } from '@vwed/task-record';
 *
 * const operation: OperationName = 'getTaskRecord';
 * ```
 */
export type OperationName =
  | 'getBlockRecords'
  | 'getBlockRecord'
  | 'stopTask'
  | 'getExecutionResults'
  | 'getTaskRecord'
  | 'retryTask'
  | 'setTaskError';
