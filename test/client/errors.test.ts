/**
 * Every way a response can fail becomes one typed error. (That no error carries the caller's
 * credentials is secrets.test.ts.)
 */
import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  createTaskRecordClient,
  isVwedApiError,
  isVwedError,
  isVwedNetworkError,
  isVwedTimeoutError,
  VwedApiError,
  VwedNetworkError,
  VwedTimeoutError,
} from '../../src/index.js';
import { apiUrl, origin, server, useMswServer } from './msw.js';
import { exampleData, specExample } from './spec-examples.js';

useMswServer();

const client = createTaskRecordClient({ baseUrl: origin });

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );
}

describe('a failing body under HTTP 200 (R4)', () => {
  it('a body code other than 200 is a VwedApiError with that code', async () => {
    server.use(
      http.get(`${apiUrl}/detail/:id`, () =>
        HttpResponse.json({ code: 404, message: '未找到ID为 x 的任务记录' }),
      ),
    );
    const error = await failure(client.getTaskRecord('x'));
    expect(error).toMatchObject({
      name: 'VwedApiError',
      code: 404,
      httpStatus: 200,
      message: '未找到ID为 x 的任务记录',
    });
  });

  it('success: false is a VwedApiError', async () => {
    server.use(
      http.post(`${apiUrl}/set-error/:id`, () =>
        HttpResponse.json({ success: false, code: 404, message: '任务记录不存在' }),
      ),
    );
    const error = await failure(client.setTaskError('x', 'reason'));
    expect(isVwedApiError(error, 404)).toBe(true);
    expect(error).toMatchObject({ httpStatus: 200, message: '任务记录不存在' });
  });

  it('success: false without a code under HTTP 200 gets code 500, never 200', async () => {
    server.use(
      http.post(`${apiUrl}/set-error/:id`, () => HttpResponse.json({ success: false, message: '失败' })),
    );
    const error = await failure(client.setTaskError('x', 'reason'));
    expect(error).toMatchObject({ name: 'VwedApiError', code: 500, httpStatus: 200, message: '失败' });
  });

  it('HTTP 500 with a body that claims code 200 gets code 500', async () => {
    server.use(
      http.get(`${apiUrl}/detail/:id`, () =>
        HttpResponse.json({ code: 200, message: 'oops' }, { status: 500 }),
      ),
    );
    const error = await failure(client.getTaskRecord('x'));
    expect(error).toMatchObject({ name: 'VwedApiError', code: 500, httpStatus: 500, message: 'oops' });
  });
});

describe("set-error's own success envelope (R3)", () => {
  it('is unwrapped when it comes as documented, {success: true, message, data}', async () => {
    server.use(
      http.post(`${apiUrl}/set-error/:id`, () => HttpResponse.json(specExample('setTaskError', '200'))),
    );
    await expect(client.setTaskError('x', 'reason')).resolves.toEqual(exampleData('setTaskError'));
  });

  it('is unwrapped when a server sends the common {code: 200, message, data} instead', async () => {
    const { data, message } = specExample('setTaskError', '200');
    server.use(http.post(`${apiUrl}/set-error/:id`, () => HttpResponse.json({ code: 200, message, data })));
    await expect(client.setTaskError('x', 'reason')).resolves.toEqual(data);
  });
});

