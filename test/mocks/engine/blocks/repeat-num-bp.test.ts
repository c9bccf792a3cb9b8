/** RepeatNumBp takes a whole number of rounds from 0 to the limit, and counts its index from 0. */
import { describe, expect, it } from 'vitest';
import type { DefinitionBlock } from '../../../../mocks/definitions/parse-definition.js';
import { repeatNumBp } from '../../../../mocks/engine/blocks/repeat-num-bp.js';
import { maxIterations } from '../../../../mocks/engine/engine-limits.js';
import { newFrame } from '../../../../mocks/engine/new-frame.js';
import { parsedDefinition, recordingContext, stepFor } from '../recording-context.js';

function begun(inputs: Record<string, unknown>) {
  const definition = parsedDefinition({ name: 'r', blockType: 'RepeatNumBp', children: { default: [] } });
  const step = stepFor(recordingContext(definition));
  const block = definition.root as DefinitionBlock;
  const frame = newFrame(block);
  const failure = repeatNumBp.begin?.(step, frame, block, inputs);
  return { step, block, frame, failure };
}

describe('RepeatNumBp', () => {
  it('refuses a number of rounds that is not a whole number from 0 to the limit', () => {
    expect(begun({ num: 1.5 }).failure).toBe('重复次数无效: 1.5');
    expect(begun({ num: -1 }).failure).toBe('重复次数无效: -1');
    expect(begun({ num: 'many' }).failure).toBe('重复次数无效: many');
    expect(begun({ num: maxIterations + 1 }).failure).toBe('循环次数超过上限 1000');
    expect(begun({ num: maxIterations }).failure).toBeUndefined();
  });

  it('reads num, else times, and runs no round for 0', () => {
    expect(begun({ times: 2 }).frame).toMatchObject({ limit: 2, phase: 'children', branch: 'default' });
    expect(begun({ num: '3' }).frame.limit).toBe(3);
    const none = begun({ num: 0 });
    expect(none.frame.done).toBe(true);
    expect(none.step.run.outputs.r).toEqual({ index: 0 });
  });

  it('goes round again until its count, its index following, from the first child each time', () => {
    const { step, block, frame } = begun({ num: 3 });
    frame.index = 1;
    expect(repeatNumBp.nextIteration?.(step, frame, block)).toBe(true);
    expect([step.run.outputs.r, frame.index]).toEqual([{ index: 1 }, 0]);
    expect(repeatNumBp.nextIteration?.(step, frame, block)).toBe(true);
    expect(repeatNumBp.nextIteration?.(step, frame, block)).toBe(false);
    expect(step.run.outputs.r).toEqual({ index: 2 });
  });
});
