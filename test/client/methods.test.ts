/**
 * Each method through MSW and real fetch: the unwrapped data of the document's
 * examples, and each documented failure as a VwedApiError with the server's message.
 */
import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  createTaskRecordClient,
  isVwedApiError,
  isVwedNetworkError,
  isVwedTimeoutError,
  isVwedValidationError,
  type TaskRecordClient,
  VwedApiError,
} from '../../src/index.js';
import { apiUrl, origin, server, useMswServer } from './msw.js';
import { exampleData, specExample } from './spec-examples.js';

useMswServer();

const client = createTaskRecordClient({ baseUrl: origin });

interface MethodCase {
  operationId: string;
  method: 'get' | 'post';
  route: string;
  call: (client: TaskRecordClient, id: string) => Promise<unknown>;
  failures: string[];
}

const cases: MethodCase[] = [
  {
    operationId: 'getBlockRecords',
    method: 'get',
    route: '/blocks/:id',
    call: (c, id) => c.getBlockRecords(id),
    failures: ['500'],
  },
  {
    operationId: 'getBlockRecord',
    method: 'get',
    route: '/block/:id',
    call: (c, id) => c.getBlockRecord(id),
    failures: ['404'],
  },
  {
    operationId: 'stopTask',
    method: 'post',
    route: '/stop/:id',
    call: (c, id) => c.stopTask(id),
    failures: ['400', '500'],
  },
  {
    operationId: 'getExecutionResults',
    method: 'get',
    route: '/execution/block/results/:id',
    call: (c, id) => c.getExecutionResults(id),
    failures: ['404', '500'],
  },
  {
    operationId: 'getTaskRecord',
    method: 'get',
    route: '/detail/:id',
    call: (c, id) => c.getTaskRecord(id),
    failures: ['404', '500'],
  },
  {
    operationId: 'retryTask',
    method: 'post',
    route: '/retry/:id',
    call: (c, id) => c.retryTask(id),
    failures: ['400', '404', '500'],
  },
  {
    operationId: 'setTaskError',
    method: 'post',
    route: '/set-error/:id',
    call: (c, id) => c.setTaskError(id, '系统异常导致任务失败'),
    failures: ['400', '404', '500'],
  },
];

describe.each(cases)('$operationId', ({ operationId, method, route, call, failures }) => {
  it('resolves with the unwrapped data of the document example', async () => {
    const requests: { url: string; method: string; body: string }[] = [];
    server.use(
      http[method](`${apiUrl}${route}`, async ({ request }) => {
        requests.push({ url: request.url, method: request.method, body: await request.text() });
        return HttpResponse.json(specExample(operationId, '200'));
      }),
    );
    const id = '7b84fd4d-e947-4ec7-8535-05ede5f8aa9d';
    await expect(call(client, id)).resolves.toEqual(exampleData(operationId));
    expect(requests).toHaveLength(1);
    expect(requests[0]?.method).toBe(method.toUpperCase());
    expect(requests[0]?.url).toBe(`${apiUrl}${route.replace(':id', id)}`);
    if (operationId === 'setTaskError') {
      expect(JSON.parse(requests[0]?.body ?? '')).toEqual({ error_reason: '系统异常导致任务失败' });
    }
  });

  it.each(failures)(
    'rejects the documented %s with a VwedApiError carrying the message verbatim',
    async (status) => {
      const exampleName = operationId === 'setTaskError' ? setErrorExampleNames[status] : 'document';
      const examples = specExample(operationId, status, exampleName);
      server.use(
        http[method](`${apiUrl}${route}`, () => HttpResponse.json(examples, { status: Number(status) })),
      );
      const error = await call(client, 'some-id').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(VwedApiError);
      expect(isVwedApiError(error, Number(status))).toBe(true);
      expect(error).toMatchObject({
        name: 'VwedApiError',
        code: Number(status),
        httpStatus: Number(status),
        message: examples.message,
        operation: operationId,
        body: examples,
      });
    },
  );
});

