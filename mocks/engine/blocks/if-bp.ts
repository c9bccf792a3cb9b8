import { hasBranch, startBranch } from '../block-branches.js';
import type { BlockType } from '../block-type.js';
import { truthy } from '../truthy.js';

/** IfBp: runs `if` (or `default`, when the definition has no `if`) when `condition` holds. */
export const ifBp: BlockType = {
  type: 'IfBp',
  name: '条件块',
  ownDurationMs: 0,
  begin(_step, frame, block, inputs) {
    startBranch(frame, hasBranch(block, 'if') ? 'if' : 'default');
    // A false condition runs no child, and the block logs that it ran none.
    frame.done = !truthy(inputs.condition);
    return undefined;
  },
};
