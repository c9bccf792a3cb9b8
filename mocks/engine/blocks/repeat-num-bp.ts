import { startBranch } from '../block-branches.js';
import type { BlockType } from '../block-type.js';
import { maxIterations } from '../engine-limits.js';

/** RepeatNumBp: runs `default` `num` (or `times`) times, an integer from 0 to 1,000; outputs `index`. */
export const repeatNumBp: BlockType = {
  type: 'RepeatNumBp',
  name: '重复执行块',
  ownDurationMs: 0,
  loop: true,
  begin(step, frame, block, inputs) {
    const times = Number(inputs.num ?? inputs.times ?? 0);
    if (!Number.isInteger(times) || times < 0) return `重复次数无效: ${String(inputs.num)}`;
    if (times > maxIterations) return `循环次数超过上限 ${maxIterations}`;
    frame.limit = times;
    frame.iteration = 0;
    step.run.outputs[block.name] = { index: 0 };
    startBranch(frame, 'default');
    frame.done = times === 0;
    return undefined;
  },
  nextIteration(step, frame, block) {
    frame.iteration++;
    if (frame.iteration >= (frame.limit ?? 0)) return false;
    step.run.outputs[block.name] = { index: frame.iteration };
    frame.index = 0;
    return true;
  },
};
