/** ParallelFlowBp starts one thread per child, due at once and joined back to its own. */
import { describe, expect, it } from 'vitest';
import type { DefinitionBlock } from '../../../../mocks/definitions/parse-definition.js';
import { parallelFlowBp } from '../../../../mocks/engine/blocks/parallel-flow-bp.js';
import { newFrame } from '../../../../mocks/engine/new-frame.js';
import { parsedDefinition, recordingContext, runToIdle, stepFor } from '../recording-context.js';

function begun(children: unknown[]) {
  const definition = parsedDefinition({
    name: 'p',
    blockType: 'ParallelFlowBp',
    children: { default: children },
  });
  const context = recordingContext(definition);
  context.clock = 1_234;
  const step = stepFor(context);
  const block = definition.root as DefinitionBlock;
  const frame = newFrame(block);
  parallelFlowBp.begin?.(step, frame, block, {});
  return { step, frame };
}

describe('ParallelFlowBp', () => {
  it('starts a thread per child, each due now and joined to the block, and waits for them', () => {
    const { step, frame } = begun([
      { name: 'a', blockType: 'PrintBp' },
      { name: 'b', blockType: 'DelayBp' },
    ]);
    expect(frame).toMatchObject({ phase: 'join', pending: 2 });
    expect(
      step.run.threads.slice(1).map((thread) => [thread.stack[0]?.block, thread.wakeAt, thread.joinTo]),
    ).toEqual([
      ['a', 1_234, step.thread.id],
      ['b', 1_234, step.thread.id],
    ]);
  });

  it('with no children, starts nothing and ends at once as a leaf', () => {
    const { step, frame } = begun([]);
    expect(frame.phase).toBe('enter');
    expect(step.run.threads).toHaveLength(1);
    const context = recordingContext(
      parsedDefinition({
        name: '-1',
        blockType: 'RootBp',
        children: { default: [{ name: 'p', blockType: 'ParallelFlowBp' }] },
      }),
    );
    runToIdle(context);
    expect(context.clock).toBe(0);
    expect(context.events.slice(1, 4)).toEqual(['start p', 'end p', 'log p: 块执行完成, 块id:p']);
  });
});
