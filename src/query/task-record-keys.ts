import type { DataTag, DefaultError } from '@tanstack/query-core';
import { requireText } from '../client/require-argument.js';
import type { BlockRecord, BlockRecordDetail, ExecutionResults, TaskRecordDetail } from '../types.js';

/** The first element of every key of this package: `invalidateQueries({ queryKey: taskRecordKeys.all })`. */
const namespace = 'vwed-task-record';

/**
 * A query key of this package, tagged with the data it holds, so that
 * `queryClient.getQueryData(key)` and `setQueryData(key, ...)` are typed without a cast.
 *
 * @example
 * ```ts
 * import { taskRecordKeys, type TaskRecordKey } from '@vwed/task-record/query';
 * import type { TaskRecordDetail } from '@vwed/task-record';
 *
 * const key: TaskRecordKey<readonly ['vwed-task-record', 'record', string, 'detail'], TaskRecordDetail> =
 *   taskRecordKeys.detail(id);
 * ```
 */
export type TaskRecordKey<TKey extends readonly unknown[], TData> = DataTag<TKey, TData, DefaultError>;

/**
 * The key of one task record's detail: `['vwed-task-record', 'record', id, 'detail']`.
 *
 * @example
 * ```ts
 * import { taskRecordKeys, type TaskRecordDetailKey } from '@vwed/task-record/query';
 *
 * const key: TaskRecordDetailKey = taskRecordKeys.detail(id);
 * queryClient.getQueryData(key)?.status; // number | undefined
 * ```
 */
export type TaskRecordDetailKey = TaskRecordKey<
  readonly ['vwed-task-record', 'record', string, 'detail'],
  TaskRecordDetail
>;
/**
 * The key of one task record's block records: `['vwed-task-record', 'record', id, 'blocks']`.
 *
 * @example
 * ```ts
 * import { type BlockRecordsKey, taskRecordKeys } from '@vwed/task-record/query';
 *
 * const key: BlockRecordsKey = taskRecordKeys.blocks(id);
 * queryClient.getQueryData(key)?.length; // number | undefined
 * ```
 */
export type BlockRecordsKey = TaskRecordKey<
  readonly ['vwed-task-record', 'record', string, 'blocks'],
  BlockRecord[]
>;
/**
 * The key of one task record's execution tree:
 * `['vwed-task-record', 'record', id, 'execution-results']`.
 *
 * @example
 * ```ts
 * import { type ExecutionResultsKey, taskRecordKeys } from '@vwed/task-record/query';
 *
 * const key: ExecutionResultsKey = taskRecordKeys.executionResults(id);
 * ```
 */
export type ExecutionResultsKey = TaskRecordKey<
  readonly ['vwed-task-record', 'record', string, 'execution-results'],
  ExecutionResults
>;
/**
 * The key of one block record in detail: `['vwed-task-record', 'block', blockRecordId]`.
 *
 * @example
 * ```ts
 * import { type BlockRecordKey, taskRecordKeys } from '@vwed/task-record/query';
 *
 * const key: BlockRecordKey = taskRecordKeys.block(blockRecordId);
 * ```
 */
export type BlockRecordKey = TaskRecordKey<readonly ['vwed-task-record', 'block', string], BlockRecordDetail>;

/**
 * The prefix of every key of one record (detail, blocks, tree), its ID checked in the name of
 * the factory that was called.
 */
function recordKey(factory: string, taskRecordId: string) {
  return [
    namespace,
    'record',
    requireText(`taskRecordKeys.${factory}`, 'taskRecordId', taskRecordId),
  ] as const;
}

/**
 * The query keys of the task-record API: stable (changing one is a breaking change), and
 * laid out so that a prefix selects what belongs together.
 *
 * | key                        | value                                                  |
 * | -------------------------- | ------------------------------------------------------ |
 * | `all`                      | `['vwed-task-record']`: every query of this package    |
 * | `record(id)`               | `['vwed-task-record', 'record', id]`: detail, blocks, tree of one record |
 * | `detail(id)`               | `[...record(id), 'detail']`                            |
 * | `blocks(id)`               | `[...record(id), 'blocks']`                            |
 * | `executionResults(id)`     | `[...record(id), 'execution-results']`                 |
 * | `block(blockRecordId)`     | `['vwed-task-record', 'block', blockRecordId]`         |
 *
 * Each function throws a `TypeError` at once for an empty, blank or non-string ID, as the
 * client's methods do. The keys are tagged with their data type ({@link TaskRecordKey}).
 *
 * @example
 * ```ts
 * import { taskRecordKeys } from '@vwed/task-record/query';
 *
 * await queryClient.invalidateQueries({ queryKey: taskRecordKeys.record(id) }); // detail, blocks, tree
 * const detail = queryClient.getQueryData(taskRecordKeys.detail(id)); // TaskRecordDetail | undefined
 * ```
 */
export const taskRecordKeys = {
  all: [namespace] as const,
  record: (taskRecordId: string) => recordKey('record', taskRecordId),
  detail: (taskRecordId: string) =>
    [...recordKey('detail', taskRecordId), 'detail'] as const as TaskRecordDetailKey,
  blocks: (taskRecordId: string) =>
    [...recordKey('blocks', taskRecordId), 'blocks'] as const as BlockRecordsKey,
  executionResults: (taskRecordId: string) =>
    [...recordKey('executionResults', taskRecordId), 'execution-results'] as const as ExecutionResultsKey,
  block: (blockRecordId: string) =>
    [
      namespace,
      'block',
      requireText('taskRecordKeys.block', 'blockRecordId', blockRecordId),
    ] as const as BlockRecordKey,
} as const;
