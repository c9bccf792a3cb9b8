/**
 * Options are checked once, when the client is created, with a clear TypeError; headers
 * can be a function called per request; middleware passes through.
 */
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createTaskRecordClient, type TaskRecordClientOptions } from '../../src/index.js';
import { apiUrl, origin, server, useMswServer } from './msw.js';
import { specExample } from './spec-examples.js';

useMswServer();

describe('bad options throw at construction', () => {
  it.each([
    ['baseUrl', { baseUrl: 42 }, /option baseUrl must be a string, got 42/],
    // Regression: a URL the parser refuses passed, and every call then threw "Invalid URL".
    [
      'baseUrl',
      { baseUrl: 'http://[::1' },
      /option baseUrl must be an absolute http\(s\) URL .*, got "http:\/\/\[::1"/,
    ],
    ['baseUrl', { baseUrl: 'http://engine.test:99999' }, /option baseUrl must be an absolute http\(s\) URL/],
    ['baseUrl', { baseUrl: 'http://exa mple.test' }, /option baseUrl must be free of white space/],
    [
      'baseUrl',
      { baseUrl: 'engine.local:8000' },
      /option baseUrl must be an absolute http\(s\) URL \(or, in a browser, a path starting with '\/'\), got "engine.local:8000"/,
    ],
    [
      'baseUrl',
      { baseUrl: '/relative' },
      /option baseUrl must be an absolute http\(s\) URL .*, got "\/relative"/,
    ],
    ['fetch', { baseUrl: origin, fetch: 'fetch' }, /option fetch must be a function, got "fetch"/],
    ['headers', { baseUrl: origin, headers: 'x' }, /option headers must be an object or a function/],
    ['timeoutMs', { baseUrl: origin, timeoutMs: 0 }, /option timeoutMs must be a finite number > 0, got 0/],
    [
      'timeoutMs',
      { baseUrl: origin, timeoutMs: Number.NaN },
      /timeoutMs must be a finite number > 0, got NaN/,
    ],
    ['retry', { baseUrl: origin, retry: 0 }, /option retry.attempts must be an integer >= 1, got 0/],
    ['retry', { baseUrl: origin, retry: { attempts: 2.5 } }, /retry.attempts must be an integer >= 1/],
    [
      'retry',
      { baseUrl: origin, retry: { baseDelayMs: -1 } },
      /retry.baseDelayMs must be a finite number >= 0/,
    ],
    ['retry', { baseUrl: origin, retry: 'yes' }, /option retry must be a boolean, a number or an object/],
    ['validate', { baseUrl: origin, validate: 'strict' }, /option validate must be true, false or 'warn'/],
    ['middleware', { baseUrl: origin, middleware: {} }, /option middleware must be an array/],
    [
      'baseUrl',
      { baseUrl: 'https://admin:s3cret@engine.test' },
      /option baseUrl must be free of a user and password/,
    ],
    ['baseUrl', { baseUrl: 'ftp://admin:s3cret@engine.test' }, /^(?!.*s3cret).*free of a user and password/],
  ])('%s: %j', (_name, options, message) => {
    expect(() => createTaskRecordClient(options as TaskRecordClientOptions)).toThrow(TypeError);
    expect(() => createTaskRecordClient(options as TaskRecordClientOptions)).toThrow(message);
  });
});

// Regression: a baseUrl pasted from the address bar was accepted, and the API path went into
// its query or fragment: every call came back 404. The value is not shown: a query may hold a key.
describe('a baseUrl with a query, a fragment or white space is refused at creation', () => {
  it.each([
    ['a query', 'http://engine:8000/?x=1'],
    ['a query holding a key', 'http://engine:8000/vwed?api_key=k3y'],
    ['an empty query', 'http://engine:8000?'],
    ['a fragment', 'http://engine:8000/#/records'],
    ['a trailing space', 'http://engine:8000 '],
    ['a leading space', ' http://engine:8000'],
    ['a trailing newline', 'http://engine:8000/\n'],
    ['a tab inside, which the URL parser would silently drop', 'http://eng\tine:8000'],
    ['a space in the path prefix', 'http://gw.test/my vwed'],
  ])('%s', (_name, baseUrl) => {
    const create = () => createTaskRecordClient({ baseUrl });
    expect(create).toThrow(TypeError);
    expect(create).toThrow(
      '[vwed] createTaskRecordClient: option baseUrl must be free of white space, a query and a fragment, got "…"',
    );
  });
});

