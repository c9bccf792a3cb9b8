/**
 * runTask: a run started from a test, its arguments checked first (a refusal starts
 * nothing), and a periodic definition's schedule (re)started one period on.
 */
import { describe, expect, it, vi } from 'vitest';
import { runTask } from '../../../mocks/store/commands/run-task.js';
import { MockInputError } from '../../../mocks/store/mock-input-error.js';
import { TaskStatus } from '../../../src/status.js';
import { storeWithParts, threeSteps } from '../unit-store.js';

const periodic = { ...threeSteps, id: 'periodic', periodicTask: 1 as const, period: 60_000 };

function storeWithDefinitions() {
  const { store, parts } = storeWithParts();
  store.addDefinition(threeSteps);
  store.addDefinition(periodic);
  return { store, parts };
}

describe('runTask', () => {
  it('returns the id of a new running record with its run', () => {
    const { parts } = storeWithDefinitions();
    const id = runTask(parts, threeSteps.id, { to: 'B' }, {});
    expect(parts.records.task(id)).toMatchObject({
      task_id: threeSteps.id,
      status: TaskStatus.running,
      input_params: { from: 'A', to: 'B' },
    });
    expect(parts.runs.has(id)).toBe(true);
  });

  it('copies the inputs: changing the caller’s object afterwards changes no record', () => {
    const { parts } = storeWithDefinitions();
    const inputs = { to: 'B', pallet: { code: 'P-1' } };
    const id = runTask(parts, threeSteps.id, inputs, {});
    inputs.pallet.code = 'changed';
    expect(parts.records.task(id)?.input_params).toEqual({ from: 'A', to: 'B', pallet: { code: 'P-1' } });
  });

  it('starts no schedule for a definition that is not periodic', () => {
    const { parts } = storeWithDefinitions();
    runTask(parts, threeSteps.id, {}, {});
    expect(parts.schedules.dump()).toEqual([]);
  });

  it('starts a periodic definition’s schedule one period on, with the run’s inputs and source', () => {
    const { store, parts } = storeWithDefinitions();
    runTask(parts, 'periodic', { to: 'B' }, { source: { source_system: 'WMS' } });
    expect(parts.schedules.dump()).toEqual([
      {
        definitionId: 'periodic',
        nextAt: store.now() + 60_000,
        enabled: true,
        inputParams: { to: 'B' },
        source: { source_system: 'WMS' },
      },
    ]);
  });

  it('restarts the schedule on a later run: one schedule per definition, due one period after that run', () => {
    const { store, parts } = storeWithDefinitions();
    runTask(parts, 'periodic', {}, {});
    store.advance(10_000);
    runTask(parts, 'periodic', { to: 'C' }, {});
    expect(parts.schedules.dump()).toMatchObject([
      { definitionId: 'periodic', nextAt: store.now() + 60_000, inputParams: { to: 'C' } },
    ]);
  });

  it('re-enables a schedule a stop disabled', () => {
    const { parts } = storeWithDefinitions();
    runTask(parts, 'periodic', {}, {});
    parts.schedules.disable('periodic');
    runTask(parts, 'periodic', {}, {});
    expect(parts.schedules.dump()).toMatchObject([{ enabled: true }]);
  });
});

describe('runTask refuses, and starts nothing', () => {
  // Regression: on a wall clock the refusal came after catching up with wall time, so the
  // runs in flight went on (clock moved, block records made) before it threw.
  it('an unknown definition, without moving a wall clock', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const { store, parts } = storeWithParts({ clock: { speed: 1 } });
      store.addDefinition(threeSteps);
      store.runTask(threeSteps.id);
      const before = store.snapshot();
      vi.advanceTimersByTime(5_000);
      expect(() => runTask(parts, 'nope', {}, {})).toThrow(/no definition "nope"/);
      expect(store.snapshot()).toEqual(before);
    } finally {
      vi.useRealTimers();
    }
  });

  it('an unknown definition', () => {
    const { store, parts } = storeWithDefinitions();
    const before = store.snapshot();
    expect(() => runTask(parts, 'nope', {}, {})).toThrow(
      new MockInputError('unknown-definition', '[vwed] runTask: no definition "nope"'),
    );
    expect(store.snapshot()).toEqual(before);
  });

  it.each([
    ['inputs that are not an object', [1, 2], {}],
    ['a scenario that is not an object', {}, { scenario: 'fail b1' }],
    ['a blank failure reason', {}, { scenario: { blocks: { b1: { fail: '' } } } }],
    ['a source field of the wrong type', {}, { source: { source_user: 42 } }],
  ])('%s, as an invalid-argument MockInputError', (_, inputs, options) => {
    const { store, parts } = storeWithDefinitions();
    const before = store.snapshot();
    let thrown: unknown;
    try {
      runTask(parts, 'periodic', inputs as Record<string, unknown>, options as never);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(MockInputError);
    expect((thrown as MockInputError).code).toBe('invalid-argument');
    expect(store.snapshot()).toEqual(before);
  });
});
