import type { StoreParts } from '../../store/store-parts.js';
import { failure, type OperationResult, success } from '../envelopes.js';

/** GET /detail/{id}: the task record. */
export function getTaskRecord(parts: StoreParts, taskRecordId: string): OperationResult {
  const task = parts.records.task(taskRecordId);
  if (!task) return failure(404, `未找到ID为 ${taskRecordId} 的任务记录`);
  return success('成功获取任务记录详情', task);
}
