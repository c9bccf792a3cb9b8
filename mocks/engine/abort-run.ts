import type { Frame, RunState } from '../store/store-state.js';
import type { EngineContext } from './engine-context.js';

/**
 * Ends a whole run at once with a failure, every thread of it: its running blocks fail with
 * the same reason. For what no TryCatchBp may catch: a run over its step limit, or one
 * restored without the definition it ran.
 */
export function abortRun(context: EngineContext, run: RunState, reason: string): void {
  for (const thread of run.threads) {
    while (thread.stack.length > 0) {
      const frame = thread.stack.pop() as Frame;
      context.finishBlock(run.taskRecordId, frame.block, reason, run.outputs[frame.block] ?? null);
    }
  }
  run.threads = [];
  context.runs.delete(run.taskRecordId);
  context.finishTask(run.taskRecordId, reason);
}