describe.each(cases)('$operationId: every failure shape', ({ operationId, method, route, call }) => {
  const answer = (respond: () => Response | Promise<Response>) =>
    server.use(http[method](`${apiUrl}${route}`, respond));

  it('HTTP 200 with a failing body code is a VwedApiError', async () => {
    answer(() => HttpResponse.json({ success: false, code: 500, message: '服务器内部错误' }));
    await expect(call(client, 'x')).rejects.toMatchObject({
      name: 'VwedApiError',
      code: 500,
      httpStatus: 200,
    });
  });

  it('an HTML body is a VwedApiError that says so', async () => {
    answer(() => HttpResponse.html('<html>gateway</html>', { status: 502 }));
    await expect(call(client, 'x')).rejects.toThrow(/expected a JSON body, got text\/html \(HTTP 502\)/);
  });

  it('a 422 detail body is a VwedApiError', async () => {
    answer(() =>
      HttpResponse.json({ detail: [{ loc: ['path', 'id'], msg: 'bad', type: 'x' }] }, { status: 422 }),
    );
    await expect(call(client, 'x')).rejects.toMatchObject({ code: 422, message: 'path.id: bad' });
  });

  it('a network error is a VwedNetworkError', async () => {
    answer(() => HttpResponse.error());
    const error = await call(client, 'x').catch((caught: unknown) => caught);
    expect(isVwedNetworkError(error)).toBe(true);
  });

  it('a slow answer is a VwedTimeoutError', async () => {
    answer(async () => {
      await delay(1_000);
      return HttpResponse.json(specExample(operationId, '200'));
    });
    const timed = createTaskRecordClient({ baseUrl: origin, timeoutMs: 30 });
    const error = await call(timed, 'x').catch((caught: unknown) => caught);
    expect(isVwedTimeoutError(error)).toBe(true);
  });

  it('an abort mid-flight rejects with the reason', async () => {
    let reached!: () => void;
    const inHandler = new Promise<void>((resolve) => {
      reached = resolve;
    });
    answer(async () => {
      reached();
      await delay(1_000);
      return HttpResponse.json(specExample(operationId, '200'));
    });
    const controller = new AbortController();
    const reason = new Error('aborted by the test');
    const pending =
      operationId === 'setTaskError'
        ? client.setTaskError('x', 'reason', { signal: controller.signal })
        : client[operationId as 'getTaskRecord']('x', { signal: controller.signal });
    await inHandler;
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  it('validate: true rejects a malformed body', async () => {
    const body = specExample(operationId, '200');
    body.data = { unexpected: true };
    answer(() => HttpResponse.json(body));
    const validating = createTaskRecordClient({ baseUrl: origin, validate: true });
    const error = await call(validating, 'x').catch((caught: unknown) => caught);
    expect(isVwedValidationError(error)).toBe(true);
  });
});

// set-error's failure examples are not named `document`: the document gives no message.
const setErrorExampleNames: Record<string, string> = {
  '400': 'emptyReason',
  '404': 'unknownTaskRecord',
  '500': 'internal',
};

describe('results shapes', () => {
  it('getExecutionResults resolves flat mode as an array (R9)', async () => {
    server.use(
      http.get(`${apiUrl}/execution/block/results/:id`, () =>
        HttpResponse.json(specExample('getExecutionResults', '200', 'flat')),
      ),
    );
    const results = await client.getExecutionResults('x');
    expect(Array.isArray(results)).toBe(true);
    expect(results).toEqual(exampleData('getExecutionResults', 'flat'));
  });

  it('getBlockRecords resolves an unknown record as [] (R5)', async () => {
    server.use(
      http.get(`${apiUrl}/blocks/:id`, () =>
        HttpResponse.json(specExample('getBlockRecords', '200', 'unknownTaskRecord')),
      ),
    );
    await expect(client.getBlockRecords('no-such-record')).resolves.toEqual([]);
  });

  it('keeps fields a newer server adds', async () => {
    const body = specExample('getTaskRecord', '200');
    (body.data as Record<string, unknown>).new_field = 'from the future';
    server.use(http.get(`${apiUrl}/detail/:id`, () => HttpResponse.json(body)));
    await expect(client.getTaskRecord('x')).resolves.toMatchObject({ new_field: 'from the future' });
  });
});
