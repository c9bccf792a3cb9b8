import { resolveInputParams } from '../../expressions/index.js';
import { startBranch } from '../block-branches.js';
import type { BlockType } from '../block-type.js';
import { maxIterations } from '../engine-limits.js';
import { runScope } from '../run-scope.js';
import { truthy } from '../truthy.js';

/**
 * WhileBp: runs `default` while `loopCondition` (or `condition`) holds, evaluated again before
 * each round; outputs `index`. More than 1,000 rounds fail: such a loop would not end.
 */
export const whileBp: BlockType = {
  type: 'WhileBp',
  name: '循环块',
  ownDurationMs: 0,
  loop: true,
  beforeInputs(step, block) {
    // Its condition may read its own index: 0 before the first round.
    step.run.outputs[block.name] = { index: 0 };
  },
  begin(_step, frame, _block, inputs) {
    frame.iteration = 0;
    startBranch(frame, 'default');
    frame.done = !truthy(inputs.loopCondition ?? inputs.condition);
    return undefined;
  },
  nextIteration(step, frame, block) {
    frame.iteration++;
    step.run.outputs[block.name] = { index: frame.iteration };
    const resolved = resolveInputParams(block.inputParams, runScope(step.context, step.run));
    if (!resolved.ok) return `参数 ${resolved.param} 计算失败: ${resolved.reason}`;
    if (!truthy(resolved.values.loopCondition ?? resolved.values.condition)) return false;
    // Like RepeatNumBp, at most maxIterations rounds: one more is a loop that would not end.
    if (frame.iteration >= maxIterations) return `循环次数超过上限 ${maxIterations}`;
    frame.index = 0;
    return true;
  },
};
