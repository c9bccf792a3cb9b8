import type { StoreParts } from '../../store/store-parts.js';
import { buildExecutionResults } from '../build-execution-results.js';
import { failure, type OperationResult, success } from '../envelopes.js';

/** GET /execution/block/results/{id}: the nested tree, or the flat list (R9). */
export function getExecutionResults(parts: StoreParts, taskRecordId: string): OperationResult {
  if (!parts.records.task(taskRecordId)) return failure(404, `未找到任务记录 ${taskRecordId}`);
  return success('成功获取任务记录嵌套执行结果', buildExecutionResults(parts, taskRecordId));
}
