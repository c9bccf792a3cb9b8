import { TaskStatus } from '../../../src/status.js';
import type { MockStore } from '../../store/create-mock-store.js';
import { failure, type OperationResult, success } from '../envelopes.js';

/**
 * POST /retry/{id}: only a failed (2000) record; a new run with the original inputs and
 * source, marked as a retry; the original is unchanged; repeatable (R8).
 */
export function retryTask(store: MockStore, taskRecordId: string): OperationResult {
  const task = store.task(taskRecordId);
  if (!task) return failure(404, `未找到任务记录 ${taskRecordId}`);
  if (task.status !== TaskStatus.failed)
    return failure(400, `任务状态为 ${task.status},只能重发失败状态(2000)的任务`);
  const retryTime = store.timestamp();
  const newId = store.retryTask(task);
  if (newId === undefined) return failure(500, `重发任务失败: 任务定义 ${task.task_id} 不存在`);
  return success('任务重发成功', {
    original_task_record_id: task.id,
    new_task_record_id: newId,
    new_task_id: task.task_id,
    retry_time: retryTime,
    original_task_name: task.task_name,
    original_input_params: task.input_params,
  });
}