describe('headers that fetch would refuse are refused, without showing their value', () => {
  const token = 'Bearer s3cr3t-t0ken';

  // Regression: a newline in a static header was accepted at creation; the first call then threw
  // fetch's untyped TypeError, which quoted the value: the token, in the logs.
  it.each([
    ['a newline in the value', { Authorization: `${token}\nX-Admin: yes` }, 'Authorization'],
    ['a CR LF in the value', { Authorization: `${token}\r\nX-Admin: yes` }, 'Authorization'],
    ['a lone CR in the value', { Authorization: `${token}\rx` }, 'Authorization'],
    ['a NUL in the value', { Authorization: `${token}\0` }, 'Authorization'],
    ['a character above U+00FF in the value', { Authorization: `${token}令牌` }, 'Authorization'],
    ['a number as the value', { Authorization: token, 'X-Retries': 3 }, 'X-Retries'],
    ['null as the value', { Authorization: token, 'X-Tenant': null }, 'X-Tenant'],
    ['an array as the value', { Authorization: token, 'X-Tenant': ['a', 'b'] }, 'X-Tenant'],
    ['a space in the name', { Authorization: token, 'X Tenant': 'a' }, 'X Tenant'],
    ['a colon in the name', { Authorization: token, 'X-Tenant:': 'a' }, 'X-Tenant:'],
    ['a newline in the name', { Authorization: token, 'X-A\nX-B': 'a' }, 'X-A\nX-B'],
    ['a non-ASCII name', { Authorization: token, Zürich: 'a' }, 'Zürich'],
    ['an empty name', { Authorization: token, '': 'a' }, ''],
  ])('%s: static headers throw at creation', (_name, headers, name) => {
    let error: unknown;
    try {
      createTaskRecordClient({ baseUrl: origin, headers: headers as Record<string, string> });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(
      `[vwed] createTaskRecordClient: option headers[${JSON.stringify(name)}] must be a header fetch accepts, got "…"`,
    );
    expect((error as Error).message).not.toContain('s3cr3t');
  });

  it('a headers function is checked at each call, before anything is sent', async () => {
    let seen = 0;
    server.use(
      http.get(`${apiUrl}/detail/:id`, () => {
        seen++;
        return HttpResponse.json(specExample('getTaskRecord', '200'));
      }),
    );
    const tokens = [token, `${token}\n`, `${token}\nX-Admin: yes`];
    const client = createTaskRecordClient({
      baseUrl: origin,
      headers: () => ({ Authorization: tokens.shift() }),
    });
    await client.getTaskRecord('x');
    // A trailing newline (a token read from a file) is white space fetch trims: still accepted.
    await client.getTaskRecord('x');
    const error = await client.getTaskRecord('x').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(
      '[vwed] getTaskRecord: option headers()["Authorization"] must be a header fetch accepts, got "…"',
    );
    expect(seen).toBe(2);
  });

  it.each([
    ['undefined', undefined, 'undefined'],
    ['a string', 'Bearer x', '"Bearer x"'],
    ['null', null, 'null'],
  ])('a headers function returning %s rejects with a TypeError', async (_name, result, shown) => {
    const client = createTaskRecordClient({
      baseUrl: origin,
      headers: () => result as unknown as Record<string, string>,
    });
    await expect(client.getTaskRecord('x')).rejects.toThrow(
      `[vwed] getTaskRecord: option headers() must be an object, got ${shown}`,
    );
  });

  it('undefined values are left out, Latin-1 values and values with surrounding white space are sent', async () => {
    const seen: [string, string][] = [];
    server.use(
      http.get(`${apiUrl}/detail/:id`, ({ request }) => {
        seen.push(...[...request.headers].filter(([name]) => name.startsWith('x-')));
        return HttpResponse.json(specExample('getTaskRecord', '200'));
      }),
    );
    const client = createTaskRecordClient({
      baseUrl: origin,
      headers: {
        'X-Gone': undefined,
        'X-City': 'Malmö',
        'X-Padded': '  a b  ',
        "X-Token!#$%&'*+.^_`|~": 'ok',
      },
    });
    await client.getTaskRecord('x');
    expect(seen).toEqual([
      ['x-city', 'Malmö'],
      ['x-padded', 'a b'],
      ["x-token!#$%&'*+.^_`|~", 'ok'],
    ]);
  });
});

describe('headers', () => {
  it('an async function is called before each request, so rotating tokens are used', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get(`${apiUrl}/detail/:id`, ({ request }) => {
        seen.push(request.headers.get('authorization'));
        return HttpResponse.json(specExample('getTaskRecord', '200'));
      }),
    );
    let token = 0;
    const client = createTaskRecordClient({
      baseUrl: origin,
      headers: async () => ({ Authorization: `Bearer t${++token}` }),
    });
    await client.getTaskRecord('x');
    await client.getTaskRecord('x');
    expect(seen).toEqual(['Bearer t1', 'Bearer t2']);
  });

  it('an object is sent with every request', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.post(`${apiUrl}/stop/:id`, ({ request }) => {
        seen.push(request.headers.get('x-tenant'));
        return HttpResponse.json(specExample('stopTask', '200'));
      }),
    );
    const client = createTaskRecordClient({ baseUrl: origin, headers: { 'X-Tenant': 'plant-7' } });
    await client.stopTask('x');
    expect(seen).toEqual(['plant-7']);
  });

  it("a headers function's own error passes through unchanged", async () => {
    const failure = new Error('no token: log in again');
    const client = createTaskRecordClient({
      baseUrl: origin,
      headers: () => {
        throw failure;
      },
    });
    await expect(client.getTaskRecord('x')).rejects.toBe(failure);
  });
});

