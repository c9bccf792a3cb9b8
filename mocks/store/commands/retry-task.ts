/**
 * Retrying a task (ruling R8): only a failed (2000) record; a new run of the same definition
 * with the original inputs, variables and source, marked as a retry. The original is left as
 * it is, and may be retried again.
 */
import { TaskStatus } from '../../../src/status.js';
import type { TaskRecordDetail } from '../../../src/types.js';
import { cloneJson } from '../clone-json.js';
import type { StoreParts } from '../store-parts.js';
import type { TaskSource } from '../store-state.js';
import { createRun } from './create-run.js';

/**
 * What a retry did, or why it did nothing: no such record, a record that did not fail, or a
 * definition that is gone.
 *
 * @example
 * ```ts
 * const result: RetryTaskResult = retryTask(parts, id);
 * if (result.ok) console.log(result.newTaskRecordId);
 * ```
 */
export type RetryTaskResult =
  | { ok: true; original: TaskRecordDetail; newTaskRecordId: string; retryTime: string }
  | { ok: false; refusal: 'unknown-task' }
  | { ok: false; refusal: 'not-failed'; status: number }
  | { ok: false; refusal: 'unknown-definition'; definitionId: string };

/** The new run's source: the original's, its remark saying which record it retries. */
function retrySource(original: TaskRecordDetail): TaskSource {
  const remark = `重发任务, 原任务记录 ${original.id}`;
  return {
    source_type: original.source_type,
    source_system: original.source_system,
    source_user: original.source_user,
    source_device: original.source_device,
    source_ip: original.source_ip,
    source_time: original.source_time,
    source_client_info: original.source_client_info,
    source_remarks: original.source_remarks ? `${original.source_remarks} (${remark})` : remark,
    priority: original.priority,
    work_stations: original.work_stations,
    work_types: original.work_types,
  };
}

/**
 * Retries a failed task record.
 *
 * @example
 * ```ts
 * retryTask(parts, failedId); // { ok: true, original, newTaskRecordId: '…', retryTime: '2025-04-30 08:05:00' }
 * retryTask(parts, runningId); // { ok: false, refusal: 'not-failed', status: 1001 }
 * ```
 */
export function retryTask(parts: StoreParts, taskRecordId: string): RetryTaskResult {
  const original = parts.records.task(taskRecordId);
  if (!original) return { ok: false, refusal: 'unknown-task' };
  if (original.status !== TaskStatus.failed)
    return { ok: false, refusal: 'not-failed', status: original.status };
  const retryTime = parts.timestamp();
  const stored = parts.definitions.stored(original.task_id);
  if (!stored) return { ok: false, refusal: 'unknown-definition', definitionId: original.task_id };
  const newTaskRecordId = createRun(parts, stored, cloneJson(original.input_params), {
    source: retrySource(original),
    variables: cloneJson(original.variables),
  });
  return { ok: true, original, newTaskRecordId, retryTime };
}
