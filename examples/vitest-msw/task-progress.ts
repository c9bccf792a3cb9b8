/**
 * A small piece of "UI code": what a task-progress panel shows for one task record. It
 * knows nothing of mocks; the test next to it runs it against the MSW handlers.
 */
import {
  isTerminalTaskStatus,
  normalizeExecutionResults,
  statusLabel,
  summarizeExecutionTree,
  type TaskRecordClient,
  TaskStatus,
} from '@vwed/task-record';

/** Everything the panel renders: no status codes, no tree, just what to show. */
export interface TaskProgressView {
  /** The task's name, e.g. `送货任务`. */
  title: string;
  /** The task status as a word: `running`, `success`, `failed`, `cancelled`, ... */
  status: string;
  /** 0 to 100: settled blocks over all blocks; 100 once the task succeeded. */
  progressPercent: number;
  /** The block that failed first, as `b2 (JackLoadBp)`, or null. */
  failedBlock: string | null;
  /** Why it failed: the failed block's reason, else the task's; null when nothing failed. */
  failureReason: string | null;
  /** The Stop button: a task can be stopped until it has ended. */
  canStop: boolean;
  /** The Retry button: only a failed task can be retried. */
  canRetry: boolean;
}

/** Loads the task record's detail and its execution tree, and makes the panel's view of them. */
export async function loadTaskProgress(
  client: TaskRecordClient,
  taskRecordId: string,
): Promise<TaskProgressView> {
  const [detail, results] = await Promise.all([
    client.getTaskRecord(taskRecordId),
    client.getExecutionResults(taskRecordId),
  ]);
  // The tree comes nested, or flat when the server cannot read the definition: one shape first.
  const summary = summarizeExecutionTree(normalizeExecutionResults(results).root);
  const failure = summary.firstFailure;
  const failed = detail.status === TaskStatus.failed;
  return {
    title: detail.task_name,
    status: statusLabel(detail.status, { vocabulary: 'task' }),
    // Blocks of a branch not taken never run, so a finished run can count below 100%.
    progressPercent: detail.status === TaskStatus.success ? 100 : Math.round(summary.progress * 100),
    failedBlock: failure ? `${failure.node.blockName} (${failure.node.blockType})` : null,
    failureReason: failure?.reason ?? (failed ? detail.ended_reason : null),
    canStop: !isTerminalTaskStatus(detail.status),
    canRetry: failed,
  };
}

/** The Stop button's handler: stops the task, then shows its new state. */
export async function stopAndReload(
  client: TaskRecordClient,
  taskRecordId: string,
): Promise<TaskProgressView> {
  await client.stopTask(taskRecordId);
  return loadTaskProgress(client, taskRecordId);
}
