/**
 * The engine steps over an explicit stack, never recursing: a chain of 100,000 blocks, each
 * the only child of the one before (the most `parseDefinitionDetail` takes; `addDefinition`
 * refuses such depth for its answers' sake, so this drives the engine directly), runs to its
 * end, and a failure at the bottom unwinds every frame up to the TryCatchBp at the top.
 */
import { describe, expect, it } from 'vitest';
import { HEAVY_TIMEOUT_MS } from '../../timeouts.js';
import { parsedDefinition, recordingContext, runToIdle } from './recording-context.js';

type Block = Record<string, unknown>;

/** SerialFlowBps b1..b<count>, each inside the one before, with `leaf` inside the last. */
function chain(count: number, leaf: Block): Block {
  let block = leaf;
  for (let index = count; index >= 1; index--) {
    block = { name: `b${index}`, blockType: 'SerialFlowBp', children: { default: [block] } };
  }
  return block;
}

const root = (children: Block[]): Block => ({
  name: '-1',
  blockType: 'RootBp',
  children: { default: children },
});

describe('a chain of 100,000 blocks', { timeout: HEAVY_TIMEOUT_MS }, () => {
  it('runs to its end: every block starts and ends, innermost first', () => {
    // The root, 99,998 SerialFlowBps and a PrintBp: 100,000 blocks, as many as a run may start.
    const leaf = { name: 'leaf', blockType: 'PrintBp', inputParams: { message: 'bottom' } };
    const context = recordingContext(parsedDefinition(root([chain(99_998, leaf)])));
    runToIdle(context);
    expect(context.ended).toBeNull();
    expect(context.events.filter((event) => event.startsWith('start '))).toHaveLength(100_000);
    expect(context.events.filter((event) => event.startsWith('end '))).toHaveLength(100_000);
    expect(context.events.indexOf('log leaf: 打印: bottom')).toBeLessThan(context.events.indexOf('end b1'));
    expect(context.events.at(-2)).toBe('end -1');
  });

  it('unwinds a failure at the bottom through every frame to the TryCatchBp at the top', () => {
    // A list that is not one: the leaf fails once its own time has passed.
    const leaf = { name: 'leaf', blockType: 'IterateListBp', inputParams: { list: 'x' } };
    const guard = {
      name: 'guard',
      blockType: 'TryCatchBp',
      children: {
        try: [chain(99_995, leaf)],
        catch: [{ name: 'caught', blockType: 'PrintBp', inputParams: { message: 'ok' } }],
      },
    };
    const context = recordingContext(parsedDefinition(root([guard])));
    runToIdle(context);
    expect(context.ended).toBeNull();
    const failed = context.events.filter((event) => event.startsWith('fail '));
    // The leaf and the 99,995 SerialFlowBps, innermost first, each with the leaf's reason.
    expect(failed).toHaveLength(99_996);
    expect(failed[0]).toBe('fail leaf: 遍历列表块的 list 不是数组: "x"');
    expect(failed.at(-1)).toBe('fail b1: 遍历列表块的 list 不是数组: "x"');
    expect(context.events.slice(-7)).toEqual([
      'start caught',
      'end caught',
      'log caught: 打印: ok',
      'end guard',
      'log guard: 分支 catch 的所有子块执行完成',
      'end -1',
      'log -1: 分支 default 的所有子块执行完成',
    ]);
  });
});
