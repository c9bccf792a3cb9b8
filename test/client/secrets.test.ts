/**
 * The Authorization value never appears in an error, whatever fails: a token is put in the
 * headers and the client is driven through every failure it can have. The token must be
 * nowhere in what the error exposes: its message, any own property (enumerable or not, string
 * or symbol keyed, however deep, the `cause` chain included, and what a Request, a Response or
 * Headers holds behind its accessors), nor `util.inspect` with everything shown.
 */
import { inspect } from 'node:util';
import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createTaskRecordClient, type TaskRecordClientOptions } from '../../src/index.js';
import { apiUrl, origin, server, useMswServer } from './msw.js';
import { specExample } from './spec-examples.js';

// Captured before MSW patches it (listen() runs in beforeAll): a real, unmocked fetch.
const realFetch = globalThis.fetch;

useMswServer();

const secret = 's3cr3t-t0ken';
const authorization = `Bearer ${secret}`;

/** Every path under `root` at which a string holding `needle` was found. */
function findText(root: unknown, needle: string): string[] {
  const found: string[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      if (value.includes(needle)) found.push(path);
      return;
    }
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value))
      return;
    seen.add(value);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      let child: unknown;
      try {
        child = descriptor && 'value' in descriptor ? descriptor.value : descriptor?.get?.call(value);
      } catch {
        continue;
      }
      visit(child, `${path}[${String(key)}]`);
    }
    // What these keep in internal slots, behind accessors on their prototypes.
    if (value instanceof Request || value instanceof Response) {
      visit(value.url, `${path}.url`);
      visit(value.headers, `${path}.headers`);
    }
    if (value instanceof Headers || value instanceof Map) {
      for (const [key, item] of value)
        visit(`${String(key)}: ${String(item)}`, `${path}.get(${String(key)})`);
    }
  };
  visit(root, 'error');
  return found;
}

/** Where the secret shows in an error: its message, its fields, the cause chain, inspect. */
function leaks(error: unknown): string[] {
  const found = findText(error, secret);
  const shown = [
    String(error),
    error instanceof Error ? error.message : '',
    inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true, getters: true }),
  ];
  for (const text of shown) if (text.includes(secret)) found.push(`shown: ${text.slice(0, 200)}`);
  return found;
}

