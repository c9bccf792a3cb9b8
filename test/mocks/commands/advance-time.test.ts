/**
 * Moving the store's time: runUntil, advance, runUntilIdle and syncWithWallTime. The engine's
 * runs and the periodic schedules go on in time order, as far as the clock goes.
 */

import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  advance,
  runUntil,
  runUntilIdle,
  syncWithWallTime,
} from '../../../mocks/store/commands/advance-time.js';
import { describeValue } from '../../../mocks/store/describe-value.js';
import { formatTimestamp } from '../../../mocks/store/format-timestamp.js';
import { MockInputError } from '../../../mocks/store/mock-input-error.js';
import { BlockRecordStatus, TaskStatus } from '../../../src/status.js';
import { definition, simple } from '../definitions.js';
import { storeWithParts, threeSteps } from '../unit-store.js';

/** threeSteps runs 1,060 ms: b1 ends at 30, b2 at 1,030, b3 at 1,060. */
const runLength = 1_060;

function storeWithRun() {
  const { store, parts } = storeWithParts();
  store.addDefinition(threeSteps);
  const startedAt = store.now();
  const id = store.runTask(threeSteps.id);
  return { store, parts, id, startedAt };
}

/** A periodic definition of one PrintBp (30 ms), every minute. */
const everyMinute = {
  ...definition('every-minute', [{ id: 1, name: 'b1', blockType: 'PrintBp', inputParams: {} }]),
  periodicTask: 1 as const,
  period: 60_000,
};

describe('advance', () => {
  it('moves the clock on by exactly ms', () => {
    const { parts, startedAt } = storeWithRun();
    advance(parts, 250);
    expect(parts.clock.now()).toBe(startedAt + 250);
    advance(parts, 0);
    expect(parts.clock.now()).toBe(startedAt + 250);
  });

  it('runs what falls due on the way, and nothing after', () => {
    const { parts, id } = storeWithRun();
    advance(parts, 29);
    expect(parts.records.blockRecordByName(id, 'b1')?.status).toBe(BlockRecordStatus.running);
    advance(parts, 1);
    expect(parts.records.blockRecordByName(id, 'b1')?.status).toBe(BlockRecordStatus.success);
    expect(parts.records.blockRecordByName(id, 'b2')?.status).toBe(BlockRecordStatus.running);
  });

  it('advance(0) runs what is due now: a new run starts its first blocks', () => {
    const { parts, id } = storeWithRun();
    expect(parts.records.blockRecordsOf(id)).toEqual([]);
    advance(parts, 0);
    expect(parts.records.blockRecordsOf(id).map((record) => record.block_name)).toEqual(['-1', 'b1']);
  });

  it('ends a run at the time its last block ends', () => {
    const { parts, id, startedAt } = storeWithRun();
    advance(parts, 10_000);
    expect(parts.records.task(id)).toMatchObject({
      status: TaskStatus.success,
      ended_on: formatTimestamp(startedAt + runLength),
      execution_time: runLength,
    });
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])(
    'refuses ms = %s, and changes nothing',
    (ms) => {
      const { store, parts } = storeWithRun();
      const before = store.snapshot();
      expect(() => advance(parts, ms)).toThrow(
        new MockInputError(
          'invalid-argument',
          `[vwed] advance: ms must be a whole number >= 0, got ${String(ms)}`,
        ),
      );
      expect(store.snapshot()).toEqual(before);
    },
  );
});

describe('runUntil', () => {
  it('moves the clock to the target even when nothing is due', () => {
    const { parts } = storeWithParts();
    const target = parts.clock.now() + 12_345;
    runUntil(parts, target);
    expect(parts.clock.now()).toBe(target);
  });

  it('never moves the clock back', () => {
    const { parts } = storeWithParts();
    advance(parts, 1_000);
    const now = parts.clock.now();
    runUntil(parts, now - 500);
    expect(parts.clock.now()).toBe(now);
  });

  it('tells the store it changed when the clock moved, and not when nothing did', () => {
    const { parts } = storeWithParts();
    let changes = 0;
    parts.onChange = () => changes++;
    runUntil(parts, parts.clock.now());
    expect(changes).toBe(0);
    runUntil(parts, parts.clock.now() + 1);
    expect(changes).toBe(1);
  });
});

