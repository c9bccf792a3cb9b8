import { TaskStatus } from '../../../src/status.js';
import { stopReason, stopTask as stopTaskCommand } from '../../store/commands/stop-task.js';
import type { StoreParts } from '../../store/store-parts.js';
import { failure, type OperationResult, success } from '../envelopes.js';

/**
 * POST /stop/{id}: the stop command (R1), its refusals as the document's 400
 * `任务终止失败: <reason>` (R6).
 */
export function stopTask(parts: StoreParts, taskRecordId: string): OperationResult {
  const result = stopTaskCommand(parts, taskRecordId);
  if (!result.ok && result.refusal === 'unknown-task') {
    return failure(400, `任务终止失败: 未找到任务记录 ${taskRecordId}`);
  }
  if (!result.ok) return failure(400, `任务终止失败: 任务已结束, 当前状态为 ${result.status}`);
  return success('任务终止成功', {
    task_record_id: result.task.id,
    status: TaskStatus.cancelled,
    ended_on: result.endedOn,
    ended_reason: stopReason,
  });
}
