/** TryCatchBp guards its `try` branch only: a failure in `catch`, or in a `default` body, goes on up. */
import { describe, expect, it } from 'vitest';
import { parsedDefinition, recordingContext, runToIdle } from '../recording-context.js';

const failing = (name: string) => ({ name, blockType: 'RepeatNumBp', inputParams: { num: -1 } });

function run(children: Record<string, unknown[]>) {
  const context = recordingContext(
    parsedDefinition({
      name: '-1',
      blockType: 'RootBp',
      children: { default: [{ name: 't', blockType: 'TryCatchBp', children }] },
    }),
  );
  runToIdle(context);
  return context;
}

describe('TryCatchBp', () => {
  it('takes a failure in try, runs catch, and succeeds with the reason as its error', () => {
    const context = run({
      try: [failing('bad')],
      catch: [{ name: 'c', blockType: 'PrintBp', inputParams: { message: 'caught' } }],
    });
    expect(context.ended).toBeNull();
    expect(context.events).toContain('log c: 打印: caught');
    expect(context.events).toContain('end t');
  });

  it('lets a failure in catch fail the task', () => {
    const context = run({ try: [failing('first')], catch: [failing('second')] });
    expect(context.ended).toBe('重复次数无效: -1');
    expect(context.events.filter((event) => event.startsWith('fail '))).toEqual([
      'fail first: 重复次数无效: -1',
      'fail second: 重复次数无效: -1',
      'fail t: 重复次数无效: -1',
      'fail -1: 重复次数无效: -1',
    ]);
  });

  it('runs a default body when it has no try, unguarded', () => {
    const context = run({ default: [failing('body')], catch: [{ name: 'c', blockType: 'PrintBp' }] });
    expect(context.ended).toBe('重复次数无效: -1');
    expect(context.events.some((event) => event.startsWith('start c'))).toBe(false);
  });
});
