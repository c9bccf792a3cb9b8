/** IterateListBp takes an array or a JSON string of one, bounded, and walks it item by item. */
import { describe, expect, it } from 'vitest';
import type { DefinitionBlock } from '../../../../mocks/definitions/parse-definition.js';
import { iterateListBp } from '../../../../mocks/engine/blocks/iterate-list-bp.js';
import { maxIterations } from '../../../../mocks/engine/engine-limits.js';
import { newFrame } from '../../../../mocks/engine/new-frame.js';
import { parsedDefinition, recordingContext, stepFor } from '../recording-context.js';

function begun(list: unknown) {
  const definition = parsedDefinition({ name: 'l', blockType: 'IterateListBp', children: { default: [] } });
  const step = stepFor(recordingContext(definition));
  const block = definition.root as DefinitionBlock;
  const frame = newFrame(block);
  const failure = iterateListBp.begin?.(step, frame, block, { list });
  return { step, block, frame, failure };
}

describe('IterateListBp', () => {
  it('takes an array, or a JSON string of one, as a Simple value is', () => {
    expect(begun(['A', 'B']).step.run.outputs.l).toEqual({ index: 0, item: 'A', size: 2 });
    expect(begun('[1,2,3]').step.run.outputs.l).toEqual({ index: 0, item: 1, size: 3 });
  });

  it('fails on anything else, showing what it got, and on a list over the limit', () => {
    expect(begun('{"a":1}').failure).toBe('遍历列表块的 list 不是数组: "{\\"a\\":1}"');
    expect(begun('[1,').failure).toBe('遍历列表块的 list 不是数组: "[1,"');
    expect(begun(5).failure).toBe('遍历列表块的 list 不是数组: 5');
    expect(begun(undefined).failure).toBe('遍历列表块的 list 不是数组: undefined');
    expect(begun(Array.from({ length: maxIterations + 1 }, () => 0)).failure).toBe('循环次数超过上限 1000');
    expect(begun(Array.from({ length: maxIterations }, () => 0)).failure).toBeUndefined();
  });

  it('runs no round for an empty list, and outputs nothing', () => {
    const { step, frame } = begun([]);
    expect(frame.done).toBe(true);
    expect(step.run.outputs.l).toBeUndefined();
  });

  it('walks its items, then lets go of the list its frame kept', () => {
    const { step, block, frame } = begun(['A', 'B']);
    expect(iterateListBp.nextIteration?.(step, frame, block)).toBe(true);
    expect(step.run.outputs.l).toEqual({ index: 1, item: 'B', size: 2 });
    expect(iterateListBp.nextIteration?.(step, frame, block)).toBe(false);
    expect(frame.items).toBeUndefined();
  });
});
