import { startBranch } from '../block-branches.js';
import type { BlockType } from '../block-type.js';
import { truthy } from '../truthy.js';

/** IfElseIfBp: runs `if` when `condition` holds, else `else_if` when `elseIfCondition` does, else `else`. */
export const ifElseIfBp: BlockType = {
  type: 'IfElseIfBp',
  name: '多条件分支块',
  ownDurationMs: 0,
  begin(_step, frame, _block, inputs) {
    const branch = truthy(inputs.condition) ? 'if' : truthy(inputs.elseIfCondition) ? 'else_if' : 'else';
    startBranch(frame, branch);
    return undefined;
  },
};
