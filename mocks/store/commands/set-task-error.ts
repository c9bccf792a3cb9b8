/**
 * Setting a task to the error state (ruling R7): a running task's run is cancelled first;
 * then the task and its unfinished blocks (not 1000 or 2000) become 2000 with the reason.
 * Allowed on a finished task too.
 */
import { BlockRecordStatus, TaskStatus } from '../../../src/status.js';
import type { TaskRecordDetail } from '../../../src/types.js';
import type { EndedBlock } from '../record-repository.js';
import type { StoreParts } from '../store-parts.js';
import { cancelRun } from './cancel-run.js';

/**
 * What a set-error did, or that there was no such task record.
 *
 * @example
 * ```ts
 * const result: SetTaskErrorResult = setTaskError(parts, id, '现场人工干预');
 * if (result.ok) console.log(result.updatedBlocks.length);
 * ```
 */
export type SetTaskErrorResult =
  | { ok: true; task: TaskRecordDetail; endedOn: string; updatedBlocks: EndedBlock[] }
  | { ok: false; refusal: 'unknown-task' };

/** A block a set-error leaves as it is: one that already ended in success or failure. */
function hasOutcome(status: number): boolean {
  return status === BlockRecordStatus.success || status === BlockRecordStatus.failed;
}

/**
 * Sets a task record to the error state with `reason` (checked by the caller: non-blank).
 *
 * @example
 * ```ts
 * setTaskError(parts, id, '现场人工干预, 任务置为失败');
 * // { ok: true, task, endedOn: '2025-04-30 08:02:03', updatedBlocks: [{ block_id: '3', block_name: 'b3', status: 2000 }] }
 * ```
 */
export function setTaskError(parts: StoreParts, taskRecordId: string, reason: string): SetTaskErrorResult {
  const task = parts.records.task(taskRecordId);
  if (!task) return { ok: false, refusal: 'unknown-task' };
  cancelRun(parts, taskRecordId);
  const endedOn = parts.records.endTask(task, TaskStatus.failed, reason, '任务已设置为错误状态');
  const updatedBlocks = parts.records.endUnfinishedBlocks(
    taskRecordId,
    (status) => !hasOutcome(status),
    { status: BlockRecordStatus.failed, reason },
    endedOn,
  );
  parts.changed();
  return { ok: true, task, endedOn, updatedBlocks };
}
