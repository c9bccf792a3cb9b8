/**
 * How a UI test uses the mock: the real client, MSW in front of `fetch`, and a mock store
 * that runs tasks on a virtual clock the test moves by hand. Nothing waits on real time.
 */
import { createTaskRecordClient } from '@vwed/task-record';
import { createMockStore, createTaskRecordHandlers, defineTask, simple } from '@vwed/task-record/mocks';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadTaskProgress, stopAndReload } from './task-progress.js';

/**
 * A task definition in the engine's "wind task" format, written with the mock's builders:
 * pick a vehicle (b1), then load (b2), drive for 5 s (b3) and unload (b4). Block types the
 * mock does not know succeed after 100 ms.
 */
const delivery = defineTask('delivery', '送货任务', [
  {
    id: 1,
    name: 'b1',
    blockType: 'CSelectAgvBp',
    children: {
      default: [
        { id: 2, name: 'b2', blockType: 'JackLoadBp' },
        { id: 3, name: 'b3', blockType: 'DelayBp', inputParams: { timeMillis: simple(5_000) } },
        { id: 4, name: 'b4', blockType: 'JackUnloadBp' },
      ],
    },
  },
]);

// One store and one MSW server for the file; each test starts from an empty store.
const store = createMockStore();
const server = setupServer(...createTaskRecordHandlers({ store }));

// Created before `server.listen()`, as an app creates its client at import time: the client
// looks `fetch` up at each request, so MSW intercepts it all the same. In a browser-like
// environment (jsdom) the baseUrl can be left out; in Node it must be absolute.
const client = createTaskRecordClient({ baseUrl: 'http://engine.test' });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => store.addDefinition(delivery));
afterEach(() => {
  server.resetHandlers();
  // Back to the store as created: no definitions, no records, the clock at its start.
  store.reset();
});
afterAll(() => server.close());

describe('the task progress panel', () => {
  it('shows a running task with Stop enabled', async () => {
    const id = store.runTask('delivery');
    store.advance(1_000); // b1 and b2 are done, b3 is driving

    const view = await loadTaskProgress(client, id);

    expect(view).toMatchObject({ title: '送货任务', status: 'running', canStop: true, canRetry: false });
    expect(view.progressPercent).toBeGreaterThan(0);
    expect(view.progressPercent).toBeLessThan(100);
  });

  it('shows success once the engine has finished', async () => {
    const id = store.runTask('delivery');
    store.advance(10_000); // more than the whole run (about 5.4 s)

    expect(await loadTaskProgress(client, id)).toEqual({
      title: '送货任务',
      status: 'success',
      progressPercent: 100,
      failedBlock: null,
      failureReason: null,
      canStop: false,
      canRetry: false,
    });
  });

  it('shows the failed block and its reason, with Retry enabled', async () => {
    // A scenario steers one run: here b2 fails with this reason.
    const id = store.runTask('delivery', {}, { scenario: { blocks: { b2: { fail: '货叉传感器异常' } } } });
    store.advance(1_000);

    expect(await loadTaskProgress(client, id)).toMatchObject({
      status: 'failed',
      failedBlock: 'b2 (JackLoadBp)',
      failureReason: '货叉传感器异常',
      canStop: false,
      canRetry: true,
    });
  });

  it('stops the task once when Stop is clicked', async () => {
    const id = store.runTask('delivery');
    store.advance(1_000);

    const view = await stopAndReload(client, id);

    expect(view).toMatchObject({ status: 'cancelled', canStop: false, canRetry: false });
    // The store's journal holds every request the handlers served: the UI sent one stop.
    const stops = store.requests.filter((request) => request.operation === 'stopTask');
    expect(stops).toEqual([expect.objectContaining({ method: 'POST', status: 200 })]);
  });
});
