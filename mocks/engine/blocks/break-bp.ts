import type { BlockType } from '../block-type.js';
import { completeFrame, endFrame } from '../complete-frame.js';
import { newFrame } from '../new-frame.js';
import { blockOf } from '../thread-step.js';

/**
 * BreakBp: leaves the nearest loop of its thread, which then ends as a success; outside a
 * loop it does nothing. It starts and ends at once, without inputs or time of its own.
 */
export const breakBp: BlockType = {
  type: 'BreakBp',
  name: '跳出循环块',
  ownDurationMs: 0,
  runAsChild(step, block) {
    const { context, run, thread } = step;
    context.enterBlock(run.taskRecordId, block, {});
    thread.stack.push(newFrame(block));
    completeFrame(step, undefined, ['跳出循环', null]);
    const loopAt = thread.stack.findLastIndex(
      (frame) => step.blockTypeOf(blockOf(step, frame).blockType).loop === true,
    );
    if (loopAt < 0) return false;
    // The blocks between the loop and the BreakBp end as successes, without a log of their own.
    while (thread.stack.length > loopAt + 1) completeFrame(step);
    const iterations = (thread.stack[loopAt]?.iteration ?? 0) + 1;
    return endFrame(step, undefined, ['循环已跳出', { iterations }]);
  },
};