describe('bodies that are not the API', () => {
  it('an HTML page from a proxy (502) says so and keeps a short excerpt', async () => {
    const page = `<html><head><title>502 Bad Gateway</title></head><body>${'x'.repeat(5000)}</body></html>`;
    server.use(
      http.get(`${apiUrl}/detail/:id`, () =>
        HttpResponse.html(page, { status: 502, headers: { 'Content-Type': 'text/html' } }),
      ),
    );
    const error = await failure(client.getTaskRecord('x'));
    expect(error).toBeInstanceOf(VwedApiError);
    const apiError = error as VwedApiError;
    expect(apiError.code).toBe(502);
    expect(apiError.message).toMatch(
      /^\[vwed\] getTaskRecord: expected a JSON body, got text\/html \(HTTP 502\)/,
    );
    expect(apiError.message).toContain('502 Bad Gateway');
    expect(apiError.message.length).toBeLessThan(400);
    expect(String(apiError.body).length).toBeLessThanOrEqual(201);
  });

  it('an HTML page under HTTP 200 is an error too', async () => {
    server.use(http.get(`${apiUrl}/blocks/:id`, () => HttpResponse.html('<html>login</html>')));
    const error = await failure(client.getBlockRecords('x'));
    expect(error).toMatchObject({ name: 'VwedApiError', code: 200, httpStatus: 200 });
    expect((error as Error).message).toContain('expected a JSON body');
  });

  it('a FastAPI {detail} body (422) is a VwedApiError with a readable message', async () => {
    server.use(
      http.post(`${apiUrl}/set-error/:id`, () =>
        HttpResponse.json(specExample('setTaskError', '422', 'missingReason'), { status: 422 }),
      ),
    );
    const error = await failure(client.setTaskError('x', 'reason'));
    expect(error).toMatchObject({ name: 'VwedApiError', code: 422, httpStatus: 422 });
    expect((error as Error).message).toBe('body.error_reason: Field required');
  });

  it('a JSON body that is no envelope is a VwedApiError that says what it expected', async () => {
    server.use(http.get(`${apiUrl}/detail/:id`, () => HttpResponse.json([1, 2, 3])));
    const error = await failure(client.getTaskRecord('x'));
    expect(error).toMatchObject({ name: 'VwedApiError', code: 200 });
    expect((error as Error).message).toContain('expected a success envelope');
  });

  it('an empty success body is an error, not undefined data', async () => {
    server.use(http.get(`${apiUrl}/detail/:id`, () => new HttpResponse(null, { status: 200 })));
    const error = await failure(client.getTaskRecord('x'));
    expect(error).toMatchObject({ name: 'VwedApiError', code: 200 });
    expect((error as Error).message).toContain('empty');
  });
});

describe('transport failures', () => {
  it('a network error is a VwedNetworkError that keeps the cause', async () => {
    server.use(http.get(`${apiUrl}/detail/:id`, () => HttpResponse.error()));
    const error = await failure(client.getTaskRecord('x'));
    expect(error).toBeInstanceOf(VwedNetworkError);
    expect(isVwedNetworkError(error)).toBe(true);
    expect(isVwedError(error)).toBe(true);
    expect((error as Error).cause).toBeInstanceOf(TypeError);
    expect((error as VwedNetworkError).operation).toBe('getTaskRecord');
  });

  it('an attempt slower than timeoutMs is a VwedTimeoutError', async () => {
    server.use(
      http.get(`${apiUrl}/detail/:id`, async () => {
        await delay(2_000);
        return HttpResponse.json(specExample('getTaskRecord', '200'));
      }),
    );
    const timed = createTaskRecordClient({ baseUrl: origin, timeoutMs: 50 });
    const started = Date.now();
    const error = await failure(timed.getTaskRecord('x'));
    expect(error).toBeInstanceOf(VwedTimeoutError);
    expect(isVwedTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({ timeoutMs: 50, operation: 'getTaskRecord' });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('an abort mid-flight rejects with the signal reason, as fetch does', async () => {
    let reached!: () => void;
    const inHandler = new Promise<void>((resolve) => {
      reached = resolve;
    });
    server.use(
      http.get(`${apiUrl}/detail/:id`, async () => {
        reached();
        await delay(2_000);
        return HttpResponse.json(specExample('getTaskRecord', '200'));
      }),
    );
    const controller = new AbortController();
    const pending = client.getTaskRecord('x', { signal: controller.signal });
    await inHandler;
    controller.abort();
    const error = await failure(pending);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    expect(isVwedError(error)).toBe(false);
  });

  it('an abort mid-flight with a timeout set still rejects with the signal reason', async () => {
    server.use(
      http.get(`${apiUrl}/detail/:id`, async () => {
        await delay(2_000);
        return HttpResponse.json(specExample('getTaskRecord', '200'));
      }),
    );
    const timed = createTaskRecordClient({ baseUrl: origin, timeoutMs: 1_000 });
    const controller = new AbortController();
    const reason = new Error('the user left the page');
    const pending = timed.getTaskRecord('x', { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 20);
    await expect(pending).rejects.toBe(reason);
  });

  it('an already aborted signal rejects before any request', async () => {
    let seen = 0;
    server.use(
      http.get(`${apiUrl}/detail/:id`, () => {
        seen++;
        return HttpResponse.json(specExample('getTaskRecord', '200'));
      }),
    );
    const reason = new Error('gone');
    await expect(client.getTaskRecord('x', { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(seen).toBe(0);
  });
});
