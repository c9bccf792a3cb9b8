import type { MockStore } from '../../store/create-mock-store.js';
import { failure, type OperationResult, success } from '../envelopes.js';

/** GET /detail/{id}: the task record. */
export function getTaskRecord(store: MockStore, taskRecordId: string): OperationResult {
  const task = store.task(taskRecordId);
  if (!task) return failure(404, `未找到ID为 ${taskRecordId} 的任务记录`);
  return success('成功获取任务记录详情', task);
}
