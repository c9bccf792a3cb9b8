/**
 * The demo's server mode (`?server=URL`): no MSW worker; the page's client calls the
 * reference server of another process (`startMockServer`, or `npm start`), which must allow
 * the page's origin (`cors`). What the API has no endpoint for comes from the server's
 * control API, through the control client, as a test in another process would set it up.
 */
import { createTaskRecordClient } from '@vwed/task-record';
import { createMockControlClient, isVwedNetworkError } from '@vwed/task-record/control';
import type { PageBackend } from './page-backend.js';

/**
 * A backend on the reference server at `baseUrl`.
 *
 * @example
 * ```ts
 * const backend = connectToServer('http://127.0.0.1:4010');
 * ```
 */
export function connectToServer(baseUrl: string): PageBackend {
  const control = createMockControlClient({ baseUrl });
  // The engine's time of the latest snapshot, which every refresh reads first. It is read
  // before the refresh's requests, so a running block counts up to a time at most one poll
  // old (and a duration is never shown below zero).
  let now = 0;
  return {
    source: `the client talks to the reference server at ${baseUrl}.`,
    clock: "Engine time: the server's.",
    client: createTaskRecordClient({ baseUrl }),
    shared: true,
    listTaskIds: async () => {
      const state = await control.snapshot().catch((error: unknown) => {
        throw isVwedNetworkError(error) ? unreachable(baseUrl, error) : error;
      });
      now = state.now;
      // The control API's spec types a record as any JSON object: its `id` is read, not assumed.
      const ids = state.tasks.map((task) => task.id).filter((id): id is string => typeof id === 'string');
      return ids.reverse();
    },
    now: () => now,
    runTask: (definitionId, inputParams, options) => control.runTask(definitionId, inputParams, options),
  };
}

/**
 * What a failed fetch most likely means here, said with the fix: the browser hides why a
 * request failed, and a server started without CORS for this page fails exactly like one that
 * is not running.
 */
function unreachable(baseUrl: string, error: Error): Error {
  const origin = window.location.origin;
  return new Error(
    `cannot reach the reference server at ${baseUrl}: is it running, and does it allow this page's ` +
      `origin? Start it with --cors ${origin} (the cors option of startMockServer). (${error.message})`,
    { cause: error },
  );
}
