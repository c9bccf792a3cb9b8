import { startBranch } from '../block-branches.js';
import type { BlockType } from '../block-type.js';
import { truthy } from '../truthy.js';

/** IfElseBp: runs `if` when `condition` holds, else `else`. */
export const ifElseBp: BlockType = {
  type: 'IfElseBp',
  name: '条件分支块',
  ownDurationMs: 0,
  begin(_step, frame, _block, inputs) {
    startBranch(frame, truthy(inputs.condition) ? 'if' : 'else');
    return undefined;
  },
};
