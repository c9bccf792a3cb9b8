import { branchBlocks } from '../block-branches.js';
import type { BlockType } from '../block-type.js';
import { newFrame } from '../new-frame.js';

/**
 * ParallelFlowBp: runs each block of `default` at once, each in a thread of its own, and waits
 * for them all (phase `join`); it fails if one of them failed (see `finishThread`). With no
 * children it ends at once, as a leaf.
 */
export const parallelFlowBp: BlockType = {
  type: 'ParallelFlowBp',
  name: '并行执行块',
  ownDurationMs: 0,
  begin(step, frame, block) {
    const children = branchBlocks(block, 'default');
    if (children.length === 0) return undefined;
    frame.phase = 'join';
    frame.pending = children.length;
    for (const child of children) {
      step.run.threads.push({
        id: step.context.newThreadId(),
        wakeAt: step.now,
        stack: [newFrame(child)],
        joinTo: step.thread.id,
      });
    }
    return undefined;
  },
};
