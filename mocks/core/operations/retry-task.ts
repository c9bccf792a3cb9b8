import { retryTask as retryTaskCommand } from '../../store/commands/retry-task.js';
import type { StoreParts } from '../../store/store-parts.js';
import { failure, type OperationResult, success } from '../envelopes.js';

/**
 * POST /retry/{id}: the retry command (R8), its refusals as the document's 404, 400 and 500.
 */
export function retryTask(parts: StoreParts, taskRecordId: string): OperationResult {
  const result = retryTaskCommand(parts, taskRecordId);
  if (!result.ok) {
    switch (result.refusal) {
      case 'unknown-task':
        return failure(404, `未找到任务记录 ${taskRecordId}`);
      case 'not-failed':
        return failure(400, `任务状态为 ${result.status},只能重发失败状态(2000)的任务`);
      case 'unknown-definition':
        return failure(500, `重发任务失败: 任务定义 ${result.definitionId} 不存在`);
    }
  }
  const { original } = result;
  return success('任务重发成功', {
    original_task_record_id: original.id,
    new_task_record_id: result.newTaskRecordId,
    new_task_id: original.task_id,
    retry_time: result.retryTime,
    original_task_name: original.task_name,
    original_input_params: original.input_params,
  });
}
