import { VwedTimeoutError } from '../errors/vwed-timeout-error.js';
import { isTerminalTaskStatus } from '../status.js';
import type { TaskRecordDetail } from '../types.js';
import { abortableSleep, untilAborted } from './abortable-sleep.js';
import { deadlineSignal } from './deadline-signal.js';
import { requireDuration } from './require-argument.js';
import type { CallOptions } from './send-request.js';

/**
 * Options of `client.waitForTask`.
 *
 * @example
 * ```ts
 * import type { WaitForTaskOptions } from '@vwed/task-record';
 *
 * const options: WaitForTaskOptions = {
 *   intervalMs: 500,
 *   timeoutMs: 60_000,
 *   onUpdate: (detail) => console.log(detail.status, detail.state_description),
 * };
 * const final = await client.waitForTask(id, options);
 * ```
 */
export interface WaitForTaskOptions {
  /** The pause between two polls. Default 1,000 ms. */
  intervalMs?: number;
  /**
   * The longest wait in all; then it rejects with a `VwedTimeoutError`, even if a poll hangs.
   * Default: none.
   */
  timeoutMs?: number;
  /** Stops the wait; it then rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * Called with the detail on the first poll and each time any field of it changes (not only
   * the status: `updated_at` moves as blocks run). Compare `status` to act on status changes.
   */
  onUpdate?: (detail: TaskRecordDetail) => void;
}

/**
 * Polls a task record's detail until its status is terminal (1000, 2000, 2001; 2002
 * paused is not) and resolves with the final detail.
 */
export async function waitForTask(
  getTaskRecord: (taskRecordId: string, call?: CallOptions) => Promise<TaskRecordDetail>,
  taskRecordId: string,
  options: WaitForTaskOptions = {},
): Promise<TaskRecordDetail> {
  const { intervalMs = 1_000, timeoutMs, onUpdate } = options;
  requireDuration('waitForTask', 'intervalMs', intervalMs);
  if (timeoutMs !== undefined) requireDuration('waitForTask', 'timeoutMs', timeoutMs);
  const deadline = deadlineSignal(
    options.signal,
    timeoutMs,
    () =>
      new VwedTimeoutError(
        `[vwed] waitForTask: task record ${taskRecordId} did not finish within ${timeoutMs} ms`,
        {
          operation: 'waitForTask',
          timeoutMs: timeoutMs ?? 0,
        },
      ),
  );
  const signal = deadline.signal;
  try {
    let previous: string | undefined;
    for (;;) {
      // Raced as well as handed the signal: the deadline holds even if the poll ignores it.
      const detail = await untilAborted(getTaskRecord(taskRecordId, { signal }), signal);
      const snapshot = JSON.stringify(detail);
      if (snapshot !== previous) {
        previous = snapshot;
        onUpdate?.(detail);
      }
      if (isTerminalTaskStatus(detail.status)) return detail;
      await abortableSleep(intervalMs, signal);
    }
  } finally {
    deadline.clear();
  }
}
