/**
 * Named aliases for the payloads of the task-record API, taken from the types that
 * openapi-typescript generates from `openapi/vwed-task-record.yaml`. The spec is the
 * source of truth: change it, run `npm run generate`, and these follow.
 */
import type { components } from './generated/vwed-task-record.js';

type Schemas = components['schemas'];

/**
 * One block's run within a task record, as `getBlockRecords` lists it.
 *
 * @example
 * ```ts
 * import type { BlockRecord } from '@vwed/task-record';
 *
 * const failed = (records: BlockRecord[]) => records.filter((record) => record.status === 2000);
 * ```
 */
export type BlockRecord = Schemas['BlockRecord'];

/**
 * One block record with its parameter definitions, outputs and variables (`getBlockRecord`).
 *
 * @example
 * ```ts
 * import type { BlockRecordDetail } from '@vwed/task-record';
 *
 * const reasonOf = (detail: BlockRecordDetail) => detail.ended_reason ?? '(still running)';
 * ```
 */
export type BlockRecordDetail = Schemas['BlockRecordDetail'];

/**
 * An input parameter as the task definition configures it: `{type, value, required}`.
 *
 * @example
 * ```ts
 * import type { InputParamDefinition } from '@vwed/task-record';
 *
 * const keyRoute: InputParamDefinition = { type: 'Simple', value: 'TK01', required: true };
 * ```
 */
export type InputParamDefinition = Schemas['InputParamDefinition'];

/**
 * What `stopTask` answers: the task record's status after the stop (2001, ruling R1).
 *
 * @example
 * ```ts
 * import type { StopTaskResult } from '@vwed/task-record';
 *
 * const wasCancelled = (result: StopTaskResult) => result.status === 2001;
 * ```
 */
export type StopTaskResult = Schemas['StopTaskResult'];

/**
 * One node of the nested execution tree: a block of the definition, its execution
 * record, logs and children.
 *
 * @example
 * ```ts
 * import type { ExecutionNode } from '@vwed/task-record';
 *
 * const label = (node: ExecutionNode) => `${node.blockName} (${node.blockType})`;
 * ```
 */
export type ExecutionNode = Schemas['ExecutionNode'];

/**
 * A node's execution record; every field but `status`, `endedReason` and `remark` is
 * null for a block that has not run.
 *
 * @example
 * ```ts
 * import type { ExecutionRecord } from '@vwed/task-record';
 *
 * const hasRun = (record: ExecutionRecord) => record.recordId !== null;
 * ```
 */
export type ExecutionRecord = Schemas['ExecutionRecord'];

/**
 * One log entry of an execution node.
 *
 * @example
 * ```ts
 * import type { ExecutionLog } from '@vwed/task-record';
 *
 * const line = (log: ExecutionLog) => `${log.createdAt} ${log.message}`;
 * ```
 */
export type ExecutionLog = Schemas['ExecutionLog'];

/**
 * What `getExecutionResults` answers: the root node of the nested tree, or in flat mode
 * an array of nodes (ruling R9).
 *
 * @example
 * ```ts
 * import type { ExecutionResults } from '@vwed/task-record';
 *
 * const isFlat = (results: ExecutionResults) => Array.isArray(results);
 * ```
 */
export type ExecutionResults = Schemas['ExecutionResults'];

/**
 * A task record in detail (`getTaskRecord`).
 *
 * @example
 * ```ts
 * import type { TaskRecordDetail } from '@vwed/task-record';
 *
 * const seconds = (detail: TaskRecordDetail) => (detail.execution_time ?? 0) / 1000;
 * ```
 */
export type TaskRecordDetail = Schemas['TaskRecordDetail'];

/**
 * What `retryTask` answers: the new run started for a failed task record.
 *
 * @example
 * ```ts
 * import type { RetryTaskResult } from '@vwed/task-record';
 *
 * const newRun = (result: RetryTaskResult) => result.new_task_record_id;
 * ```
 */
export type RetryTaskResult = Schemas['RetryTaskResult'];

/**
 * What `setTaskError` answers: the task record now failed, and the blocks it updated.
 *
 * @example
 * ```ts
 * import type { SetTaskErrorResult } from '@vwed/task-record';
 *
 * const names = (result: SetTaskErrorResult) => result.updated_blocks.map((block) => block.block_name);
 * ```
 */
export type SetTaskErrorResult = Schemas['SetTaskErrorResult'];

/**
 * A block that `setTaskError` moved to failed.
 *
 * @example
 * ```ts
 * import type { UpdatedBlock } from '@vwed/task-record';
 *
 * const block: UpdatedBlock = { block_id: 'block_001', block_name: '数据处理', status: 2000 };
 * ```
 */
export type UpdatedBlock = Schemas['UpdatedBlock'];

/**
 * The body of a failure: `{code, message}` (ruling R3).
 *
 * @example
 * ```ts
 * import type { ErrorResponse } from '@vwed/task-record';
 *
 * const notFound: ErrorResponse = { code: 404, message: '未找到任务记录 x' };
 * ```
 */
export type ErrorResponse = Schemas['ErrorResponse'];
