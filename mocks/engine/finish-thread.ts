import type { RunState, RunThread } from '../store/store-state.js';
import type { EngineContext } from './engine-context.js';

/**
 * A thread's stack is empty: a thread of a ParallelFlowBp tells it (the first failure is the
 * one it keeps, and the last thread to end wakes it); the run's first thread ends the run.
 */
export function finishThread(
  context: EngineContext,
  run: RunState,
  thread: RunThread,
  failure: string | undefined,
): void {
  run.threads = run.threads.filter((candidate) => candidate !== thread);
  if (thread.joinTo !== undefined) {
    const parent = run.threads.find((candidate) => candidate.id === thread.joinTo);
    const joining = parent?.stack.at(-1);
    if (parent && joining?.phase === 'join') {
      joining.pending = (joining.pending ?? 1) - 1;
      if (failure !== undefined && joining.failure === undefined) joining.failure = failure;
      if (joining.pending === 0) parent.wakeAt = context.now();
    }
    return;
  }
  context.runs.delete(run.taskRecordId);
  context.finishTask(run.taskRecordId, failure);
}
