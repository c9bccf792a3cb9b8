/**
 * waitForTask polls the detail until a terminal status (1000, 2000, 2001; not 2002),
 * reports each change, and stops on timeout or abort.
 */
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createTaskRecordClient, isVwedTimeoutError, type TaskRecordDetail } from '../../src/index.js';
import { apiUrl, origin, server, useMswServer } from './msw.js';
import { specExample } from './spec-examples.js';

useMswServer();

const client = createTaskRecordClient({ baseUrl: origin });

/** Answers the detail with these statuses in turn, repeating the last. */
function statuses(...sequence: number[]) {
  const served: number[] = [];
  server.use(
    http.get(`${apiUrl}/detail/:id`, () => {
      const status = sequence[Math.min(served.length, sequence.length - 1)] ?? 1001;
      served.push(status);
      const body = specExample('getTaskRecord', '200');
      (body.data as Record<string, unknown>).status = status;
      return HttpResponse.json(body);
    }),
  );
  return served;
}

describe('waitForTask', () => {
  it.each([1000, 2000, 2001])('resolves with the final detail once the status is %i', async (terminal) => {
    const served = statuses(1002, 1001, 1001, terminal);
    const updates: number[] = [];
    const final = await client.waitForTask('x', {
      intervalMs: 5,
      onUpdate: (detail: TaskRecordDetail) => updates.push(detail.status),
    });
    expect(final.status).toBe(terminal);
    expect(served).toEqual([1002, 1001, 1001, terminal]);
    // Called on the first poll and on each change, not on a repeat.
    expect(updates).toEqual([1002, 1001, terminal]);
  });

  it('keeps waiting through paused (2002), which is not terminal (R1)', async () => {
    const served = statuses(2002, 2002, 1001, 1000);
    const final = await client.waitForTask('x', { intervalMs: 5 });
    expect(final.status).toBe(1000);
    expect(served).toHaveLength(4);
  });

  it('rejects with a VwedTimeoutError when the task does not finish in time', async () => {
    statuses(1001);
    const error = await client
      .waitForTask('x', { intervalMs: 10, timeoutMs: 60 })
      .catch((caught: unknown) => caught);
    expect(isVwedTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({ operation: 'waitForTask', timeoutMs: 60 });
    expect((error as Error).message).toBe('[vwed] waitForTask: task record x did not finish within 60 ms');
  });

  it('rejects with the signal reason on abort', async () => {
    const served = statuses(1001);
    const controller = new AbortController();
    const reason = new Error('left the page');
    setTimeout(() => controller.abort(reason), 40);
    await expect(client.waitForTask('x', { intervalMs: 10, signal: controller.signal })).rejects.toBe(reason);
    const count = served.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(served.length).toBe(count);
  });

  it('passes on an API error of the detail', async () => {
    server.use(
      http.get(`${apiUrl}/detail/:id`, () =>
        HttpResponse.json({ code: 404, message: '未找到ID为 x 的任务记录' }, { status: 404 }),
      ),
    );
    await expect(client.waitForTask('x', { intervalMs: 5 })).rejects.toMatchObject({ code: 404 });
  });

  it('rejects bad options with a TypeError', async () => {
    await expect(client.waitForTask('x', { intervalMs: 0 })).rejects.toThrow(
      /intervalMs must be a finite number > 0/,
    );
    await expect(client.waitForTask('x', { timeoutMs: -1 })).rejects.toThrow(TypeError);
  });
});
