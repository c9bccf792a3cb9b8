/**
 * The control API through MSW (`createTaskRecordHandlers({ store, control: true })`, issue
 * [4/5]): the same core as the reference server's, so the routes a test in another process
 * uses work in-process too, including the ones added for it: remove a definition, run until
 * idle, clear faults, read the journal with filters, restore a snapshot, and the health check.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockStore, createTaskRecordHandlers, type MockStore } from '../../mocks/index.js';
import { TaskStatus } from '../../src/status.js';
import { expectDocumented } from '../server/control-contract.js';
import { definition } from './definitions.js';
import { recordsOf } from './records-of.js';

const origin = 'http://engine.test';
let store: MockStore = createMockStore();
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** A fresh store served with the control API on. */
function serve(options: { control?: boolean; baseUrl?: string } = { control: true }): MockStore {
  store = createMockStore();
  server.use(...createTaskRecordHandlers({ store, ...options }));
  return store;
}

/**
 * A control request through MSW; its answer is held to openapi/mock-control.yaml (the path as
 * the spec names it: a gateway prefix before it left out).
 */
async function call(method: string, path: string, json?: unknown) {
  const response = await fetch(`${origin}${path}`, {
    method,
    ...(json === undefined
      ? {}
      : { body: JSON.stringify(json), headers: { 'content-type': 'application/json' } }),
  });
  const answer = {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
  expectDocumented(method, path.replace(/^\/gateway/, ''), answer);
  return answer;
}

const slow = definition('slow', [
  { id: 1, name: 'b1', blockType: 'DelayBp', inputParams: { timeMillis: { type: 'Simple', value: 5_000 } } },
]);

describe('the control API through MSW', () => {
  it('is off unless asked for: the handlers leave /__mock alone', async () => {
    serve({});
    await expect(fetch(`${origin}/__mock/snapshot`)).rejects.toThrow();
  });

  it('answers the health check', async () => {
    serve();
    expect(await call('GET', '/healthz')).toMatchObject({ status: 200, body: { status: 'ok' } });
    const refused = await call('POST', '/healthz', {});
    expect(refused.status).toBe(405);
    expect(refused.headers.get('allow')).toBe('GET');
  });

  it('adds a definition, runs it, runs until idle and reads the journal', async () => {
    serve();
    expect((await call('POST', '/__mock/definitions', slow)).status).toBe(201);
    const started = await call('POST', '/__mock/tasks', { definitionId: 'slow' });
    const id = started.body.taskRecordId as string;
    const idle = await call('POST', '/__mock/clock/run-until-idle', {});
    expect(idle).toMatchObject({ status: 200, body: { now: expect.stringMatching(/^2025-04-30T08:00:05/) } });
    expect(recordsOf(store).task(id)?.status).toBe(TaskStatus.success);

    await fetch(`${origin}/api/vwed-task-record/detail/${id}`, { method: 'GET' });
    await fetch(`${origin}/api/vwed-task-record/stop/${id}`, { method: 'POST' });
    await fetch(`${origin}/api/vwed-task-record/detail/other`);
    const all = await call('GET', '/__mock/requests');
    expect((all.body.requests as { seq: number }[]).map((entry) => entry.seq)).toEqual([1, 2, 3]);
    const stops = await call('GET', `/__mock/requests?operation=stopTask&taskRecordId=${id}`);
    expect(stops.body.requests).toEqual([
      expect.objectContaining({ seq: 2, operation: 'stopTask', id, status: 400 }),
    ]);
    const later = await call('GET', '/__mock/requests?since=2');
    expect((later.body.requests as { id: string }[]).map((entry) => entry.id)).toEqual(['other']);
  });

  it('refuses an unknown journal filter or a since that is not a whole number, with a 400', async () => {
    serve();
    expect((await call('GET', '/__mock/requests?operaton=stopTask')).body.message).toMatch(
      /控制请求无效: unknown query parameter "operaton"/,
    );
    expect((await call('GET', '/__mock/requests?since=-1')).status).toBe(400);
    expect((await call('GET', '/__mock/requests?since=1.5')).status).toBe(400);
  });

  it('removes a definition, and says when there was none', async () => {
    serve();
    await call('POST', '/__mock/definitions', slow);
    expect((await call('DELETE', '/__mock/definitions/slow')).body).toEqual({ id: 'slow', removed: true });
    expect((await call('DELETE', '/__mock/definitions/slow')).body).toEqual({ id: 'slow', removed: false });
    expect((await call('POST', '/__mock/tasks', { definitionId: 'slow' })).status).toBe(400);
  });

  it('clears the queued faults and says how many there were', async () => {
    serve();
    await call('POST', '/__mock/faults', { operation: 'stopTask', status: 500, times: 3 });
    await call('POST', '/__mock/faults', { operation: 'getTaskRecord', status: 503 });
    expect((await call('DELETE', '/__mock/faults')).body).toEqual({ cleared: 2 });
    expect(store.snapshot().faults).toEqual([]);
  });

  it('restores a snapshot, clock and runs in flight included, and reset still goes back to the start', async () => {
    serve();
    await call('POST', '/__mock/definitions', slow);
    const id = (await call('POST', '/__mock/tasks', { definitionId: 'slow' })).body.taskRecordId as string;
    await call('POST', '/__mock/clock/advance', { ms: 1_000 });
    const saved = (await call('GET', '/__mock/snapshot')).body;
    await call('POST', '/__mock/clock/run-until-idle', {});
    expect(recordsOf(store).task(id)?.status).toBe(TaskStatus.success);

    const restored = await call('PUT', '/__mock/snapshot', saved);
    expect(restored.body).toEqual({ now: '2025-04-30T08:00:01.000000' });
    expect(recordsOf(store).task(id)?.status).toBe(TaskStatus.running);
    await call('POST', '/__mock/clock/advance', { ms: 4_000 });
    expect(recordsOf(store).task(id)?.status).toBe(TaskStatus.success);
    await call('POST', '/__mock/reset', {});
    expect(store.snapshot().tasks).toEqual([]);
  });

  it.each([
    ['another version', { version: 2 }],
    ['a list missing', { version: 1, now: 0, random: 1, nextThreadId: 1 }],
    ['a task record without its id', { ...createMockStore().snapshot(), tasks: [{ task_id: 'slow' }] }],
  ])('refuses a state that is not one (%s) with a 400, and changes nothing', async (_, state) => {
    serve();
    await call('POST', '/__mock/definitions', slow);
    const before = store.snapshot();
    const answer = await call('PUT', '/__mock/snapshot', state);
    expect(answer.status).toBe(400);
    expect(answer.body.message).toMatch(
      /^控制请求无效: restore: state must be a state from store.snapshot\(\)/,
    );
    expect(store.snapshot()).toEqual(before);
  });

  it('refuses a state with two records of one block, and changes nothing', async () => {
    serve();
    await call('POST', '/__mock/definitions', slow);
    await call('POST', '/__mock/tasks', { definitionId: 'slow' });
    await call('POST', '/__mock/clock/advance', { ms: 10 });
    const state = store.snapshot();
    state.blocks.push({ ...(state.blocks[0] as (typeof state.blocks)[number]), id: 'copy' });
    const before = store.snapshot();
    expect((await call('PUT', '/__mock/snapshot', state)).status).toBe(400);
    expect(store.snapshot()).toEqual(before);
  });

  it('serves the control API after baseUrl, gateway prefix included', async () => {
    serve({ control: true, baseUrl: `${origin}/gateway` });
    expect((await call('GET', '/gateway/healthz')).status).toBe(200);
    expect((await call('POST', '/gateway/__mock/reset', {})).body).toEqual({ status: 'ok' });
  });
});