/** Runs a step that must fail, synchronously or not, and returns what it threw. */
async function failure(step: () => unknown): Promise<unknown> {
  try {
    await step();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

/** Answers the detail with `respond`, recording the Authorization each request carried. */
function answer(respond: () => Response | Promise<Response>) {
  const sent: (string | null)[] = [];
  server.use(
    http.all(`${apiUrl}/*`, async ({ request }) => {
      sent.push(request.headers.get('authorization'));
      return respond();
    }),
  );
  return sent;
}

const viaObject = { baseUrl: origin, headers: { Authorization: authorization } };
const viaFunction = { baseUrl: origin, headers: async () => ({ Authorization: authorization }) };

/** A client with the token, built in both ways the headers can be given. */
const ways: [string, TaskRecordClientOptions][] = [
  ['static headers', viaObject],
  ['a headers function', viaFunction],
];

const hang = async () => {
  await delay('infinite');
  return HttpResponse.json({});
};

/** Failures that come back from the server or the transport: the token was sent. */
const answered: [string, () => Response | Promise<Response>, Partial<TaskRecordClientOptions>?][] = [
  [
    'HTTP 400 with a body code',
    () => HttpResponse.json({ code: 400, message: '任务状态为 1000' }, { status: 400 }),
  ],
  ['HTTP 401 with no body', () => new HttpResponse(null, { status: 401 })],
  ['HTTP 403 with a text body', () => new HttpResponse('forbidden', { status: 403 })],
  ['HTTP 404', () => HttpResponse.json({ code: 404, message: '未找到ID为 x 的任务记录' }, { status: 404 })],
  ['HTTP 500', () => HttpResponse.json({ code: 500, message: 'boom' }, { status: 500 })],
  [
    'HTTP 503, retried until given up',
    () => HttpResponse.json({ code: 503 }, { status: 503 }),
    { retry: { attempts: 2, baseDelayMs: 1 } },
  ],
  ['a body code error under HTTP 200', () => HttpResponse.json({ code: 404, message: 'gone' })],
  ['success: false under HTTP 200', () => HttpResponse.json({ success: false, message: '失败' })],
  [
    'a FastAPI {detail} (422)',
    () => HttpResponse.json(specExample('setTaskError', '422', 'missingReason'), { status: 422 }),
  ],
  ['a FastAPI {detail} string', () => HttpResponse.json({ detail: 'Not authenticated' }, { status: 401 })],
  [
    'an HTML page (502)',
    () => HttpResponse.html('<html><title>502 Bad Gateway</title></html>', { status: 502 }),
  ],
  ['an HTML page under HTTP 200', () => HttpResponse.html('<html>log in</html>')],
  ['an empty success body', () => new HttpResponse(null, { status: 200 })],
  ['JSON that is no envelope', () => HttpResponse.json([1, 2, 3])],
  ['a network error', () => HttpResponse.error()],
  [
    'a network error, retried until given up',
    () => HttpResponse.error(),
    { retry: { attempts: 2, baseDelayMs: 1 } },
  ],
  ['a timeout', hang, { timeoutMs: 20 }],
  [
    'a validation failure',
    () => HttpResponse.json({ code: 200, message: 'ok', data: { id: 42, status: 'running' } }),
    { validate: true },
  ],
];

describe.each(ways)('the token in %s', (_way, base) => {
  it.each(answered)('is not in the error of %s', async (_name, respond, options) => {
    const sent = answer(respond);
    const client = createTaskRecordClient({ ...base, ...options });
    const error = await failure(() => client.getTaskRecord('x'));
    // The token went out (a time limit may fire before the request is seen: no count then).
    if (!options?.timeoutMs) expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((value) => value === authorization)).toBe(true);
    expect(leaks(error)).toEqual([]);
  });

  it('is not in the error of a refused connection (a real fetch, off MSW)', async () => {
    const client = createTaskRecordClient({ ...base, baseUrl: 'http://127.0.0.1:1', fetch: realFetch });
    const error = await failure(() => client.getTaskRecord('x'));
    expect(error).toMatchObject({ name: 'VwedNetworkError' });
    expect(leaks(error)).toEqual([]);
  });

  it('is not in the error of an abort mid-flight', async () => {
    const sent = answer(hang);
    const controller = new AbortController();
    const client = createTaskRecordClient(base);
    const pending = failure(() => client.stopTask('x', { signal: controller.signal }));
    while (sent.length === 0) await delay(1);
    controller.abort();
    const error = await pending;
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(leaks(error)).toEqual([]);
  });

  it("is not in the error of waitForTask's time limit", async () => {
    const running = specExample('getTaskRecord', '200');
    (running.data as Record<string, unknown>).status = 1001;
    answer(() => HttpResponse.json(running));
    const client = createTaskRecordClient(base);
    const error = await failure(() => client.waitForTask('x', { intervalMs: 5, timeoutMs: 30 }));
    expect(error).toMatchObject({ name: 'VwedTimeoutError' });
    expect(leaks(error)).toEqual([]);
  });

  it('is not in the error of a bad argument', async () => {
    const client = createTaskRecordClient(base);
    for (const call of [() => client.getTaskRecord('\uD800'), () => client.setTaskError('x', ' ')]) {
      expect(leaks(await failure(call))).toEqual([]);
    }
  });

  it.each<[string, NonNullable<TaskRecordClientOptions['middleware']>[number]]>([
    [
      'throws in onRequest',
      {
        onRequest: () => {
          throw new Error('the middleware refused');
        },
      },
    ],
    ['returns what openapi-fetch refuses', { onRequest: () => 'not a request' as unknown as Request }],
    [
      'throws in onResponse',
      {
        onResponse: () => {
          throw new Error('the middleware refused the answer');
        },
      },
    ],
    ['turns a network error into its own', { onError: () => new Error('the middleware saw it fail') }],
  ])('is not in the error of a middleware that %s', async (_name, middleware) => {
    answer(() => HttpResponse.error());
    const client = createTaskRecordClient({ ...base, middleware: [middleware] });
    expect(leaks(await failure(() => client.getTaskRecord('x')))).toEqual([]);
  });
});

describe('a token that fetch would refuse', () => {
  it.each([
    ['a newline', `${authorization}\nX-Admin: yes`],
    ['a CR LF', `${authorization}\r\n`.repeat(2)],
    ['a NUL', `${authorization}\0`],
    ['a character above U+00FF', `${authorization}令牌`],
  ])('with %s is not in the error, static or from a function', async (_name, token) => {
    const atCreation = await failure(() =>
      createTaskRecordClient({ baseUrl: origin, headers: { Authorization: token } }),
    );
    expect(atCreation).toBeInstanceOf(TypeError);
    expect(leaks(atCreation)).toEqual([]);
    const client = createTaskRecordClient({ baseUrl: origin, headers: () => ({ Authorization: token }) });
    const atCall = await failure(() => client.getTaskRecord('x'));
    expect(atCall).toBeInstanceOf(TypeError);
    expect(leaks(atCall)).toEqual([]);
  });

  it('beside a header with a bad name, is not in the error', async () => {
    const headers = { Authorization: authorization, 'X Tenant': 'plant-7' };
    expect(leaks(await failure(() => createTaskRecordClient({ baseUrl: origin, headers })))).toEqual([]);
  });
});

it('the search finds the token where it is (the check is not vacuous)', () => {
  // A Request kept in a non-enumerable field of a cause: its headers sit in internal slots.
  const request = new Request(apiUrl, { headers: { Authorization: authorization } });
  const hidden = new Error('x');
  Object.defineProperty(hidden, 'request', { value: request, enumerable: false });
  const found = findText(new Error('outer', { cause: hidden }), secret);
  expect(found.length).toBeGreaterThan(0);
  expect(found.every((path) => path.startsWith('error[cause][request]'))).toBe(true);
  expect(findText({ [Symbol('s')]: [authorization] }, secret)).toEqual(['error[Symbol(s)][0]']);
  expect(leaks(new Error(`[vwed] ${authorization}`))).not.toEqual([]);
});
