/** DelayBp's own time is its input, bounded: no definition can make the mock wait forever. */
import { describe, expect, it } from 'vitest';
import { delayBp } from '../../../../mocks/engine/blocks/delay-bp.js';
import { maxDelayMs } from '../../../../mocks/engine/engine-limits.js';

const durationOf = (inputs: Record<string, unknown>) => delayBp.durationFromInputs?.(inputs);

describe('DelayBp', () => {
  it('waits timeMillis, else delayMs, as a number even when written as a string', () => {
    expect(durationOf({ timeMillis: 1_500 })).toBe(1_500);
    expect(durationOf({ timeMillis: '250' })).toBe(250);
    expect(durationOf({ delayMs: 40 })).toBe(40);
    expect(durationOf({ timeMillis: 10, delayMs: 40 })).toBe(10);
    expect(durationOf({})).toBe(0);
  });

  it('waits no time for a negative or non-numeric input, and at most a day', () => {
    expect(durationOf({ timeMillis: -5 })).toBe(0);
    expect(durationOf({ timeMillis: 'soon' })).toBe(0);
    expect(durationOf({ timeMillis: Number.POSITIVE_INFINITY })).toBe(0);
    expect(durationOf({ timeMillis: 30 * maxDelayMs })).toBe(maxDelayMs);
    expect(maxDelayMs).toBe(24 * 60 * 60 * 1_000);
  });

  it('logs the time it was given, null when it was given delayMs', () => {
    const step = {} as never;
    const block = {} as never;
    expect(delayBp.leafLog?.(step, block, { timeMillis: 20 })).toEqual(['延迟完成', { timeMillis: 20 }]);
    expect(delayBp.leafLog?.(step, block, { delayMs: 20 })).toEqual(['延迟完成', { timeMillis: null }]);
  });
});
