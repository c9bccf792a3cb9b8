/**
 * The store's own promises: isolation, snapshots, faults, the journal, R4's HTTP status
 * option, and virtual time that never waits on a real timer.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMockStore, handleMockRequest, MockInputError } from '../../mocks/index.js';
import { syncWithWallTime } from '../../mocks/store/commands/advance-time.js';
import { partsOf } from '../../mocks/store/store-parts.js';
import { isVwedApiError } from '../../src/index.js';
import { definition, iterateAndPrint, simple } from './definitions.js';
import { useMockServer } from './mock-server.js';
import { recordsOf } from './records-of.js';
import { contractErrors } from './spec-contract.js';

const mock = useMockServer();

const slow = definition('slow', [
  { id: 1, name: 'b1', blockType: 'DelayBp', inputParams: { timeMillis: simple(10_000) } },
]);

describe('stores', () => {
  it('never share state', () => {
    const one = createMockStore();
    const two = createMockStore();
    one.addDefinition(iterateAndPrint);
    const id = one.runTask(iterateAndPrint.id);
    expect(recordsOf(two).task(id)).toBeUndefined();
    expect(() => two.runTask(iterateAndPrint.id)).toThrow(/no definition/);
  });

  it('give the same IDs for the same seed, and other IDs for another', () => {
    const ids = (seed: number) => {
      const store = createMockStore({ randomSeed: seed });
      store.addDefinition(iterateAndPrint);
      return [store.runTask(iterateAndPrint.id), store.runTask(iterateAndPrint.id)];
    };
    expect(ids(7)).toEqual(ids(7));
    expect(ids(7)).not.toEqual(ids(8));
  });

  it('restore a snapshot taken mid-run, and the run goes on', () => {
    const store = createMockStore();
    store.addDefinition(iterateAndPrint);
    const id = store.runTask(iterateAndPrint.id);
    store.advance(70);
    const snapshot = JSON.parse(JSON.stringify(store.snapshot()));
    const restored = createMockStore({ snapshot });
    expect(recordsOf(restored).task(id)?.status).toBe(1001);
    store.runUntilIdle();
    restored.runUntilIdle();
    expect(recordsOf(restored).task(id)).toEqual(recordsOf(store).task(id));
    expect(recordsOf(restored).blockRecordsOf(id)).toEqual(recordsOf(store).blockRecordsOf(id));
  });

  it('end a run restored after its definition lost the blocks it was in, rather than throwing', () => {
    const store = createMockStore();
    store.addDefinition(slow);
    const id = store.runTask(slow.id);
    store.advance(10);
    // The definition is replaced mid-run; a snapshot keeps the new one only.
    store.addDefinition(definition('slow', [{ id: 1, name: 'x1', blockType: 'PrintBp', inputParams: {} }]));
    const restored = createMockStore({ snapshot: store.snapshot() });
    expect(() => restored.advance(20_000)).not.toThrow();
    expect(recordsOf(restored).task(id)).toMatchObject({
      status: 2000,
      ended_reason: '任务定义已变更, 任务无法继续执行',
    });
    expect(recordsOf(restored).blockRecordByName(id, 'b1')?.status).toBe(2000);
    // The run as it was, in the store it started in, is not touched.
    store.advance(20_000);
    expect(recordsOf(store).task(id)?.status).toBe(1000);
  });

  it('refuse a state with two records of one block in one run', () => {
    const store = createMockStore();
    store.addDefinition(iterateAndPrint);
    const id = store.runTask(iterateAndPrint.id);
    store.runUntilIdle();
    const state = store.snapshot();
    const b2 = state.blocks.find((block) => block.block_name === 'b2');
    if (!b2) throw new Error('no record of b2');
    state.blocks.push({ ...b2, id: 'second-b2' });
    expect(() => createMockStore({ snapshot: state })).toThrow(
      new MockInputError(
        'invalid-snapshot',
        `[vwed] createMockStore: the state has two records of block b2 in task record ${id}`,
      ),
    );
  });

  it('reset to how they were created', () => {
    const store = createMockStore({ seed: 'doc-examples' });
    const before = store.snapshot();
    store.addDefinition(iterateAndPrint);
    store.runTask(iterateAndPrint.id);
    store.advance(1_000);
    store.reset();
    expect(store.snapshot()).toEqual(before);
  });

  it('refuse bad set-up calls with a TypeError', () => {
    const store = createMockStore();
    expect(() => store.advance(-1)).toThrow(TypeError);
    expect(() => store.advance(Number.NaN)).toThrow(TypeError);
    expect(() => store.addDefinition({ id: '', label: 'x', detail: {} })).toThrow(TypeError);
    expect(() => store.injectFault({ operation: 'stopTask', status: 200, message: 'x', times: 1 })).toThrow(
      TypeError,
    );
    expect(() => createMockStore({ journalLimit: -1 })).toThrow(/journalLimit/);
  });

  it.each([
    [[[1, 2]], /inputParams/],
    [[{}, { scenario: 'fail b1' }], /options\.scenario must be/],
    [[{}, { scenario: { blocks: [] } }], /options\.scenario\.blocks must be/],
    [[{}, { scenario: { blocks: { b1: { fail: '' } } } }], /blocks\["b1"\]\.fail/],
    [[{}, { scenario: { blocks: { b1: { durationMs: -5 } } } }], /blocks\["b1"\]\.durationMs/],
    [[{}, { scenario: { blocks: { b1: { durationMs: 1e12 } } } }], /blocks\["b1"\]\.durationMs/],
    [[{}, { scenario: { blocks: { b1: { outputs: 3 } } } }], /blocks\["b1"\]\.outputs/],
    [[{}, { source: { source_type: 'WMS' } }], /source\.source_type/],
    [[{}, { source: { source_user: 42 } }], /source\.source_user/],
    [[{}, { source: { priority: 1.5 } }], /source\.priority/],
    [[{}, { variables: [] }], /options\.variables/],
  ])('refuse runTask(%j) with a TypeError naming the argument, and start nothing', (args, named) => {
    const store = createMockStore();
    store.addDefinition(slow);
    const before = store.snapshot();
    const [inputs, options] = args as [Record<string, unknown>, object?];
    expect(() => store.runTask('slow', inputs, options as never)).toThrow(named);
    expect(store.snapshot()).toEqual(before);
  });

  it('serialize their state as JSON.stringify of a snapshot would, with or without the journal', () => {
    const store = createMockStore({ seed: 'demo' });
    handleMockRequest(store, { method: 'GET', path: '/api/vwed-task-record/blocks/x', body: null });
    const snapshot = store.snapshot();
    expect(snapshot.runs.length).toBeGreaterThan(0);
    expect(JSON.stringify(partsOf(store).liveState(true))).toBe(JSON.stringify(snapshot));
    expect(JSON.stringify(partsOf(store).liveState(false))).toBe(
      JSON.stringify({ ...snapshot, requests: [] }),
    );
  });

  it('keep the latest journalLimit requests', () => {
    const store = createMockStore({ journalLimit: 3 });
    for (let index = 0; index < 10; index++) {
      handleMockRequest(store, { method: 'GET', path: `/api/vwed-task-record/blocks/r${index}`, body: null });
    }
    expect(store.requests.map((entry) => entry.path.slice(-2))).toEqual(['r7', 'r8', 'r9']);
    expect(store.snapshot().requests).toHaveLength(3);
  });

  it('return an injected fault with its defaults filled in', () => {
    const store = createMockStore();
    expect(store.injectFault({ operation: 'retryTask', status: 500 } as never)).toEqual({
      operation: 'retryTask',
      status: 500,
      message: 'injected fault 500',
      times: 1,
    });
  });
});

describe('virtual time', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('never waits on a real timer: requests answer under fake timers that never move', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'Date'] });
    mock.store.addDefinition(slow);
    const id = mock.store.runTask('slow');
    await expect(mock.client.getTaskRecord(id)).resolves.toMatchObject({ status: 1001 });
    mock.store.advance(10_000);
    await expect(mock.client.getTaskRecord(id)).resolves.toMatchObject({
      status: 1000,
      execution_time: 10_000,
    });
  });

  it('runUntilIdle stops at its bound', () => {
    const store = createMockStore();
    store.addDefinition(slow);
    const id = store.runTask('slow');
    store.runUntilIdle(5_000);
    expect(recordsOf(store).task(id)?.status).toBe(1001);
  });
});

describe('wall clock', () => {
  it('follows wall time at the speed factor', async () => {
    const store = createMockStore({ clock: { speed: 1_000 } });
    store.addDefinition(slow);
    const id = store.runTask('slow');
    await new Promise((resolve) => setTimeout(resolve, 30));
    const answer = handleMockRequest(store, {
      method: 'GET',
      path: `/api/vwed-task-record/detail/${id}`,
      body: null,
    });
    expect((answer.body as { data: { status: number } }).data.status).toBe(1000);
    expect(contractErrors('getTaskRecord', answer.status, answer.body)).toEqual([]);
  });

  it('jumps on advance and goes on following wall time from there', async () => {
    const store = createMockStore({ clock: { speed: 1_000 } });
    store.advance(60_000);
    const jumped = store.now();
    await new Promise((resolve) => setTimeout(resolve, 30));
    syncWithWallTime(partsOf(store));
    // 30 ms of wall time at speed 1,000 is 30 s more; a clock that paused after the jump reads 0.
    expect(store.now() - jumped).toBeGreaterThanOrEqual(25_000);
  });
});

describe('a stopped clock', () => {
  // Regression: createMockStore({ clock: { speed: 0 } }) threw, while the CLI's --speed 0 means
  // "clock stopped".
  it('speed 0 is taken, and only advance and runUntilIdle move time', async () => {
    const store = createMockStore({ clock: { speed: 0 } });
    const start = store.now();
    // The same fixed start as a virtual clock's, and so as the CLI's --speed 0.
    expect(start).toBe(createMockStore().now());
    store.addDefinition(slow);
    const id = store.runTask('slow');
    await new Promise((resolve) => setTimeout(resolve, 30));
    syncWithWallTime(partsOf(store));
    expect(store.now()).toBe(start);
    expect(recordsOf(store).task(id)?.status).toBe(1001);
    store.advance(250);
    expect(store.now()).toBe(start + 250);
    store.runUntilIdle();
    expect(recordsOf(store).task(id)?.status).toBe(1000);
  });

  it('survives reset() as a stopped clock', async () => {
    const store = createMockStore({ clock: { speed: 0 } });
    store.advance(1_000);
    store.reset();
    const start = store.now();
    await new Promise((resolve) => setTimeout(resolve, 20));
    syncWithWallTime(partsOf(store));
    expect(store.now()).toBe(start);
  });

  it.each([-1, 1001, Number.POSITIVE_INFINITY, Number.NaN])(
    'still refuses a speed of %s: 0 to 1000, as the CLI',
    (speed) => {
      expect(() => createMockStore({ clock: { speed } })).toThrow(
        "option clock must be 'virtual' or { speed: a number from 0 to 1000 }",
      );
    },
  );

  // Regression: a typo (`seeds`) was ignored in silence, and the empty default store taken.
  it('refuses an option it does not know, naming it and the ones it knows', () => {
    expect(() => createMockStore({ seeds: 'demo' } as never)).toThrow(
      '[vwed] createMockStore: unknown option "seeds"; the options are seed, randomSeed, clock, httpStatus, snapshot, latencyMs, journalLimit',
    );
  });
});

describe('seeds', () => {
  it("'demo' has runs in every state, consistent with the spec, and an empty journal", async () => {
    const store = mock.use({ seed: 'demo' });
    const tasks = store.snapshot().tasks;
    expect(new Set(tasks.map((task) => task.status))).toEqual(new Set([1000, 1001, 2000, 2001]));
    expect(store.requests).toEqual([]);
    for (const task of tasks) {
      await mock.client.getTaskRecord(task.id);
      await mock.client.getBlockRecords(task.id);
      await mock.client.getExecutionResults(task.id);
    }
    const failed = tasks.find((task) => task.status === 2000 && task.ended_reason === '举升机构故障');
    const retried = await mock.client.retryTask(failed?.id ?? '');
    store.runUntilIdle();
    await expect(mock.client.getTaskRecord(retried.new_task_record_id)).resolves.toMatchObject({
      status: 1000,
    });
  });
});

describe('latency', () => {
  it('the handlers wait latencyMs before answering', async () => {
    const store = mock.use({ latencyMs: 120 });
    store.addDefinition(iterateAndPrint);
    const id = store.runTask(iterateAndPrint.id);
    const started = Date.now();
    await mock.client.getTaskRecord(id);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    expect(() => createMockStore({ latencyMs: -1 })).toThrow(TypeError);
  });
});

describe('faults, the journal and the HTTP status option', () => {
  it('an injected fault answers the next requests of its operation, then stops', async () => {
    const { store, client } = mock;
    store.addDefinition(iterateAndPrint);
    const id = store.runTask(iterateAndPrint.id);
    store.injectFault({ operation: 'getTaskRecord', status: 503, message: '服务繁忙', times: 2 });
    for (let attempt = 0; attempt < 2; attempt++) {
      const error = await client.getTaskRecord(id).catch((caught: unknown) => caught);
      expect(isVwedApiError(error, 503)).toBe(true);
      expect((error as Error).message).toBe('服务繁忙');
    }
    await expect(client.getTaskRecord(id)).resolves.toMatchObject({ id });
  });

  it('the journal records every request with its status, so a UI test can count them', async () => {
    const { store, client } = mock;
    store.addDefinition(iterateAndPrint);
    const id = store.runTask(iterateAndPrint.id);
    await client.stopTask(id);
    await client.stopTask(id).catch(() => undefined);
    expect(store.requests.map((entry) => [entry.method, entry.operation, entry.status])).toEqual([
      ['POST', 'stopTask', 200],
      ['POST', 'stopTask', 400],
    ]);
  });

  it("'always-200' answers failures under HTTP 200 with the code in the body (R4)", async () => {
    const store = mock.use({ httpStatus: 'always-200' });
    const answer = handleMockRequest(store, {
      method: 'GET',
      path: '/api/vwed-task-record/detail/nope',
      body: null,
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ code: 404, message: '未找到ID为 nope 的任务记录' });
    expect(contractErrors('getTaskRecord', answer.status, answer.body)).toEqual([]);
    const error = await mock.client.getTaskRecord('nope').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'VwedApiError', code: 404, httpStatus: 200 });
  });
});
