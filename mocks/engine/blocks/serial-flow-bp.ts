import { startBranch } from '../block-branches.js';
import type { BlockType } from '../block-type.js';

/** SerialFlowBp: runs `default` in order. */
export const serialFlowBp: BlockType = {
  type: 'SerialFlowBp',
  name: '串行执行块',
  ownDurationMs: 0,
  begin(_step, frame) {
    startBranch(frame, 'default');
    return undefined;
  },
};
