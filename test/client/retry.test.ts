/**
 * GETs are retried when asked to, on the failures worth retrying; POSTs never are: a
 * repeated retry or stop would act twice.
 */
import { HttpResponse, http } from 'msw';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { parseRetryAfter, retryDelay } from '../../src/client/retry-delay.js';
import { createTaskRecordClient, isVwedApiError, isVwedNetworkError } from '../../src/index.js';
import { apiUrl, origin, server, useMswServer } from './msw.js';
import { exampleData, specExample } from './spec-examples.js';

useMswServer();

const fast = { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 };

/** A handler that fails `failures` times with `respond`, then answers the detail example. */
function flaky(method: 'get' | 'post', route: string, failures: number, respond: () => Response) {
  const calls = { count: 0 };
  server.use(
    http[method](`${apiUrl}${route}`, () => {
      calls.count++;
      return calls.count <= failures ? respond() : HttpResponse.json(specExample('getTaskRecord', '200'));
    }),
  );
  return calls;
}

describe('GET with retry', () => {
  it.each([408, 429, 502, 503, 504])('retries HTTP %i and then succeeds', async (status) => {
    const calls = flaky('get', '/detail/:id', 2, () =>
      HttpResponse.json({ code: status, message: 'busy' }, { status }),
    );
    const client = createTaskRecordClient({ baseUrl: origin, retry: fast });
    await expect(client.getTaskRecord('x')).resolves.toEqual(exampleData('getTaskRecord'));
    expect(calls.count).toBe(3);
  });

  it('retries network errors', async () => {
    const calls = flaky('get', '/detail/:id', 1, () => HttpResponse.error());
    const client = createTaskRecordClient({ baseUrl: origin, retry: fast });
    await expect(client.getTaskRecord('x')).resolves.toEqual(exampleData('getTaskRecord'));
    expect(calls.count).toBe(2);
  });

  it('gives up after `attempts` and throws the last failure', async () => {
    const calls = flaky('get', '/detail/:id', 10, () =>
      HttpResponse.json({ code: 503, message: '忙' }, { status: 503 }),
    );
    const client = createTaskRecordClient({ baseUrl: origin, retry: fast });
    const error = await client.getTaskRecord('x').catch((caught: unknown) => caught);
    expect(isVwedApiError(error, 503)).toBe(true);
    expect(calls.count).toBe(3);
  });

  it('does not retry other failures (404, 500)', async () => {
    for (const status of [404, 500]) {
      const calls = flaky('get', '/detail/:id', 10, () =>
        HttpResponse.json({ code: status, message: 'no' }, { status }),
      );
      const client = createTaskRecordClient({ baseUrl: origin, retry: fast });
      await expect(client.getTaskRecord('x')).rejects.toMatchObject({ code: status });
      expect(calls.count).toBe(1);
    }
  });

  it('is off by default', async () => {
    const calls = flaky('get', '/detail/:id', 10, () =>
      HttpResponse.json({ code: 503, message: '忙' }, { status: 503 }),
    );
    const client = createTaskRecordClient({ baseUrl: origin });
    await expect(client.getTaskRecord('x')).rejects.toMatchObject({ code: 503 });
    expect(calls.count).toBe(1);
  });

  it('honours Retry-After in seconds', async () => {
    // On fake timers, the second is stepped through rather than slept: the clock moves only from
    // one timer the client set to the next, so the gap below is exactly what the client waited.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const times: number[] = [];
    server.use(
      http.get(`${apiUrl}/detail/:id`, () => {
        times.push(Date.now());
        return times.length === 1
          ? HttpResponse.json({ code: 503, message: '忙' }, { status: 503, headers: { 'Retry-After': '1' } })
          : HttpResponse.json(specExample('getTaskRecord', '200'));
      }),
    );
    const client = createTaskRecordClient({ baseUrl: origin, retry: fast });
    let settled = false;
    const answer = client.getTaskRecord('x').finally(() => {
      settled = true;
    });
    while (!settled) await vi.advanceTimersToNextTimerAsync();
    await expect(answer).resolves.toEqual(exampleData('getTaskRecord'));
    expect(times).toHaveLength(2);
    // The backoff alone would wait at most 5 ms; Retry-After asks for a second.
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('fails at once when Retry-After asks for longer than maxRetryAfterMs', async () => {
    const calls = flaky('get', '/detail/:id', 10, () =>
      HttpResponse.json(
        { code: 429, message: 'slow down' },
        { status: 429, headers: { 'Retry-After': '3600' } },
      ),
    );
    const client = createTaskRecordClient({ baseUrl: origin, retry: { ...fast, maxRetryAfterMs: 1_000 } });
    await expect(client.getTaskRecord('x')).rejects.toMatchObject({ code: 429 });
    expect(calls.count).toBe(1);
  });

  it('stops waiting between attempts when the signal aborts', async () => {
    const calls = flaky('get', '/detail/:id', 10, () =>
      HttpResponse.json({ code: 503, message: '忙' }, { status: 503, headers: { 'Retry-After': '30' } }),
    );
    const client = createTaskRecordClient({ baseUrl: origin, retry: { attempts: 3 } });
    const controller = new AbortController();
    const reason = new Error('cancelled by the user');
    setTimeout(() => controller.abort(reason), 50);
    await expect(client.getTaskRecord('x', { signal: controller.signal })).rejects.toBe(reason);
    expect(calls.count).toBe(1);
  });
});

describe('POST is never retried', () => {
  it.each([
    ['stopTask', '/stop/:id'],
    ['retryTask', '/retry/:id'],
    ['setTaskError', '/set-error/:id'],
  ] as const)(
    '%s is sent once even with retry on, on 503 and on network errors',
    async (operation, route) => {
      const client = createTaskRecordClient({ baseUrl: origin, retry: { ...fast, attempts: 5 } });
      const call = () =>
        operation === 'setTaskError' ? client.setTaskError('x', 'reason') : client[operation]('x');

      const unavailable = flaky('post', route, 10, () =>
        HttpResponse.json({ code: 503, message: '忙' }, { status: 503 }),
      );
      await expect(call()).rejects.toMatchObject({ code: 503 });
      expect(unavailable.count).toBe(1);

      const broken = flaky('post', route, 10, () => HttpResponse.error());
      const error = await call().catch((caught: unknown) => caught);
      expect(isVwedNetworkError(error)).toBe(true);
      expect(broken.count).toBe(1);
    },
  );
});

describe('retryDelay and parseRetryAfter', () => {
  const options = { attempts: 5, baseDelayMs: 100, maxDelayMs: 1_000, maxRetryAfterMs: 10_000 };

  it('doubles with jitter between half and all of the step, up to the maximum', () => {
    expect(retryDelay(1, undefined, options, () => 0)).toBe(50);
    expect(retryDelay(1, undefined, options, () => 1)).toBe(100);
    expect(retryDelay(3, undefined, options, () => 1)).toBe(400);
    expect(retryDelay(10, undefined, options, () => 1)).toBe(1_000);
  });

  it('waits for Retry-After when it is longer, and refuses one over the maximum', () => {
    expect(retryDelay(1, 3_000, options, () => 1)).toBe(3_000);
    expect(retryDelay(1, 20_000, options, () => 1)).toBeUndefined();
  });

  it('reads seconds and HTTP dates, and ignores the unreadable', () => {
    const now = Date.parse('2026-11-28T12:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7_000);
    expect(parseRetryAfter('Sat, 28 Nov 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Sat, 28 Nov 2026 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
