/**
 * The mock engine of the page: a wall-clock store with the `demo` seed, MSW's service worker in
 * front of `fetch`, and what the API itself does not offer (it has no "list records" and no
 * "start a run" endpoint): the list of record IDs and the demo runs, read and started on the
 * store directly, as a test's set-up would. Everything shown about a record goes through the
 * client and TanStack Query.
 *
 * `?speed=N` runs the engine N times faster than real time (default 1); the browser test uses it.
 */
import { createMockStore, createTaskRecordHandlers } from '@vwed/task-record/mocks';
import { setupWorker } from 'msw/browser';
import { demoPresets } from '../demo-presets.js';

/** The `?speed=` factor: a positive number, else real time. */
function readSpeed(): number {
  const speed = Number(new URLSearchParams(window.location.search).get('speed') ?? '1');
  return Number.isFinite(speed) && speed > 0 ? speed : 1;
}

export const speed = readSpeed();
// A short journal: the list reads `snapshot()` every second, and that copies the journal too.
const store = createMockStore({ seed: 'demo', clock: { speed }, journalLimit: 50 });

/** Starts MSW's worker: from then on `/api/vwed-task-record/*` on this origin is the mock. */
export async function startMockWorker(): Promise<void> {
  // `quiet`: the worker's per-request console lines would flood the console at two polls a second.
  await setupWorker(...createTaskRecordHandlers({ store })).start({
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}

/** The records' IDs, newest first. */
export function recordIds(): string[] {
  return store
    .snapshot()
    .tasks.map((task) => task.id)
    .reverse();
}

/** The engine's clock in the records' own form (local time without an offset, ruling R11). */
export function engineNow(): string {
  return new Date(store.now()).toISOString().replace('Z', '');
}

/** The runs the "Run demo task" form offers, the same as the other demo's. */
export const presets = demoPresets;

const source = { source_type: 3, source_system: 'react-query-demo', source_user: 'browser' };

/** Starts a run of a preset and returns the new record's ID. */
export function startRun(preset: keyof typeof presets): string {
  const chosen = presets[preset];
  if (!chosen) throw new Error(`react-query demo: no preset ${String(preset)}`);
  return store.runTask(chosen.definitionId, {}, { ...chosen.options, source });
}
