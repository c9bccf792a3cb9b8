/**
 * Friendly names for the zod schemas generated from the spec
 * (`src/generated/vwed-task-record.zod.ts`). A type test proves that each schema infers
 * exactly the type openapi-typescript generates, so spec, types and schemas cannot drift.
 *
 * zod 4 objects strip unknown keys when parsing; the client validates with `safeParse`
 * and returns the server's object as it came, so a newer server's extra fields survive.
 */
import * as generated from '../generated/vwed-task-record.zod.js';

/**
 * An opaque ID: a non-empty string (not necessarily a UUID).
 *
 * @example
 * ```ts
 * import { idSchema } from '@vwed/task-record/schemas';
 *
 * idSchema.parse('8c95ge5e-f058-5fd8-9646-16fef6g9bb0e');
 * ```
 */
export const idSchema = generated.zId;

/**
 * An engine timestamp: ISO 8601 local time without an offset, up to microseconds (R11).
 *
 * @example
 * ```ts
 * import { timestampSchema } from '@vwed/task-record/schemas';
 *
 * timestampSchema.parse('2025-04-30T17:28:19.105648');
 * ```
 */
export const timestampSchema = generated.zTimestamp;

/**
 * A task status: an integer, known codes 1000-2002 (R2), unknown ones accepted.
 *
 * @example
 * ```ts
 * import { taskStatusSchema } from '@vwed/task-record/schemas';
 *
 * taskStatusSchema.parse(2001);
 * ```
 */
export const taskStatusSchema = generated.zTaskStatus;

/**
 * A block record status: an integer, known codes 1000, 1001, 1002, 2000, 2002 (R2).
 *
 * @example
 * ```ts
 * import { blockRecordStatusSchema } from '@vwed/task-record/schemas';
 *
 * blockRecordStatusSchema.parse(1002);
 * ```
 */
export const blockRecordStatusSchema = generated.zBlockRecordStatus;

/**
 * An execution node status: an integer, known codes 1000, 1001, 1006, 2000, 2001 (R2).
 *
 * @example
 * ```ts
 * import { executionNodeStatusSchema } from '@vwed/task-record/schemas';
 *
 * executionNodeStatusSchema.parse(1006);
 * ```
 */
export const executionNodeStatusSchema = generated.zExecutionNodeStatus;

/**
 * A node's record status: a block record status, or 1006 when there is no record (R2).
 *
 * @example
 * ```ts
 * import { executionRecordStatusSchema } from '@vwed/task-record/schemas';
 *
 * executionRecordStatusSchema.parse(1006);
 * ```
 */
export const executionRecordStatusSchema = generated.zExecutionRecordStatus;

/**
 * An input parameter definition: `{type, value, required?}`.
 *
 * @example
 * ```ts
 * import { inputParamDefinitionSchema } from '@vwed/task-record/schemas';
 *
 * inputParamDefinitionSchema.parse({ type: 'Simple', value: 'TK01', required: true });
 * ```
 */
export const inputParamDefinitionSchema = generated.zInputParamDefinition;

/**
 * One block record, as `getBlockRecords` lists it.
 *
 * @example
 * ```ts
 * import { blockRecordSchema } from '@vwed/task-record/schemas';
 *
 * const ok = blockRecordSchema.safeParse(blocks[0]).success;
 * ```
 */
export const blockRecordSchema = generated.zBlockRecord;

/**
 * One block record in detail (`getBlockRecord`).
 *
 * @example
 * ```ts
 * import { blockRecordDetailSchema } from '@vwed/task-record/schemas';
 *
 * const detail = blockRecordDetailSchema.parse(json.data);
 * ```
 */
export const blockRecordDetailSchema = generated.zBlockRecordDetail;

/**
 * What `stopTask` answers in `data`.
 *
 * @example
 * ```ts
 * import { stopTaskResultSchema } from '@vwed/task-record/schemas';
 *
 * const result = stopTaskResultSchema.parse(json.data);
 * ```
 */
export const stopTaskResultSchema = generated.zStopTaskResult;

/**
 * A node's execution record.
 *
 * @example
 * ```ts
 * import { executionRecordSchema } from '@vwed/task-record/schemas';
 *
 * executionRecordSchema.parse(node.executionRecord);
 * ```
 */
export const executionRecordSchema = generated.zExecutionRecord;

/**
 * One log entry of an execution node.
 *
 * @example
 * ```ts
 * import { executionLogSchema } from '@vwed/task-record/schemas';
 *
 * node.logs.forEach((log) => executionLogSchema.parse(log));
 * ```
 */
export const executionLogSchema = generated.zExecutionLog;

/**
 * One node of the execution tree, children included (recursive).
 *
 * @example
 * ```ts
 * import { executionNodeSchema } from '@vwed/task-record/schemas';
 *
 * const root = executionNodeSchema.parse(json.data);
 * ```
 */
export const executionNodeSchema = generated.zExecutionNode;

/**
 * The execution results: a root node, or an array of nodes in flat mode (R9).
 *
 * @example
 * ```ts
 * import { executionResultsSchema } from '@vwed/task-record/schemas';
 *
 * const results = executionResultsSchema.parse(json.data);
 * ```
 */
export const executionResultsSchema = generated.zExecutionResults;

