/**
 * The time limits and aborts do not depend on `fetch` honouring the signal: `timeoutMs` and
 * `waitForTask`'s `timeoutMs` reject on time even when fetch (or a middleware, or a body)
 * never settles, and what they leave behind settling later raises no unhandled rejection.
 *
 * Regression: a custom fetch that ignored the signal and never settled held the call forever
 * (a hanging `headers()` was timed out, a hanging fetch was not); `waitForTask` had the same hole.
 *
 * Time is fake (only setTimeout and clearTimeout), so nothing here waits on the machine's speed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTaskRecordClient, isVwedTimeoutError, type TaskRecordClientOptions } from '../../src/index.js';
import { origin } from './msw.js';
import { specExample } from './spec-examples.js';

/** A fetch that ignores its signal and answers only when the test says so, if ever. */
function heldFetch() {
  const calls: { resolve: (response: Response) => void; reject: (error: unknown) => void }[] = [];
  const fetch = (() =>
    new Promise<Response>((resolve, reject) => {
      calls.push({ resolve, reject });
    })) as typeof globalThis.fetch;
  return { fetch, calls };
}

/** Lets every pending promise callback and one turn of the event loop run (setImmediate is not faked). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Collects unhandled rejections for the test, on top of vitest's own detection. */
function watchUnhandled() {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => seen.push(reason);
  process.on('unhandledRejection', listener);
  return {
    seen,
    stop: () => process.off('unhandledRejection', listener),
  };
}

let unhandled: ReturnType<typeof watchUnhandled>;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  unhandled = watchUnhandled();
});

afterEach(() => {
  vi.useRealTimers();
  unhandled.stop();
});

/** The outcome of a promise, without leaving it unhandled while time is stepped. */
function outcome(promise: Promise<unknown>) {
  const state: { settled: boolean; value?: unknown; error?: unknown } = { settled: false };
  promise.then(
    (value) => Object.assign(state, { settled: true, value }),
    (error: unknown) => Object.assign(state, { settled: true, error }),
  );
  return state;
}

describe('timeoutMs', () => {
  it('rejects on time when fetch ignores the signal and never settles', async () => {
    const { fetch, calls } = heldFetch();
    const client = createTaskRecordClient({ baseUrl: origin, fetch, timeoutMs: 1_000 });
    const result = outcome(client.getTaskRecord('x'));
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(1);
    expect(result.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(result.settled).toBe(true);
    expect(isVwedTimeoutError(result.error)).toBe(true);
    expect(result.error).toMatchObject({ operation: 'getTaskRecord', timeoutMs: 1_000 });
  });

  it.each<[string, Partial<TaskRecordClientOptions>]>([
    ['a body that never ends', { fetch: async () => new Response(new ReadableStream()) }],
    [
      'a middleware that never returns',
      { middleware: [{ onRequest: () => new Promise<undefined>(() => {}) }], fetch: heldFetch().fetch },
    ],
  ])('rejects on time with %s', async (_name, options) => {
    const client = createTaskRecordClient({ baseUrl: origin, timeoutMs: 500, ...options });
    const result = outcome(client.getTaskRecord('x'));
    await vi.advanceTimersByTimeAsync(500);
    expect(isVwedTimeoutError(result.error)).toBe(true);
  });

  it('times out each attempt of a retried GET, then rejects', async () => {
    const { fetch, calls } = heldFetch();
    const client = createTaskRecordClient({
      baseUrl: origin,
      fetch,
      timeoutMs: 100,
      retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 10 },
    });
    const result = outcome(client.getTaskRecord('x'));
    await vi.advanceTimersByTimeAsync(100 * 3 + 10 * 2);
    expect(calls).toHaveLength(3);
    expect(isVwedTimeoutError(result.error)).toBe(true);
  });

  it.each([
    ['resolves', (call: ReturnType<typeof heldFetch>['calls'][number]) => call.resolve(Response.json({}))],
    ['rejects', (call: ReturnType<typeof heldFetch>['calls'][number]) => call.reject(new TypeError('late'))],
  ])('an abandoned fetch that %s later raises no unhandled rejection', async (_name, late) => {
    const { fetch, calls } = heldFetch();
    const client = createTaskRecordClient({ baseUrl: origin, fetch, timeoutMs: 100 });
    const result = outcome(client.getTaskRecord('x'));
    await vi.advanceTimersByTimeAsync(100);
    expect(isVwedTimeoutError(result.error)).toBe(true);
    late(calls[0] as ReturnType<typeof heldFetch>['calls'][number]);
    await settle();
    await settle();
    expect(unhandled.seen).toEqual([]);
  });

  it('an abandoned headers function that rejects later raises no unhandled rejection', async () => {
    let fail!: (error: unknown) => void;
    const client = createTaskRecordClient({
      baseUrl: origin,
      timeoutMs: 100,
      headers: () =>
        new Promise((_resolve, reject) => {
          fail = reject;
        }),
    });
    const result = outcome(client.getTaskRecord('x'));
    await vi.advanceTimersByTimeAsync(100);
    expect(isVwedTimeoutError(result.error)).toBe(true);
    fail(new Error('the token service gave up'));
    await settle();
    await settle();
    expect(unhandled.seen).toEqual([]);
  });
});

describe('an abort', () => {
  it('rejects at once with its reason when fetch ignores the signal', async () => {
    const { fetch, calls } = heldFetch();
    const client = createTaskRecordClient({ baseUrl: origin, fetch });
    const controller = new AbortController();
    const result = outcome(client.getTaskRecord('x', { signal: controller.signal }));
    await settle();
    expect(calls).toHaveLength(1);
    const reason = new Error('the user left');
    controller.abort(reason);
    await settle();
    expect(result.error).toBe(reason);
    calls[0]?.reject(new TypeError('late'));
    await settle();
    await settle();
    expect(unhandled.seen).toEqual([]);
  });
});

describe("waitForTask's timeoutMs", () => {
  it('rejects on time when a poll never settles, with no client time limit', async () => {
    const { fetch, calls } = heldFetch();
    const client = createTaskRecordClient({ baseUrl: origin, fetch });
    const result = outcome(client.waitForTask('x', { intervalMs: 100, timeoutMs: 1_000 }));
    await vi.advanceTimersByTimeAsync(999);
    expect(result.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(1);
    expect(isVwedTimeoutError(result.error)).toBe(true);
    expect(result.error).toMatchObject({ operation: 'waitForTask', timeoutMs: 1_000 });
    calls[0]?.resolve(Response.json(specExample('getTaskRecord', '200')));
    await settle();
    await settle();
    expect(unhandled.seen).toEqual([]);
  });

  it('rejects on time when a later poll hangs', async () => {
    const running = specExample('getTaskRecord', '200');
    (running.data as Record<string, unknown>).status = 1001;
    let polls = 0;
    const fetch = (async () => {
      polls++;
      return polls === 1 ? Response.json(running) : new Promise<Response>(() => {});
    }) as typeof globalThis.fetch;
    const client = createTaskRecordClient({ baseUrl: origin, fetch });
    const result = outcome(client.waitForTask('x', { intervalMs: 100, timeoutMs: 1_000 }));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(polls).toBe(2);
    expect(isVwedTimeoutError(result.error)).toBe(true);
  });
});
