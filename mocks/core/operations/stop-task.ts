import { BlockRecordStatus, isTerminalTaskStatus, TaskStatus } from '../../../src/status.js';
import type { MockStore } from '../../store/create-mock-store.js';
import { failure, type OperationResult, success } from '../envelopes.js';

/**
 * POST /stop/{id}: stops the run and disables the definition's periodic schedule. The
 * task becomes 2001 cancelled (R1), its running blocks 2002. An unknown or finished
 * record: 400 `任务终止失败: <reason>` (R6).
 */
export function stopTask(store: MockStore, taskRecordId: string): OperationResult {
  const task = store.task(taskRecordId);
  if (!task) return failure(400, `任务终止失败: 未找到任务记录 ${taskRecordId}`);
  if (isTerminalTaskStatus(task.status)) {
    return failure(400, `任务终止失败: 任务已结束, 当前状态为 ${task.status}`);
  }
  const reason = '任务终止';
  store.cancelRun(taskRecordId);
  store.disableSchedule(task.task_id);
  const now = store.endTask(task, TaskStatus.cancelled, reason, '任务已终止');
  for (const block of store.blockRecordsOf(taskRecordId)) {
    if (block.status === BlockRecordStatus.running) {
      Object.assign(block, {
        status: BlockRecordStatus.cancelled,
        ended_on: now,
        ended_reason: reason,
        remark: reason,
      });
    }
  }
  return success('任务终止成功', {
    task_record_id: task.id,
    status: TaskStatus.cancelled,
    ended_on: now,
    ended_reason: reason,
  });
}
