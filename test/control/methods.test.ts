/**
 * Every method of the control client against both targets, the MSW handlers with
 * `control: true` and the reference server: what it sends, what it resolves with, what it does
 * to the store. Every answer is held to openapi/mock-control.yaml on the way (control-targets.ts).
 */
import { describe, expect, it } from 'vitest';
import { createMockStore, createTaskRecordHandlers } from '../../mocks/index.js';
import { createMockControlClient, type StoreState } from '../../src/control/index.js';
import { TaskStatus } from '../../src/status.js';
import { recordsOf } from '../mocks/records-of.js';
import { msw, mswOrigin, startTarget, targetNames, useControlTargets } from './control-targets.js';
import { threeBlocks } from './setup-scenario.js';

useControlTargets();

const timestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/;

describe.each(targetNames)('the control client against %s', (name) => {
  it('health: { status: "ok" }', async () => {
    const { control, sent } = await startTarget(name);
    expect(await control.health()).toEqual({ status: 'ok' });
    expect(sent.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /healthz']);
  });

  it('addDefinition adds one, or replaces the one with its id, and answers the id', async () => {
    const { control, store } = await startTarget(name);
    expect(await control.addDefinition(threeBlocks)).toEqual({ id: 'three-blocks' });
    expect(await control.addDefinition({ ...threeBlocks, label: '改名' })).toEqual({ id: 'three-blocks' });
    expect(store.snapshot().definitions).toEqual([
      expect.objectContaining({ id: 'three-blocks', label: '改名' }),
    ]);
  });

  it('addDefinition takes a detail given as a JSON string, as the engine stores it', async () => {
    const { control, store } = await startTarget(name);
    const detail = JSON.stringify(threeBlocks.detail);
    await control.addDefinition({ id: 'as-text', detail, periodicTask: 0 });
    expect(store.snapshot().definitions[0]).toMatchObject({ id: 'as-text', label: 'as-text', detail });
  });

  it('removeDefinition removes one, and says when there was none (an id with / and spaces encoded)', async () => {
    const { control, sent } = await startTarget(name);
    const id = 'a/b c';
    await control.addDefinition({ ...threeBlocks, id });
    expect(await control.removeDefinition(id)).toEqual({ id, removed: true });
    expect(await control.removeDefinition(id)).toEqual({ id, removed: false });
    expect(sent.at(-1)?.path).toBe('/__mock/definitions/a%2Fb%20c');
  });

  it('runTask starts a run with its input, scenario, source and variables, and resolves with its id', async () => {
    const { control, store } = await startTarget(name);
    await control.addDefinition(threeBlocks);
    const id = await control.runTask(
      'three-blocks',
      { from: 'Z' },
      {
        scenario: { blocks: { b2: { durationMs: 5_000 } } },
        source: { source_system: 'WMS', priority: 3 },
        variables: { batch: 7 },
      },
    );
    expect(id).toEqual(expect.any(String));
    const task = recordsOf(store).task(id);
    expect(task).toMatchObject({ task_id: 'three-blocks', source_system: 'WMS', priority: 3 });
    expect(task?.input_params).toMatchObject({ from: 'Z' });
    expect(task?.variables).toMatchObject({ batch: 7 });
    // b2 takes 5 s of the store's time: still running after 1 s.
    await control.advanceClock(1_000);
    expect(recordsOf(store).task(id)?.status).toBe(TaskStatus.running);
  });

  it('runTask with the definition alone runs on its default input', async () => {
    const { control, store } = await startTarget(name);
    await control.addDefinition(threeBlocks);
    const id = await control.runTask('three-blocks');
    expect(recordsOf(store).task(id)?.input_params).toMatchObject({ from: 'A' });
  });

  it('advanceClock moves the clock by whole ms and answers the new time', async () => {
    const { control } = await startTarget(name);
    expect(await control.advanceClock(0)).toEqual({ now: '2025-04-30T08:00:00.000000' });
    expect(await control.advanceClock(5_000)).toEqual({ now: '2025-04-30T08:00:05.000000' });
    expect(await control.advanceClock(3_600_000)).toEqual({ now: '2025-04-30T09:00:05.000000' });
  });

  it('runUntilIdle runs every run to its end, within maxMs when given', async () => {
    const { control, store } = await startTarget(name);
    await control.addDefinition(threeBlocks);
    const slow = await control.runTask(
      'three-blocks',
      {},
      { scenario: { blocks: { b1: { durationMs: 90_000 } } } },
    );
    // b1 ends 90 s in: not within a bound of 60 s.
    const bounded = await control.runUntilIdle(60_000);
    expect(bounded.now).toMatch(timestamp);
    expect(bounded.now < '2025-04-30T08:01:00').toBe(true);
    expect(recordsOf(store).task(slow)?.status).toBe(TaskStatus.running);
    const { now } = await control.runUntilIdle();
    expect(now).toMatch(timestamp);
    expect(now > bounded.now).toBe(true);
    expect(recordsOf(store).task(slow)?.status).toBe(TaskStatus.success);
  });

  it('injectFault queues a fault, defaults filled in; the next call of the operation fails with it', async () => {
    const { control, baseUrl } = await startTarget(name);
    expect(await control.injectFault({ operation: 'getTaskRecord', status: 503 })).toEqual({
      operation: 'getTaskRecord',
      status: 503,
      message: 'injected fault 503',
      times: 1,
    });
    const answer = await fetch(`${baseUrl}/api/vwed-task-record/detail/any`);
    expect(answer.status).toBe(503);
    expect(await control.requests()).toEqual([expect.objectContaining({ status: 503, fault: true })]);
  });

  it('clearFaults drops the queued faults and says how many there were', async () => {
    const { control, store } = await startTarget(name);
    await control.injectFault({ operation: 'stopTask', status: 500, message: '数据库连接超时', times: 3 });
    await control.injectFault({ operation: 'retryTask', status: 500 });
    expect(await control.clearFaults()).toEqual({ cleared: 2 });
    expect(await control.clearFaults()).toEqual({ cleared: 0 });
    expect(store.snapshot().faults).toEqual([]);
  });

  it('requests reads the journal, filtered by operation, task record and since', async () => {
    const { control, baseUrl, sent } = await startTarget(name);
    const api = `${baseUrl}/api/vwed-task-record`;
    await fetch(`${api}/detail/t1`);
    await fetch(`${api}/stop/t1`, { method: 'POST' });
    await fetch(`${api}/detail/t2`);
    const all = await control.requests();
    expect(all.map((entry) => [entry.seq, entry.operation, entry.id])).toEqual([
      [1, 'getTaskRecord', 't1'],
      [2, 'stopTask', 't1'],
      [3, 'getTaskRecord', 't2'],
    ]);
    expect((await control.requests({ operation: 'getTaskRecord' })).map((entry) => entry.seq)).toEqual([
      1, 3,
    ]);
    expect((await control.requests({ taskRecordId: 't1' })).map((entry) => entry.seq)).toEqual([1, 2]);
    expect((await control.requests({ since: 2 })).map((entry) => entry.seq)).toEqual([3]);
    expect(await control.requests({ operation: 'stopTask', taskRecordId: 't2', since: 0 })).toEqual([]);
    // undefined fields are left out of the query, not sent as "undefined".
    await control.requests({ operation: undefined, since: 0 });
    expect(sent.map((request) => request.path).slice(-2)).toEqual([
      '/__mock/requests?operation=stopTask&taskRecordId=t2&since=0',
      '/__mock/requests?since=0',
    ]);
  });

  it('reset puts the store back as it started, and resolves with nothing', async () => {
    const { control, store } = await startTarget(name, { seed: 'demo' });
    const start = store.snapshot();
    await control.runTask('demo-transport');
    await control.advanceClock(1_000);
    expect(await control.reset()).toBeUndefined();
    expect(store.snapshot()).toEqual(start);
  });

  it('snapshot reads the whole state; restore puts it back, runs in flight included, and answers its clock', async () => {
    const { control, store } = await startTarget(name);
    await control.addDefinition(threeBlocks);
    const id = await control.runTask(
      'three-blocks',
      {},
      { scenario: { blocks: { b1: { durationMs: 5_000 } } } },
    );
    await control.advanceClock(1_000);
    const saved: StoreState = await control.snapshot();
    expect(saved).toEqual(store.snapshot());
    expect(saved).toMatchObject({ version: 1, definitions: [{ id: 'three-blocks' }], tasks: [{ id }] });

    await control.runUntilIdle();
    expect(recordsOf(store).task(id)?.status).toBe(TaskStatus.success);
    expect(await control.restore(saved)).toEqual({ now: '2025-04-30T08:00:01.000000' });
    expect(recordsOf(store).task(id)?.status).toBe(TaskStatus.running);
    await control.runUntilIdle();
    expect(recordsOf(store).task(id)?.status).toBe(TaskStatus.success);
  });

  it('sends its headers with every request', async () => {
    const { baseUrl, fetch, sent } = await startTarget(name);
    const control = createMockControlClient({
      baseUrl,
      fetch,
      headers: { Authorization: 'Bearer secret-token', 'X-Trace': 'control-test', 'X-Left-Out': undefined },
    });
    await control.health();
    await control.addDefinition(threeBlocks);
    await control.requests({ since: 0 });
    await control.clearFaults();
    expect(sent).toHaveLength(4);
    for (const request of sent) {
      expect(request.headers.get('authorization')).toBe('Bearer secret-token');
      expect(request.headers.get('x-trace')).toBe('control-test');
      expect(request.headers.has('x-left-out')).toBe(false);
    }
  });

  it('raw is the openapi-fetch client of the control paths', async () => {
    const { control } = await startTarget(name);
    const { data, response } = await control.raw.POST('/__mock/clock/advance', { body: { ms: 10 } });
    expect(response.status).toBe(200);
    expect(data).toEqual({ now: '2025-04-30T08:00:00.010000' });
  });
});

describe('the control client through MSW', () => {
  it('looks fetch up at each request: MSW installed after the client was created still intercepts', async () => {
    const control = createMockControlClient({ baseUrl: mswOrigin });
    const store = createMockStore();
    msw.use(...createTaskRecordHandlers({ store, control: true, baseUrl: mswOrigin }));
    await control.advanceClock(2_000);
    expect(store.snapshot().now).toBe(createMockStore().snapshot().now + 2_000);
  });

  it('works after a gateway prefix', async () => {
    const store = createMockStore();
    msw.use(...createTaskRecordHandlers({ store, control: true, baseUrl: `${mswOrigin}/gateway` }));
    const control = createMockControlClient({ baseUrl: `${mswOrigin}/gateway/` });
    expect(await control.health()).toEqual({ status: 'ok' });
    expect(await control.addDefinition(threeBlocks)).toEqual({ id: 'three-blocks' });
  });
});
