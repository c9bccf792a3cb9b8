/**
 * The condition blocks (IfBp, IfElseBp, IfElseIfBp) pick their branch with `truthy`, where a
 * `Simple` value's strings "false", "0", "null"... are false.
 */
import { describe, expect, it } from 'vitest';
import type { DefinitionBlock } from '../../../../mocks/definitions/parse-definition.js';
import type { BlockType } from '../../../../mocks/engine/block-type.js';
import { ifBp } from '../../../../mocks/engine/blocks/if-bp.js';
import { ifElseBp } from '../../../../mocks/engine/blocks/if-else-bp.js';
import { ifElseIfBp } from '../../../../mocks/engine/blocks/if-else-if-bp.js';
import { newFrame } from '../../../../mocks/engine/new-frame.js';
import { truthy } from '../../../../mocks/engine/truthy.js';
import { parsedDefinition, recordingContext, stepFor } from '../recording-context.js';

function begin(type: BlockType, branches: string[], inputs: Record<string, unknown>) {
  const children = Object.fromEntries(branches.map((branch) => [branch, []]));
  const definition = parsedDefinition({ name: 'c', blockType: type.type, children });
  const block = definition.root as DefinitionBlock;
  const frame = newFrame(block);
  type.begin?.(stepFor(recordingContext(definition)), frame, block, inputs);
  return frame;
}

describe('conditions', () => {
  it('truthy: JavaScript, except the strings a Simple value writes false as', () => {
    for (const value of [
      '',
      'false',
      ' FALSE ',
      '0',
      'null',
      'Undefined',
      0,
      null,
      undefined,
      false,
      Number.NaN,
    ])
      expect(truthy(value), String(value)).toBe(false);
    for (const value of ['true', 'no', '00', ' x', 1, -1, [], {}, true])
      expect(truthy(value), String(value)).toBe(true);
  });

  it('IfBp runs if, or default when its definition has no if, and nothing when the condition is false', () => {
    expect(begin(ifBp, ['if'], { condition: 'yes' })).toMatchObject({ branch: 'if', done: false });
    expect(begin(ifBp, ['default'], { condition: true })).toMatchObject({ branch: 'default', done: false });
    expect(begin(ifBp, ['if'], { condition: 'false' })).toMatchObject({ done: true });
  });

  it('IfElseBp and IfElseIfBp take the first branch whose condition holds', () => {
    expect(begin(ifElseBp, ['if', 'else'], { condition: '0' }).branch).toBe('else');
    expect(begin(ifElseIfBp, ['if', 'else_if', 'else'], { condition: 1, elseIfCondition: 1 }).branch).toBe(
      'if',
    );
    expect(
      begin(ifElseIfBp, ['if', 'else_if', 'else'], { condition: 'null', elseIfCondition: 'ok' }).branch,
    ).toBe('else_if');
    expect(begin(ifElseIfBp, ['if', 'else_if', 'else'], {}).branch).toBe('else');
  });
});
