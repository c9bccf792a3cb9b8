import { startBranch } from '../block-branches.js';
import type { BlockType } from '../block-type.js';

/** RootBp: the definition's root block (conventionally named `-1`); runs `default` in order. */
export const rootBp: BlockType = {
  type: 'RootBp',
  name: '根节点',
  ownDurationMs: 0,
  begin(_step, frame) {
    startBranch(frame, 'default');
    return undefined;
  },
};
