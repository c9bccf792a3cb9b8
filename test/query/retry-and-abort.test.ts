/**
 * Failures and aborts: a 4xx is never retried (nor polled again), what may pass is retried, and
 * an observer that leaves aborts its request in flight (TanStack's `signal` reaches `fetch`).
 */
import { describe, expect, it } from 'vitest';
import { createMockStore, createTaskRecordHandlers } from '../../mocks/index.js';
import { createTaskRecordClient, isVwedApiError } from '../../src/index.js';
import { shouldRetryTaskRecordQuery, taskRecordQueries } from '../../src/query/index.js';
import { elapse, observe, origin, server, settle, setUpQueryHarness } from './harness.js';

const harness = setUpQueryHarness();

describe('retry', () => {
  it('does not retry a 404, nor poll it: one request, and the error as the engine said it', async () => {
    const { client, queryClient, requestsOf } = harness;
    const detail = observe(
      queryClient,
      taskRecordQueries(client, { pollIntervalMs: 100 }).detail('no-such-record'),
    );
    await settle();
    const { status, error, failureCount } = detail.result();
    expect(status).toBe('error');
    expect(isVwedApiError(error, 404)).toBe(true);
    expect(error?.message).toBe('未找到ID为 no-such-record 的任务记录');
    expect(failureCount).toBe(1);
    await elapse(5_000);
    expect(requestsOf('getTaskRecord')).toBe(1);
    detail.stop();
  });

  it('reads the code in the body: a 404 answered as HTTP 200 (ruling R4) is not retried either', async () => {
    const store = createMockStore({ seed: 'empty', httpStatus: 'always-200' });
    server.use(...createTaskRecordHandlers({ store }));
    const detail = observe(harness.queryClient, taskRecordQueries(harness.client).detail('no-such-record'));
    await settle();
    expect(isVwedApiError(detail.result().error, 404)).toBe(true);
    expect(detail.result().error).toMatchObject({ httpStatus: 200 });
    expect(store.requests.filter((entry) => entry.operation === 'getTaskRecord')).toHaveLength(1);
    detail.stop();
  });

  it('retries what may pass (a 503), then succeeds', async () => {
    const { store, client, queryClient, requestsOf } = harness;
    const id = store.runTask('two-steps');
    store.injectFault({ operation: 'getTaskRecord', status: 503, times: 2 });
    const detail = observe(queryClient, taskRecordQueries(client).detail(id));
    // Each retry waits for a timer (retryDelay 0, which fake timers count as 1 ms).
    for (let retry = 0; retry < 3; retry++) await elapse(1);
    expect(detail.result().status).toBe('success');
    expect(requestsOf('getTaskRecord')).toBe(3);
    detail.stop();
  });

  it('blocks of an unknown record are [] (ruling R5), and not polled: the detail says there is nothing to follow', async () => {
    const { client, queryClient, requestsOf } = harness;
    const blocks = observe(
      queryClient,
      taskRecordQueries(client, { pollIntervalMs: 100 }).blocks('no-such-record'),
    );
    await settle();
    expect(blocks.data()).toEqual([]);
    await elapse(5_000);
    expect(requestsOf('getBlockRecords')).toBe(1);
    expect(requestsOf('getTaskRecord')).toBe(1);
    blocks.stop();
  });

  it('shouldRetryTaskRecordQuery: up to 3 retries of a 5xx or a network error, none of a 4xx', () => {
    const apiError = (code: number) => Object.assign(new Error('x'), { name: 'VwedApiError', code });
    const networkError = Object.assign(new Error('x'), { name: 'VwedNetworkError' });
    expect([0, 1, 2, 3].map((count) => shouldRetryTaskRecordQuery(count, apiError(503)))).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(shouldRetryTaskRecordQuery(0, networkError)).toBe(true);
    for (const code of [400, 404, 408, 422, 429])
      expect(shouldRetryTaskRecordQuery(0, apiError(code))).toBe(false);
    expect(
      shouldRetryTaskRecordQuery(0, Object.assign(new Error('x'), { name: 'VwedValidationError' })),
    ).toBe(false);
    expect(shouldRetryTaskRecordQuery(0, new TypeError('bad id'))).toBe(false);
  });
});

describe('abort', () => {
  /** A client whose requests are seen: the signal of each, as `fetch` received it. */
  function watchedClient() {
    const signals: AbortSignal[] = [];
    const client = createTaskRecordClient({
      baseUrl: origin,
      fetch: (input, init) => {
        signals.push(input instanceof Request ? input.signal : (init?.signal as AbortSignal));
        return globalThis.fetch(input, init);
      },
    });
    return { client, signals };
  }

  it('an observer that unsubscribes aborts its request in flight, and no answer lands', async () => {
    const { store, queryClient } = harness;
    store.latencyMs = 1_000; // every answer takes one second of (fake) time
    const id = store.runTask('two-steps');
    const { client, signals } = watchedClient();
    const detail = observe(queryClient, taskRecordQueries(client).detail(id));
    await elapse(500);
    expect(signals).toHaveLength(1);
    expect(signals[0]?.aborted).toBe(false);

    detail.stop();
    expect(signals[0]?.aborted).toBe(true);
    await elapse(2_000);
    // Cancelled and reverted to the state before the fetch: no data, no error.
    expect(queryClient.getQueryState(taskRecordQueries(client).detail(id).queryKey)).toMatchObject({
      status: 'pending',
      fetchStatus: 'idle',
      data: undefined,
      error: null,
    });
  });

  it('so does a following query (the tree) in the middle of its request', async () => {
    const { store, queryClient } = harness;
    const id = store.runTask('two-steps');
    const { client, signals } = watchedClient();
    const queries = taskRecordQueries(client);
    await queryClient.fetchQuery(queries.detail(id)); // known and running: the tree asks for itself alone
    store.latencyMs = 1_000;
    const tree = observe(queryClient, queries.executionResults(id));
    await elapse(600);
    const treeSignal = signals.at(-1);
    // The detail above, then the tree alone: the tree reads the detail from the cache, fresh enough.
    expect(signals).toHaveLength(2);
    tree.stop();
    expect(treeSignal?.aborted).toBe(true);
  });
});