/**
 * A task record in detail (`getTaskRecord`).
 *
 * @example
 * ```ts
 * import { taskRecordDetailSchema } from '@vwed/task-record/schemas';
 *
 * const detail = taskRecordDetailSchema.parse(json.data);
 * ```
 */
export const taskRecordDetailSchema = generated.zTaskRecordDetail;

/**
 * What `retryTask` answers in `data`.
 *
 * @example
 * ```ts
 * import { retryTaskResultSchema } from '@vwed/task-record/schemas';
 *
 * const { new_task_record_id } = retryTaskResultSchema.parse(json.data);
 * ```
 */
export const retryTaskResultSchema = generated.zRetryTaskResult;

/**
 * A block that `setTaskError` moved to failed.
 *
 * @example
 * ```ts
 * import { updatedBlockSchema } from '@vwed/task-record/schemas';
 *
 * updatedBlockSchema.parse({ block_id: 'block_001', block_name: '数据处理', status: 2000 });
 * ```
 */
export const updatedBlockSchema = generated.zUpdatedBlock;

/**
 * The body of `setTaskError`: a non-blank `error_reason`.
 *
 * @example
 * ```ts
 * import { setTaskErrorRequestSchema } from '@vwed/task-record/schemas';
 *
 * setTaskErrorRequestSchema.parse({ error_reason: '系统异常导致任务失败' });
 * ```
 */
export const setTaskErrorRequestSchema = generated.zSetTaskErrorRequest;

/**
 * What `setTaskError` answers in `data`.
 *
 * @example
 * ```ts
 * import { setTaskErrorResultSchema } from '@vwed/task-record/schemas';
 *
 * const result = setTaskErrorResultSchema.parse(json.data);
 * ```
 */
export const setTaskErrorResultSchema = generated.zSetTaskErrorResult;

/**
 * The whole success body of `getBlockRecords`: `{code: 200, message, data}`.
 *
 * @example
 * ```ts
 * import { blockRecordListResponseSchema } from '@vwed/task-record/schemas';
 *
 * blockRecordListResponseSchema.parse(await response.json());
 * ```
 */
export const blockRecordListResponseSchema = generated.zBlockRecordListResponse;

/**
 * The whole success body of `getBlockRecord`.
 *
 * @example
 * ```ts
 * import { blockRecordDetailResponseSchema } from '@vwed/task-record/schemas';
 *
 * blockRecordDetailResponseSchema.parse(await response.json());
 * ```
 */
export const blockRecordDetailResponseSchema = generated.zBlockRecordDetailResponse;

/**
 * The whole success body of `stopTask`.
 *
 * @example
 * ```ts
 * import { stopTaskResponseSchema } from '@vwed/task-record/schemas';
 *
 * stopTaskResponseSchema.parse(await response.json());
 * ```
 */
export const stopTaskResponseSchema = generated.zStopTaskResponse;

/**
 * The whole success body of `getExecutionResults`.
 *
 * @example
 * ```ts
 * import { executionResultsResponseSchema } from '@vwed/task-record/schemas';
 *
 * executionResultsResponseSchema.parse(await response.json());
 * ```
 */
export const executionResultsResponseSchema = generated.zExecutionResultsResponse;

/**
 * The whole success body of `getTaskRecord`.
 *
 * @example
 * ```ts
 * import { taskRecordDetailResponseSchema } from '@vwed/task-record/schemas';
 *
 * taskRecordDetailResponseSchema.parse(await response.json());
 * ```
 */
export const taskRecordDetailResponseSchema = generated.zTaskRecordDetailResponse;

/**
 * The whole success body of `retryTask`.
 *
 * @example
 * ```ts
 * import { retryTaskResponseSchema } from '@vwed/task-record/schemas';
 *
 * retryTaskResponseSchema.parse(await response.json());
 * ```
 */
export const retryTaskResponseSchema = generated.zRetryTaskResponse;

/**
 * The whole success body of `setTaskError`: `{success: true, message, data}` (R3).
 *
 * @example
 * ```ts
 * import { setTaskErrorResponseSchema } from '@vwed/task-record/schemas';
 *
 * setTaskErrorResponseSchema.parse(await response.json());
 * ```
 */
export const setTaskErrorResponseSchema = generated.zSetTaskErrorResponse;

/**
 * A failure body: `{code, message}` (R3).
 *
 * @example
 * ```ts
 * import { errorResponseSchema } from '@vwed/task-record/schemas';
 *
 * const failure = errorResponseSchema.safeParse(await response.json());
 * ```
 */
export const errorResponseSchema = generated.zErrorResponse;

/**
 * A failure body of `setTaskError`: `{success: false, code, message}` (R3).
 *
 * @example
 * ```ts
 * import { setTaskErrorFailureSchema } from '@vwed/task-record/schemas';
 *
 * setTaskErrorFailureSchema.parse({ success: false, code: 404, message: '任务记录不存在' });
 * ```
 */
export const setTaskErrorFailureSchema = generated.zSetTaskErrorFailure;

/**
 * A FastAPI-style failure body: `{detail}` (R3).
 *
 * @example
 * ```ts
 * import { validationErrorResponseSchema } from '@vwed/task-record/schemas';
 *
 * validationErrorResponseSchema.parse({ detail: 'Not Found' });
 * ```
 */
export const validationErrorResponseSchema = generated.zValidationErrorResponse;
