/**
 * Regression: the control client had no time limit unless given one, so a server that never
 * answered hung the test forever. The default is now 30,000 ms per request, still overridable;
 * when it runs out the request rejects with a VwedTimeoutError, even from a fetch that ignores
 * the abort signal.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMockControlClient, isVwedTimeoutError } from '../../src/control/index.js';

/** A fetch that never settles and ignores its signal, and the signals it was given. */
function silentFetch() {
  const signals: (AbortSignal | undefined)[] = [];
  const fetch = vi.fn<typeof globalThis.fetch>((input) => {
    signals.push((input as Request).signal);
    return new Promise<Response>(() => {});
  });
  return { fetch, signals };
}

describe('the default time limit of the control client', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a server that never answers: a VwedTimeoutError after 30,000 ms, not a hang', async () => {
    const { fetch, signals } = silentFetch();
    const control = createMockControlClient({ baseUrl: 'http://silent.test', fetch });
    let settled: unknown = 'pending';
    const reset = control.reset().then(
      () => 'resolved',
      (error: unknown) => error,
    );
    void reset.then((value) => {
      settled = value;
    });
    await vi.advanceTimersByTimeAsync(29_999);
    expect(settled).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    const error = await reset;
    expect(isVwedTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({
      operation: 'resetStore',
      timeoutMs: 30_000,
      message: '[vwed] resetStore: no answer within 30000 ms',
    });
    expect(fetch).toHaveBeenCalledOnce();
    expect(signals[0]?.aborted).toBe(true);
  });

  it('timeoutMs still overrides it', async () => {
    const { fetch } = silentFetch();
    const control = createMockControlClient({ baseUrl: 'http://silent.test', fetch, timeoutMs: 50 });
    const health = control.health().catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(50);
    expect(await health).toMatchObject({ name: 'VwedTimeoutError', operation: 'getHealth', timeoutMs: 50 });
  });
});