it("a middleware's error passes through unchanged and is not retried as a network error", async () => {
  let seen = 0;
  server.use(
    http.get(`${apiUrl}/detail/:id`, () => {
      seen++;
      return HttpResponse.json(specExample('getTaskRecord', '200'));
    }),
  );
  const failure = new Error('the middleware refused');
  let calls = 0;
  const client = createTaskRecordClient({
    baseUrl: origin,
    retry: { attempts: 3, baseDelayMs: 1 },
    middleware: [
      {
        onRequest: () => {
          calls++;
          throw failure;
        },
      },
    ],
  });
  await expect(client.getTaskRecord('x')).rejects.toBe(failure);
  expect(calls).toBe(1);
  expect(seen).toBe(0);
});

describe('a hanging headers function', () => {
  const never = () => new Promise<Record<string, string>>(() => {});

  it('yields to an abort', async () => {
    const client = createTaskRecordClient({ baseUrl: origin, headers: never });
    const controller = new AbortController();
    const reason = new Error('left');
    setTimeout(() => controller.abort(reason), 20);
    await expect(client.getTaskRecord('x', { signal: controller.signal })).rejects.toBe(reason);
  });

  it('yields to the time limit', async () => {
    const client = createTaskRecordClient({ baseUrl: origin, headers: never, timeoutMs: 30 });
    await expect(client.getTaskRecord('x')).rejects.toMatchObject({
      name: 'VwedTimeoutError',
      timeoutMs: 30,
    });
  });
});

it('middleware passes through to openapi-fetch', async () => {
  server.use(
    http.get(`${apiUrl}/detail/:id`, ({ request }) =>
      HttpResponse.json({
        ...specExample('getTaskRecord', '200'),
        message: request.headers.get('x-trace') ?? '',
      }),
    ),
  );
  const traced: string[] = [];
  const client = createTaskRecordClient({
    baseUrl: origin,
    middleware: [
      {
        onRequest: ({ request }) => {
          request.headers.set('x-trace', 'trace-1');
          traced.push(`${request.method} ${new URL(request.url).pathname}`);
          return request;
        },
      },
    ],
  });
  await client.getTaskRecord('abc');
  expect(traced).toEqual(['GET /api/vwed-task-record/detail/abc']);
});

it('a custom fetch is used instead of the global one', async () => {
  const urls: string[] = [];
  const client = createTaskRecordClient({
    baseUrl: origin,
    fetch: async (input) => {
      urls.push(input instanceof Request ? input.url : String(input));
      return Response.json(specExample('getTaskRecord', '200'));
    },
  });
  await client.getTaskRecord('x');
  expect(urls).toEqual([`${apiUrl}/detail/x`]);
});

it('raw is the openapi-fetch client, for anything else', async () => {
  server.use(http.get(`${apiUrl}/detail/:id`, () => HttpResponse.json(specExample('getTaskRecord', '200'))));
  const client = createTaskRecordClient({ baseUrl: origin });
  const { data, response } = await client.raw.GET('/detail/{task_record_id}', {
    params: { path: { task_record_id: 'x' } },
  });
  expect(response.status).toBe(200);
  expect(data?.code).toBe(200);
});
