/** WhileBp reads its condition again before each round, with its index, and bounds its rounds. */
import { describe, expect, it } from 'vitest';
import type { DefinitionBlock } from '../../../../mocks/definitions/parse-definition.js';
import { whileBp } from '../../../../mocks/engine/blocks/while-bp.js';
import { maxIterations } from '../../../../mocks/engine/engine-limits.js';
import { newFrame } from '../../../../mocks/engine/new-frame.js';
import { parsedDefinition, recordingContext, stepFor } from '../recording-context.js';

function looping(condition: string) {
  const definition = parsedDefinition({
    name: 'w',
    blockType: 'WhileBp',
    inputParams: { loopCondition: { type: 'Expression', value: condition } },
    children: { default: [] },
  });
  const step = stepFor(recordingContext(definition));
  const block = definition.root as DefinitionBlock;
  const frame = newFrame(block);
  whileBp.beforeInputs?.(step, block);
  return { step, block, frame };
}

describe('WhileBp', () => {
  it('has index 0 before its inputs are read, so its first condition may read it', () => {
    const { step } = looping('blocks.w.index < 2');
    expect(step.run.outputs.w).toEqual({ index: 0 });
  });

  it('reads loopCondition, else condition, as the engine evaluated it', () => {
    const { step, block, frame } = looping('true');
    whileBp.begin?.(step, frame, block, { condition: 'false' });
    expect(frame.done).toBe(true);
    whileBp.begin?.(step, frame, block, { loopCondition: 1, condition: false });
    expect(frame.done).toBe(false);
  });

  it('evaluates its condition again after each round, with the new index', () => {
    const { step, block, frame } = looping('blocks.w.index < 2');
    expect(whileBp.nextIteration?.(step, frame, block)).toBe(true);
    expect(step.run.outputs.w).toEqual({ index: 1 });
    expect(whileBp.nextIteration?.(step, frame, block)).toBe(false);
  });

  it('fails when its condition cannot be evaluated, or after the most rounds a loop may make', () => {
    const broken = looping('blocks.missing.index < 2');
    expect(broken.step.run.outputs.missing).toBeUndefined();
    expect(whileBp.nextIteration?.(broken.step, broken.frame, broken.block)).toMatch(
      /^参数 loopCondition 计算失败: /,
    );
    const endless = looping('true');
    endless.frame.iteration = maxIterations - 1;
    expect(whileBp.nextIteration?.(endless.step, endless.frame, endless.block)).toBe('循环次数超过上限 1000');
  });
});