describe('periodic schedules', () => {
  it('start a run every period, at its time, with the schedule’s inputs and source', () => {
    const { store, parts } = storeWithParts();
    store.addDefinition(everyMinute);
    const startedAt = store.now();
    store.runTask(everyMinute.id, { to: 'B' }, { source: { source_system: 'WMS' } });
    advance(parts, 3 * 60_000);
    const runs = store.snapshot().tasks;
    expect(runs.map((task) => task.created_at)).toEqual(
      [0, 1, 2, 3].map((minutes) => formatTimestamp(startedAt + minutes * 60_000)),
    );
    expect(runs.every((task) => task.input_params.to === 'B' && task.source_system === 'WMS')).toBe(true);
    expect(parts.schedules.dump()).toMatchObject([{ nextAt: startedAt + 4 * 60_000 }]);
  });

  it('run a scheduled run’s blocks within the same advance', () => {
    const { store, parts } = storeWithParts();
    store.addDefinition(everyMinute);
    store.runTask(everyMinute.id);
    advance(parts, 60_000 + 30);
    const second = store.snapshot().tasks[1];
    expect(second?.status).toBe(TaskStatus.success);
  });

  it('disable a schedule whose definition was removed, and start no run for it', () => {
    const { store, parts } = storeWithParts();
    store.addDefinition(everyMinute);
    store.runTask(everyMinute.id);
    store.removeDefinition(everyMinute.id);
    advance(parts, 5 * 60_000);
    expect(store.snapshot().tasks).toHaveLength(1);
    expect(parts.schedules.dump()).toMatchObject([{ enabled: false }]);
  });
});

describe('runUntilIdle', () => {
  it('stops when the last run ends, not at its bound', () => {
    const { parts, id, startedAt } = storeWithRun();
    runUntilIdle(parts, 60 * 60_000);
    expect(parts.records.task(id)?.status).toBe(TaskStatus.success);
    expect(parts.clock.now()).toBe(startedAt + runLength);
  });

  it('does not move the clock when nothing runs', () => {
    const { parts } = storeWithParts();
    const now = parts.clock.now();
    runUntilIdle(parts, 60_000);
    expect(parts.clock.now()).toBe(now);
  });

  it('goes no further than its bound', () => {
    const { store, parts } = storeWithParts();
    store.addDefinition(
      definition('slow', [
        { id: 1, name: 'b1', blockType: 'DelayBp', inputParams: { timeMillis: simple(10_000) } },
      ]),
    );
    const startedAt = store.now();
    const id = store.runTask('slow');
    runUntilIdle(parts, 5_000);
    expect(parts.records.task(id)?.status).toBe(TaskStatus.running);
    expect(parts.clock.now()).toBeLessThanOrEqual(startedAt + 5_000);
  });

  it('with a periodic definition, advances the whole bound, as documented', () => {
    const { store, parts } = storeWithParts();
    store.addDefinition(everyMinute);
    const startedAt = store.now();
    store.runTask(everyMinute.id);
    runUntilIdle(parts, 10 * 60_000);
    // "A periodic definition always has a next run: with one, this advances the whole bound."
    expect(parts.clock.now()).toBe(startedAt + 10 * 60_000);
    expect(store.snapshot().tasks).toHaveLength(11);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY, '5'])(
    'refuses maxMs = %s, and changes nothing',
    (maxMs) => {
      const { store, parts } = storeWithRun();
      const before = store.snapshot();
      expect(() => runUntilIdle(parts, maxMs as number)).toThrow(
        new MockInputError(
          'invalid-argument',
          `[vwed] runUntilIdle: maxMs must be a finite number >= 0, got ${describeValue(maxMs)}`,
        ),
      );
      expect(store.snapshot()).toEqual(before);
    },
  );
});

describe('syncWithWallTime', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('does nothing on a virtual clock', () => {
    const { store, parts } = storeWithRun();
    const before = store.snapshot();
    syncWithWallTime(parts);
    expect(store.snapshot()).toEqual(before);
  });

  it('catches a wall clock up with wall time, running what fell due (Date faked, no waiting)', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2025, 3, 30, 8, 0, 0));
    const { store, parts } = storeWithParts({ clock: { speed: 2 } });
    store.addDefinition(threeSteps);
    const startedAt = store.now();
    const id = store.runTask(threeSteps.id);
    vi.setSystemTime(Date.UTC(2025, 3, 30, 8, 0, 0, 20));
    syncWithWallTime(parts);
    expect(parts.clock.now()).toBe(startedAt + 40);
    expect(parts.records.blockRecordByName(id, 'b1')?.status).toBe(BlockRecordStatus.success);
  });

  it('advance on a wall clock is a jump: wall time goes on from the new reading', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2025, 3, 30, 8, 0, 0));
    const { parts } = storeWithParts({ clock: { speed: 1 } });
    const startedAt = parts.clock.now();
    advance(parts, 5_000);
    expect(parts.clock.now()).toBe(startedAt + 5_000);
    vi.setSystemTime(Date.UTC(2025, 3, 30, 8, 0, 1));
    syncWithWallTime(parts);
    expect(parts.clock.now()).toBe(startedAt + 6_000);
  });
});
