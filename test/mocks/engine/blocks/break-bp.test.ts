/**
 * BreakBp leaves the nearest loop of its thread, from however deep inside it, and does nothing
 * outside a loop.
 */
import { describe, expect, it } from 'vitest';
import { parsedDefinition, recordingContext, runToIdle } from '../recording-context.js';

const print = (name: string) => ({ name, blockType: 'PrintBp', inputParams: { message: name } });
const breakBlock = { name: 'brk', blockType: 'BreakBp' };

function run(children: unknown[]) {
  const context = recordingContext(
    parsedDefinition({ name: '-1', blockType: 'RootBp', children: { default: children } }),
  );
  runToIdle(context);
  return context;
}

describe('BreakBp', () => {
  it('from inside a block inside a loop, ends that block and the loop as successes, counting the rounds', () => {
    const context = run([
      {
        name: 'loop',
        blockType: 'RepeatNumBp',
        inputParams: { num: 5 },
        children: {
          default: [
            {
              name: 'second',
              blockType: 'IfBp',
              inputParams: { condition: { type: 'Expression', value: 'blocks.loop.index == 1' } },
              children: {
                if: [
                  {
                    name: 'inner',
                    blockType: 'SerialFlowBp',
                    children: { default: [breakBlock, print('never')] },
                  },
                ],
              },
            },
          ],
        },
      },
      print('after'),
    ]);
    expect(context.ended).toBeNull();
    const fromBreak = context.events.slice(context.events.indexOf('start brk'));
    expect(fromBreak.slice(0, 8)).toEqual([
      'start brk',
      'end brk',
      'log brk: 跳出循环',
      'end inner',
      'end second',
      'end loop',
      'log loop: 循环已跳出',
      'start after',
    ]);
    expect(context.events).not.toContain('start never');
  });

  it('outside a loop does nothing: the blocks after it run', () => {
    const context = run([
      { name: 's', blockType: 'SerialFlowBp', children: { default: [breakBlock, print('next')] } },
    ]);
    expect(context.ended).toBeNull();
    expect(context.events).toContain('log brk: 跳出循环');
    expect(context.events).toContain('log next: 打印: next');
  });
});
