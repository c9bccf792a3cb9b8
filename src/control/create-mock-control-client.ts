import { createClient } from '../client/create-client.js';
import { lazyFetch } from '../client/lazy-fetch.js';
import { requireText } from '../client/require-argument.js';
import type { paths } from '../generated/mock-control.js';
import { journalQuery, requireClockMs, requireObject, requireRunTaskOptions } from './control-arguments.js';
import type { MockControlClient } from './mock-control-client.js';
import { type MockControlClientOptions, normalizeControlOptions } from './mock-control-client-options.js';
import { createControlSender } from './send-control-request.js';

/**
 * Creates a client of the mock's control API, for a test that sets the mock up from outside
 * it: a Playwright test against the reference server, or the same set-up through MSW. The
 * options are checked here: a bad one (an unknown key included) throws a `TypeError` at once.
 * Each request has a time limit, 30 s unless `timeoutMs` says otherwise: a server that never
 * answers rejects with a `VwedTimeoutError` instead of hanging the test. A method given a bad
 * argument (an empty definition ID, a clock step that is not a whole number of ms from 0 to
 * one hour, a definition that is not an object) rejects with a `TypeError` before anything is
 * sent. `fetch` is looked up at each request, so MSW started after this call still intercepts.
 *
 * @example
 * ```ts
 * import { createMockControlClient, isMockControlError } from '@vwed/task-record/control';
 * import { startMockServer } from '@vwed/task-record/server';
 *
 * const server = await startMockServer({ seed: 'demo', speed: 0 });
 * const control = createMockControlClient({ baseUrl: server.url });
 * const id = await control.runTask('demo-transport');
 * await control.advanceClock(5_000);
 * try {
 *   await control.runTask('no-such-definition');
 * } catch (error) {
 *   if (isMockControlError(error, 400)) console.log(error.message); // 控制请求无效: runTask: no definition ...
 * }
 * await server.close();
 * console.log(id);
 * ```
 */
export function createMockControlClient(options: MockControlClientOptions): MockControlClient {
  const config = normalizeControlOptions(options);
  const raw = createClient<paths>({
    baseUrl: config.baseUrl,
    fetch: lazyFetch(config.fetch),
    headers: config.headers,
  });
  const send = createControlSender(config.timeoutMs);

  return {
    raw,
    health: () => send('getHealth', (init) => raw.GET('/healthz', init)),
    addDefinition: async (definition) => {
      const body = requireObject('addDefinition', 'definition', definition);
      return send('addDefinition', (init) => raw.POST('/__mock/definitions', { ...init, body }));
    },
    removeDefinition: async (definitionId) => {
      const path = { definitionId: requireText('removeDefinition', 'definitionId', definitionId) };
      return send('removeDefinition', (init) =>
        raw.DELETE('/__mock/definitions/{definitionId}', { ...init, params: { path } }),
      );
    },
    runTask: async (definitionId, inputParams, runOptions) => {
      const body = {
        definitionId: requireText('runTask', 'definitionId', definitionId),
        inputParams: requireObject('runTask', 'inputParams', inputParams, true),
        ...requireRunTaskOptions(runOptions),
      };
      const started = await send('runTask', (init) => raw.POST('/__mock/tasks', { ...init, body }));
      return started.taskRecordId;
    },
    advanceClock: async (ms) => {
      const body = { ms: requireClockMs('advanceClock', 'ms', ms) };
      return send('advanceClock', (init) => raw.POST('/__mock/clock/advance', { ...init, body }));
    },
    runUntilIdle: async (maxMs) => {
      const body = maxMs === undefined ? {} : { maxMs: requireClockMs('runUntilIdle', 'maxMs', maxMs) };
      return send('runUntilIdle', (init) => raw.POST('/__mock/clock/run-until-idle', { ...init, body }));
    },
    injectFault: async (fault) => {
      const body = requireObject('injectFault', 'fault', fault);
      return send('injectFault', (init) => raw.POST('/__mock/faults', { ...init, body }));
    },
    clearFaults: () => send('clearFaults', (init) => raw.DELETE('/__mock/faults', init)),
    requests: async (filter) => {
      const query = journalQuery(filter);
      const list = await send('getRequests', (init) =>
        raw.GET('/__mock/requests', { ...init, params: { query } }),
      );
      return list.requests;
    },
    reset: async () => {
      await send('resetStore', (init) => raw.POST('/__mock/reset', { ...init, body: {} }));
    },
    snapshot: () => send('getSnapshot', (init) => raw.GET('/__mock/snapshot', init)),
    restore: async (state) => {
      const body = requireObject('restore', 'state', state);
      return send('restoreSnapshot', (init) => raw.PUT('/__mock/snapshot', { ...init, body }));
    },
  };
}
