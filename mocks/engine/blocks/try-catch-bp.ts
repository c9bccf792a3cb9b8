import { hasBranch, startBranch } from '../block-branches.js';
import type { BlockType } from '../block-type.js';

/**
 * TryCatchBp: runs `try` (or `default`); a failure inside `try` ends the blocks it is in up to
 * here, then runs `catch` in its place, and the block succeeds with the reason as `error`.
 */
export const tryCatchBp: BlockType = {
  type: 'TryCatchBp',
  name: '异常捕获块',
  ownDurationMs: 0,
  begin(_step, frame, block) {
    startBranch(frame, hasBranch(block, 'try') ? 'try' : 'default');
    return undefined;
  },
  catchFailure(step, frame, failure) {
    // Only `try` is guarded: a failure in `catch` (or in a `default` body) goes on up.
    if (frame.branch !== 'try') return false;
    step.run.outputs[frame.block] = { error: failure };
    frame.branch = 'catch';
    frame.index = 0;
    return true;
  },
};
