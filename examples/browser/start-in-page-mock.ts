/**
 * The demo's default backend: the mock engine runs in this page (a wall-clock store with the
 * `demo` seed) and MSW's service worker answers the API from it, so the client talks `fetch`
 * exactly as it would to a real engine.
 */
import { createTaskRecordClient } from '@vwed/task-record';
import { createMockStore, createTaskRecordHandlers } from '@vwed/task-record/mocks';
import { setupWorker } from 'msw/browser';
import type { PageBackend } from './page-backend.js';

/**
 * Starts the in-page mock at `speed` times real time and MSW's worker in front of it.
 *
 * @example
 * ```ts
 * const backend = await startInPageMock(20);
 * ```
 */
export async function startInPageMock(speed: number): Promise<PageBackend> {
  // A short journal: the page reads `snapshot()` on every poll, and that copies the journal too.
  const store = createMockStore({ seed: 'demo', clock: { speed }, journalLimit: 50 });
  const worker = setupWorker(...createTaskRecordHandlers({ store }));
  // `quiet`: the worker's per-request console lines would flood the console at two polls a second.
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
  return {
    source: "the client talks to the mock engine through MSW's service worker.",
    clock: speed === 1 ? 'Engine time: real time.' : `Engine time: ×${speed}.`,
    // The page's own origin: the service worker answers `/api/vwed-task-record/*` here.
    client: createTaskRecordClient(),
    shared: false,
    listTaskIds: async () =>
      store
        .snapshot()
        .tasks.map((task) => task.id)
        .reverse(),
    now: () => store.now(),
    runTask: async (definitionId, inputParams, options) => store.runTask(definitionId, inputParams, options),
  };
}
