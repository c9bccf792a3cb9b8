/**
 * Regression (a new user's trial of the tarball, issue [4/5]): `store.restore` and
 * `PUT /__mock/snapshot` checked only a state's top-level shape. A run with `wakeAt: "soon"`
 * turned the clock into NaN, which the reference server then wrote to its state file and could
 * not start from again; a run of no task record made every later advance a 500 that had moved
 * the clock. A loaded state is now held to what the store itself writes, and a refused one
 * changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { handleControlRequest } from '../../mocks/core/control-api.js';
import { createMockStore, isMockInputError, type StoreState } from '../../mocks/index.js';
import { definition } from '../mocks/definitions.js';

/** A store with a run in flight, and its snapshot. */
function storeWithRun() {
  const store = createMockStore();
  store.addDefinition(
    definition('slow', [
      {
        id: 1,
        name: 'b1',
        blockType: 'DelayBp',
        inputParams: { timeMillis: { type: 'Simple', value: 5_000 } },
      },
    ]),
  );
  store.runTask('slow');
  store.advance(10);
  return { store, state: store.snapshot() };
}

type Edit = (state: StoreState) => unknown;

const broken: [string, Edit][] = [
  [
    'a task status that is no code',
    (state) => ({ ...state, tasks: [{ ...state.tasks[0], status: 'bogus' }] }),
  ],
  ['a definition without its label', (state) => ({ ...state, definitions: [{ id: 'x' }] })],
  [
    'a thread waking "soon"',
    (state) => {
      const [run] = state.runs;
      return { ...state, runs: [{ ...run, threads: [{ ...run?.threads[0], wakeAt: 'soon' }] }] };
    },
  ],
  [
    'a frame of no known phase',
    (state) => {
      const [run] = state.runs;
      const thread = run?.threads[0];
      return {
        ...state,
        runs: [{ ...run, threads: [{ ...thread, stack: [{ block: 'b1', phase: 'later' }] }] }],
      };
    },
  ],
  [
    'a run of no task record',
    (state) => ({ ...state, runs: [{ ...state.runs[0], taskRecordId: 'nobody' }] }),
  ],
  [
    'a fault of no operation',
    (state) => ({ ...state, faults: [{ operation: 'nope', status: 999, message: 'x', times: 1 }] }),
  ],
  [
    'a fault of an undocumented status',
    (state) => ({ ...state, faults: [{ operation: 'stopTask', status: 418, message: 'x', times: 1 }] }),
  ],
  ['a clock before 1970', (state) => ({ ...state, now: -5 })],
  ['a thread counter below 1', (state) => ({ ...state, nextThreadId: -1 })],
  ['a log of no list', (state) => ({ ...state, logs: [['b', 'not a list']] })],
];

describe('a broken state is refused, and changes nothing', () => {
  it.each(broken)('store.restore: %s', (_, edit) => {
    const { store, state } = storeWithRun();
    let thrown: unknown;
    try {
      store.restore(edit(state) as StoreState);
    } catch (error) {
      thrown = error;
    }
    expect(isMockInputError(thrown) && thrown.code).toBe('invalid-snapshot');
    expect(store.snapshot()).toEqual(state);
    store.advance(10_000);
    expect(Number.isSafeInteger(store.snapshot().now)).toBe(true);
  });

  it.each(broken)('PUT /__mock/snapshot: %s is a 400', (_, edit) => {
    const { store, state } = storeWithRun();
    const answer = handleControlRequest(store, {
      method: 'PUT',
      path: '/__mock/snapshot',
      body: JSON.stringify(edit(state)),
      contentType: 'application/json',
    });
    expect(answer?.status).toBe(400);
    expect((answer?.body as { message?: string } | undefined)?.message).toMatch(
      /^控制请求无效: restore: state must be a state/,
    );
    expect(store.snapshot()).toEqual(state);
  });

  it('a createMockStore snapshot is held to the same', () => {
    const { state } = storeWithRun();
    expect(() => createMockStore({ snapshot: { ...state, now: -5 } })).toThrow(
      /option snapshot must be a state/,
    );
  });

  it('the store’s own snapshots, of every seed and mid-run, are taken back', () => {
    for (const seed of ['empty', 'doc-examples', 'demo'] as const) {
      const store = createMockStore({ seed });
      expect(() => store.restore(store.snapshot())).not.toThrow();
    }
    const { store, state } = storeWithRun();
    store.runUntilIdle();
    store.restore(state);
    expect(store.snapshot()).toEqual(state);
  });
});
