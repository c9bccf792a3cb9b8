/**
 * How a block ends: its record is finished and logged, and a failure travels up the thread's
 * stack, ending every block it is in, until a block that catches it (a TryCatchBp in its `try`
 * branch) takes it.
 */
import type { Frame } from '../store/store-state.js';
import type { BlockLog } from './block-log.js';
import type { ThreadStep } from './block-type.js';
import { finishThread } from './finish-thread.js';
import { blockOf } from './thread-step.js';

// The log levels of the records' logs: a block's own message, and its failure.
const infoLevel = 1;
const errorLevel = 3;

/**
 * Ends the top frame, with its log on a success; a failure ends every frame above the one
 * that catches it, each with the failure as its log. True when the thread's stack is now empty.
 */
export function completeFrame(step: ThreadStep, failure?: string, log?: BlockLog): boolean {
  const { context, run, thread } = step;
  for (;;) {
    const frame = thread.stack.pop() as Frame;
    const record = context.finishBlock(
      run.taskRecordId,
      frame.block,
      failure,
      run.outputs[frame.block] ?? null,
    );
    if (record && failure !== undefined) context.addLog(record.id, errorLevel, failure, { error: failure });
    else if (record && log) context.addLog(record.id, infoLevel, log[0], log[1]);
    const parent = thread.stack.at(-1);
    if (!parent) return true;
    if (failure === undefined) return false;
    if (step.blockTypeOf(blockOf(step, parent).blockType).catchFailure?.(step, parent, failure)) return false;
  }
}

/**
 * Ends the top frame; when that empties the thread, ends the thread too (a failure that
 * reached the bottom of the stack was caught by no TryCatchBp). True when the step is over.
 */
export function endFrame(step: ThreadStep, failure?: string, log?: BlockLog): boolean {
  if (!completeFrame(step, failure, log)) return false;
  finishThread(step.context, step.run, step.thread, failure);
  return true;
}
