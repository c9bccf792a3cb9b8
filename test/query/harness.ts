/**
 * The set-up of the TanStack Query tests: the real client, MSW in front of `fetch` with the
 * mock's handlers over a fresh store per test, a fresh QueryClient per test, and fake timers
 * that drive TanStack's `refetchInterval` (and the mock's latency) while `store.advance` drives
 * the engine. Nothing waits on real time: `settle` lets in-process promises run out, with a
 * bounded number of turns, and the clock moves only when a test moves it.
 */
import {
  environmentManager,
  QueryClient,
  type QueryKey,
  QueryObserver,
  type QueryObserverOptions,
  type QueryObserverResult,
} from '@tanstack/query-core';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import {
  createMockStore,
  createTaskRecordHandlers,
  defineTask,
  type MockStore,
  simple,
} from '../../mocks/index.js';
import { createTaskRecordClient, type TaskRecordClient } from '../../src/index.js';

export const origin = 'http://engine.test';

/** b1 then b2, 1 s each (DelayBp): a run of about 2 s of engine time. */
export const twoSteps = defineTask('two-steps', '两步任务', [
  { id: 1, name: 'b1', blockType: 'DelayBp', inputParams: { timeMillis: simple(1_000) } },
  { id: 2, name: 'b2', blockType: 'DelayBp', inputParams: { timeMillis: simple(1_000) } },
]);

export interface QueryHarness {
  store: MockStore;
  client: TaskRecordClient;
  queryClient: QueryClient;
  /** How many requests of an operation the mock answered (the store's journal), for one ID if given. */
  requestsOf(operation: string, id?: string): number;
}

/** The MSW server of the file: `server.use(...)` adds a test's own answers in front of the mock's. */
export const server = setupServer();
const state = {} as QueryHarness;

/**
 * Installs the lifecycle in the calling test file and returns the harness, whose fields are
 * fresh in each test.
 */
export function setUpQueryHarness(): QueryHarness {
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
    // Node has no `window`, so TanStack Query takes it for a server, where it never polls:
    // these tests stand for a browser page.
    environmentManager.setIsServer(() => false);
  });
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    state.store = createMockStore({ seed: 'empty', randomSeed: 7 });
    state.store.addDefinition(twoSteps);
    server.use(...createTaskRecordHandlers({ store: state.store }));
    state.client = createTaskRecordClient({ baseUrl: origin });
    // No retry delay: a retry waits only for a zero-delay timer (which fake timers set 1 ms
    // ahead when it is set during a tick), so a test passes retries with a few `elapse(1)`.
    state.queryClient = new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } });
    state.requestsOf = (operation, id) =>
      state.store.requests.filter(
        (entry) => entry.operation === operation && (id === undefined || entry.path.endsWith(`/${id}`)),
      ).length;
  });
  afterEach(() => {
    state.queryClient.clear();
    server.resetHandlers();
    vi.useRealTimers();
  });
  afterAll(() => {
    environmentManager.setIsServer(() => typeof window === 'undefined');
    server.close();
  });
  return state;
}

/**
 * Lets every promise and zero-delay timer that is due run (MSW's answer, TanStack's batched
 * notifications), without moving the clock past now. Bounded: it gives up after `turns` turns.
 */
export async function settle(turns = 50): Promise<void> {
  for (let turn = 0; turn < turns; turn++) {
    await vi.advanceTimersByTimeAsync(0);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Moves TanStack's timers on by `ms` (firing each `refetchInterval` on the way), then settles. */
export async function elapse(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  await settle();
}

/** A query observed as a component observes it with `useQuery`, until `stop()`. */
export interface Observed<TData> {
  data(): TData | undefined;
  result(): QueryObserverResult<TData, Error>;
  stop(): void;
}

/** Subscribes a QueryObserver to `options` on the harness's QueryClient. */
export function observe<TData, TKey extends QueryKey>(
  queryClient: QueryClient,
  options: QueryObserverOptions<TData, Error, TData, TData, TKey>,
): Observed<TData> {
  const observer = new QueryObserver(queryClient, options);
  const stop = observer.subscribe(() => undefined);
  return { data: () => observer.getCurrentResult().data, result: () => observer.getCurrentResult(), stop };
}
