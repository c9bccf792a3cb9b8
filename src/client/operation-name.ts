import type { operationTable } from './operation-table.js';

/**
 * The operationIds of the task-record API, as the spec names them and as errors report
 * them in `operation`: the keys of the one operation table.
 *
 * @example
 * ```ts
 * import type { OperationName } from '@vwed/task-record';
 *
 * const operation: OperationName = 'getTaskRecord';
 * ```
 */
export type OperationName = keyof typeof operationTable;
