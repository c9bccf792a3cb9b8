/**
 * How a block ends: its record is finished and logged, and a failure travels up the thread's
 * stack, ending every block it is in, until a TryCatchBp in its `try` branch takes it.
 */
import type { Frame } from '../store/store-state.js';
import type { BlockLog } from './block-log.js';
import { finishThread } from './finish-thread.js';
import { blockOf, type ThreadStep } from './thread-step.js';

// The log levels of the records' logs: a block's own message, and its failure.
const infoLevel = 1;
const errorLevel = 3;

/**
 * Ends the top frame (and, on a failure, the frames above the TryCatchBp that catches it).
 * True when the thread's stack is now empty.
 */
export function completeFrame(step: ThreadStep, failure?: string, log?: BlockLog): boolean {
  const { context, run, thread } = step;
  let message = log;
  for (;;) {
    const frame = thread.stack.pop() as Frame;
    const record = context.finishBlock(
      run.taskRecordId,
      frame.block,
      failure,
      run.outputs[frame.block] ?? null,
    );
    if (record && failure !== undefined) context.addLog(record.id, errorLevel, failure, { error: failure });
    else if (record && message) context.addLog(record.id, infoLevel, message[0], message[1]);
    // Only the block that ended writes its message: the ones a failure ends on its way up do not.
    message = undefined;
    const parent = thread.stack.at(-1);
    if (!parent) return true;
    if (failure === undefined) return false;
    if (blockOf(step, parent).blockType === 'TryCatchBp' && parent.branch === 'try') {
      run.outputs[parent.block] = { error: failure };
      parent.branch = 'catch';
      parent.index = 0;
      return false;
    }
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
