/**
 * The control client's failures, each a typed error: a refused or unknown control request is a
 * `MockControlError` with the HTTP status, the operationId and the answer's `{code, message}`
 * (against both targets); an answer that is not the control API's JSON is one too; a failed
 * fetch is a `VwedNetworkError` and a time limit run out a `VwedTimeoutError`, as with the
 * task-record client.
 */
import { describe, expect, it } from 'vitest';
import {
  createMockControlClient,
  isMockControlError,
  isVwedNetworkError,
  isVwedTimeoutError,
  MockControlError,
  type StoreState,
  type TaskDefinitionInput,
} from '../../src/control/index.js';
import { isVwedError, VwedError } from '../../src/index.js';
import { startTestServer } from '../server/harness.js';
import { checkedFetch, startTarget, targetNames, useControlTargets } from './control-targets.js';
import { threeBlocks } from './setup-scenario.js';

useControlTargets();

/** What `promise` rejected with; fails the test if it resolved. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => expect.fail(`expected a rejection, got ${JSON.stringify(value)}`),
    (error: unknown) => error,
  );
}

describe.each(targetNames)('failure answers against %s', (name) => {
  it('a run of an unknown definition: a MockControlError 400 with the answer verbatim', async () => {
    const { control } = await startTarget(name);
    const error = await rejection(control.runTask('no-such-definition'));
    expect(isMockControlError(error, 400)).toBe(true);
    expect(error).toBeInstanceOf(MockControlError);
    expect(error).toBeInstanceOf(VwedError);
    expect(isVwedError(error)).toBe(true);
    expect(error).toMatchObject({
      name: 'MockControlError',
      operation: 'runTask',
      code: 400,
      httpStatus: 400,
      message: '控制请求无效: runTask: no definition "no-such-definition"',
      body: { code: 400, message: '控制请求无效: runTask: no definition "no-such-definition"' },
    });
  });

  it.each([
    [
      'addDefinition',
      'a definition without its block tree',
      async (target: Awaited<ReturnType<typeof startTarget>>) =>
        target.control.addDefinition({ id: 'no-detail' } as TaskDefinitionInput),
    ],
    [
      'addDefinition',
      'a periodic definition with a period under 1 s',
      (target: Awaited<ReturnType<typeof startTarget>>) =>
        target.control.addDefinition({ ...threeBlocks, periodicTask: 1, period: 10 }),
    ],
    [
      'injectFault',
      'a fault status the spec does not document for the operation',
      (target: Awaited<ReturnType<typeof startTarget>>) =>
        target.control.injectFault({ operation: 'getTaskRecord', status: 401 }),
    ],
    [
      'restoreSnapshot',
      'a state of another version',
      (target: Awaited<ReturnType<typeof startTarget>>) =>
        target.control.restore({ version: 2 } as unknown as StoreState),
    ],
  ])('%s refuses %s with a 400, and nothing changes', async (operation, _, call) => {
    const target = await startTarget(name, { seed: 'demo' });
    const before = target.store.snapshot();
    const error = await rejection(call(target));
    expect(isMockControlError(error, 400)).toBe(true);
    expect(error).toMatchObject({
      operation,
      httpStatus: 400,
      message: expect.stringMatching(/^控制请求无效: /),
    });
    expect(target.store.snapshot()).toEqual(before);
  });

  it('a base URL that already ends with /__mock: a MockControlError 404 naming the path', async () => {
    const target = await startTarget(name);
    const baseUrl = `${target.baseUrl}/__mock`;
    const control = createMockControlClient({ baseUrl, fetch: checkedFetch(baseUrl, []) });
    const error = await rejection(control.advanceClock(1_000));
    expect(isMockControlError(error, 404)).toBe(true);
    expect(error).toMatchObject({
      operation: 'advanceClock',
      httpStatus: 404,
      message: '未找到控制接口: POST /__mock/__mock/clock/advance',
    });
  });
});

describe('failure answers of the reference server', () => {
  it('with the control API off: a MockControlError 404; the health check still answers', async () => {
    const server = await startTestServer({ control: false });
    const control = createMockControlClient({ baseUrl: server.url, fetch: checkedFetch(server.url, []) });
    expect(await control.health()).toEqual({ status: 'ok' });
    const error = await rejection(control.snapshot());
    expect(isMockControlError(error, 404)).toBe(true);
    expect(error).toMatchObject({
      operation: 'getSnapshot',
      message: expect.stringMatching(/控制接口已关闭/),
    });
  });

  it('a server that is gone: a VwedNetworkError naming the operation, what fetch threw as its cause', async () => {
    const server = await startTestServer();
    const control = createMockControlClient({ baseUrl: server.url });
    await server.close();
    const error = await rejection(control.health());
    expect(isVwedNetworkError(error)).toBe(true);
    expect(error).toMatchObject({
      operation: 'getHealth',
      message: expect.stringMatching(/^\[vwed\] getHealth: the request failed/),
    });
    expect((error as Error).cause).toBeInstanceOf(TypeError);
  });
});

describe("answers that are not the control API's", () => {
  const baseUrl = 'http://gateway.test';
  const answering =
    (response: () => Response): typeof fetch =>
    async () =>
      response();

  it("a proxy's HTML page: a MockControlError with the status and an excerpt of the page", async () => {
    const page = `<html><body><h1>502 Bad Gateway</h1>${' '.repeat(50)}${'x'.repeat(300)}</body></html>`;
    const control = createMockControlClient({
      baseUrl,
      fetch: answering(() => new Response(page, { status: 502, headers: { 'content-type': 'text/html' } })),
    });
    const error = await rejection(control.runUntilIdle());
    expect(isMockControlError(error, 502)).toBe(true);
    expect(error).toMatchObject({ operation: 'runUntilIdle', httpStatus: 502 });
    expect((error as Error).message).toMatch(
      /^\[vwed\] runUntilIdle: expected a JSON object, got text\/html \(HTTP 502\): <html><body><h1>502 Bad Gateway<\/h1> x+…$/,
    );
    expect(((error as MockControlError).body as string).length).toBeLessThanOrEqual(201);
  });

  it.each([
    [
      'text that is not JSON',
      () => new Response('ok', { status: 200 }),
      /got text\/plain;charset=UTF-8 \(HTTP 200\): ok$/,
      'ok',
    ],
    [
      'an empty body',
      () => new Response(null, { status: 201 }),
      /got no content type \(HTTP 201\), empty$/,
      '',
    ],
    ['a JSON array', () => Response.json([1, 2]), /got application\/json \(HTTP 200\): \[1,2\]$/, [1, 2]],
  ])('a 2xx with %s: a MockControlError, not a success', async (_, response, message, body) => {
    const control = createMockControlClient({ baseUrl, fetch: answering(response) });
    const error = await rejection(control.clearFaults());
    expect(isMockControlError(error)).toBe(true);
    expect(error).toMatchObject({ operation: 'clearFaults', message: expect.stringMatching(message), body });
  });

  it("a failure without {code, message}: the HTTP status as the code, a message of the client's own", async () => {
    const control = createMockControlClient({
      baseUrl,
      fetch: answering(() => Response.json({ error: 'teapot' }, { status: 418 })),
    });
    const error = await rejection(control.reset());
    expect(error).toMatchObject({
      operation: 'resetStore',
      code: 418,
      httpStatus: 418,
      message: '[vwed] resetStore: failed with HTTP 418',
      body: { error: 'teapot' },
    });
  });
});

describe('time limits', () => {
  it('timeoutMs: a fetch that never answers (and ignores the signal) rejects with a VwedTimeoutError', async () => {
    const control = createMockControlClient({
      baseUrl: 'http://slow.test',
      fetch: () => new Promise<Response>(() => {}),
      timeoutMs: 30,
    });
    const error = await rejection(control.snapshot());
    expect(isVwedTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({
      operation: 'getSnapshot',
      timeoutMs: 30,
      message: '[vwed] getSnapshot: no answer within 30 ms',
    });
  });

  it('timeoutMs: the signal reaches fetch', async () => {
    let signal: AbortSignal | undefined;
    const control = createMockControlClient({
      baseUrl: 'http://slow.test',
      fetch: (input) => {
        signal = (input as Request).signal;
        return new Promise<Response>(() => {});
      },
      timeoutMs: 30,
    });
    await rejection(control.health());
    expect(signal?.aborted).toBe(true);
    expect(isVwedTimeoutError(signal?.reason)).toBe(true);
  });
});
