/**
 * Stopping a task (ruling R1, R6): its run ends, the definition's periodic schedule is
 * disabled, the task becomes 2001 cancelled and its running blocks 2002.
 */
import { BlockRecordStatus, isTerminalTaskStatus, TaskStatus } from '../../../src/status.js';
import type { TaskRecordDetail } from '../../../src/types.js';
import type { StoreParts } from '../store-parts.js';
import { cancelRun } from './cancel-run.js';

/** The reason a stop gives the task and the blocks it ends. */
export const stopReason = '任务终止';

/**
 * What a stop did, or why it did nothing: no such task record, or a task that has ended.
 *
 * @example
 * ```ts
 * const result: StopTaskResult = stopTask(parts, id);
 * if (result.ok) console.log(result.endedOn);
 * ```
 */
export type StopTaskResult =
  | { ok: true; task: TaskRecordDetail; endedOn: string }
  | { ok: false; refusal: 'unknown-task' }
  | { ok: false; refusal: 'finished'; status: number };

/**
 * Stops a task record's run.
 *
 * @example
 * ```ts
 * stopTask(parts, id); // { ok: true, task, endedOn: '2025-04-30 08:00:03' }
 * stopTask(parts, id); // { ok: false, refusal: 'finished', status: 2001 }
 * ```
 */
export function stopTask(parts: StoreParts, taskRecordId: string): StopTaskResult {
  const task = parts.records.task(taskRecordId);
  if (!task) return { ok: false, refusal: 'unknown-task' };
  if (isTerminalTaskStatus(task.status)) return { ok: false, refusal: 'finished', status: task.status };
  cancelRun(parts, taskRecordId);
  parts.schedules.disable(task.task_id);
  const endedOn = parts.records.endTask(task, TaskStatus.cancelled, stopReason, '任务已终止');
  parts.records.endUnfinishedBlocks(
    taskRecordId,
    (status) => status === BlockRecordStatus.running,
    { status: BlockRecordStatus.cancelled, reason: stopReason },
    endedOn,
  );
  parts.changed();
  return { ok: true, task, endedOn };
}
