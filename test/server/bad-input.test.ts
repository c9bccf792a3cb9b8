/**
 * The reference server's answers to bad input, over real sockets: every bad request gets the
 * exact 4xx in the documented JSON envelope, says what is wrong, and changes nothing; no
 * request (malformed, oversized, stalled, abandoned) crashes or hangs the server.
 * The same cases against the core alone are in test/mocks/bad-input.test.ts.
 */
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { MockServer } from '../../mocks/server/start-mock-server.js';
import { storeWithRun } from '../mocks/definitions.js';
import { recordsOf } from '../mocks/records-of.js';
import { contractErrors } from '../mocks/spec-contract.js';
import { HEAVY_TIMEOUT_MS } from '../timeouts.js';
import { type RawAnswer, rawRequest, request, startTestServer } from './harness.js';

const base = '/api/vwed-task-record';
/** The doc-examples seed's finished task (status 1000). */
const docTaskId = '7b84fd4d-e947-4ec7-8535-05ede5f8aa9d';
/** The doc-examples seed's definition of that task (from, to inputs; iterate and print). */
const docDefinitionId = '3273c7cb-b4bb-47df-9d47-17f96bc401fc';
const mib = 1024 * 1024;
/**
 * For the tests that send megabytes or wait on the server's timers and sockets: the server answers
 * in milliseconds, and these bounds only stop a hang.
 */
const slow = { timeout: HEAVY_TIMEOUT_MS };

/** The store's data without the journal, which records bad requests too, as it should. */
function stateOf(server: MockServer) {
  const { requests: _requests, ...rest } = server.store.snapshot();
  return rest;
}

/** Runs `action` and fails unless the store's data is the same afterwards. */
async function expectUnchanged<T>(server: MockServer, action: () => Promise<T>): Promise<T> {
  const before = stateOf(server);
  const result = await action();
  expect(stateOf(server)).toEqual(before);
  return result;
}

/** A server whose store holds one running task (a 1 s DelayBp, 10 ms in, clock stopped). */
async function serverWithRunningTask(options: Parameters<typeof startTestServer>[0] = {}) {
  const { store, id } = storeWithRun();
  const server = await startTestServer({ store, ...options });
  return { server, id };
}

/** A raw HTTP/1.1 request's bytes. */
function http(
  method: string,
  target: string,
  headers: Record<string, string | number> = {},
  body: string | Buffer = '',
): Buffer {
  const head = [`${method} ${target} HTTP/1.1`, 'Host: 127.0.0.1']
    .concat(Object.entries(headers).map(([name, value]) => `${name}: ${value}`))
    .join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), Buffer.from(body)]);
}

interface ParsedAnswer {
  status: number | undefined;
  headers: Record<string, string>;
  body: unknown;
  closed: boolean;
}

/** A raw answer split into status, lower-cased headers and the JSON body (undefined if none). */
function parse(answer: RawAnswer): ParsedAnswer {
  const end = answer.text.indexOf('\r\n\r\n');
  const head = end < 0 ? answer.text : answer.text.slice(0, end);
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n').slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const text = end < 0 ? '' : answer.text.slice(end + 4);
  return {
    status: answer.status,
    headers,
    body: text === '' ? undefined : JSON.parse(text),
    closed: answer.closed,
  };
}

/** Sends raw bytes and parses the answer. */
async function raw(
  server: MockServer,
  chunks: (string | Buffer)[],
  options: Parameters<typeof rawRequest>[2] = {},
): Promise<ParsedAnswer> {
  return parse(await rawRequest(server, chunks, options));
}

/** `{code, message}` and nothing else, the message matching. */
function failure(code: number, message: RegExp) {
  return { code, message: expect.stringMatching(message) };
}

/** set-error's failure envelope: `{success: false, code, message}`. */
function setErrorFailure(code: number, message: RegExp) {
  return { success: false, code, message: expect.stringMatching(message) };
}

/** Object.prototype's own keys and the like: what prototype pollution would change. */
function prototypeKeys() {
  return {
    object: Object.getOwnPropertyNames(Object.prototype).sort(),
    array: Object.getOwnPropertyNames(Array.prototype).sort(),
    polluted: ({} as Record<string, unknown>).polluted,
    bad: ({} as Record<string, unknown>).bad,
  };
}

function expectNoPollution(before: ReturnType<typeof prototypeKeys>) {
  expect(prototypeKeys()).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).bad).toBeUndefined();
  expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
}

describe('set-error bodies', () => {
  it.each([
    ['no body', undefined, /缺少请求体/],
    ['an empty body', '', /缺少请求体/],
    ['a whitespace-only body', ' \n\t ', /缺少请求体/],
    ['invalid JSON', '{"error_reason": ', /不是合法的 JSON/],
    ['a JSON array', '["x"]', /必须是 JSON 对象/],
    ['JSON null', 'null', /必须是 JSON 对象/],
    ['a JSON string', '"x"', /必须是 JSON 对象/],
    ['a missing error_reason', '{}', /缺少 error_reason/],
    ['error_reason only on a __proto__ key', '{"__proto__": {"error_reason": "x"}}', /缺少 error_reason/],
    ['an empty error_reason', '{"error_reason": ""}', /error_reason 不能为空/],
    ['a whitespace-only error_reason', '{"error_reason": "  \\n\\t "}', /error_reason 不能为空/],
    ['a number error_reason', '{"error_reason": 42}', /error_reason 必须是字符串/],
    ['a null error_reason', '{"error_reason": null}', /error_reason 必须是字符串/],
    ['an object error_reason', '{"error_reason": {"text": "x"}}', /error_reason 必须是字符串/],
    ['an array error_reason', '{"error_reason": ["x"]}', /error_reason 必须是字符串/],
  ])('%s: 400 with the reason, and nothing changes', async (_name, body, message) => {
    const { server, id } = await serverWithRunningTask();
    const answer = await expectUnchanged(server, () =>
      request(server, 'POST', `${base}/set-error/${id}`, {
        body,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
      }),
    );
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(answer.body).toEqual(setErrorFailure(400, message));
  });

  it('an unknown record: 404 that names it, and nothing changes', async () => {
    const server = await startTestServer();
    const answer = await expectUnchanged(server, () =>
      request(server, 'POST', `${base}/set-error/no-such-task`, { json: { error_reason: 'x' } }),
    );
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual(setErrorFailure(404, /未找到任务记录 no-such-task/));
  });

  it.each([
    ['text/plain', 'text/plain', '{"error_reason": "x"}'],
    ['a form, as curl -d sends', 'application/x-www-form-urlencoded', 'error_reason=x'],
    ['a form with a JSON body', 'application/x-www-form-urlencoded', '{"error_reason": "x"}'],
    ['XML', 'application/xml', '<error_reason>x</error_reason>'],
  ])('a %s body: 400 saying JSON is required, and nothing changes', async (_name, type, body) => {
    const { server, id } = await serverWithRunningTask();
    const answer = await expectUnchanged(server, () =>
      request(server, 'POST', `${base}/set-error/${id}`, { body, headers: { 'content-type': type } }),
    );
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual(setErrorFailure(400, /必须是 JSON \(Content-Type: application\/json\)/));
    expect((answer.body as { message: string }).message).toContain(type);
  });

  it.each(['application/json; charset=utf-8', 'APPLICATION/JSON', 'application/merge-patch+json'])(
    'Content-Type %s is read as JSON',
    async (type) => {
      const { server, id } = await serverWithRunningTask();
      const answer = await request(server, 'POST', `${base}/set-error/${id}`, {
        body: '{"error_reason": "按类型接受"}',
        headers: { 'content-type': type },
      });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({
        success: true,
        data: { task_status: 2000, error_reason: '按类型接受' },
      });
      expect(recordsOf(server.store).task(id)).toMatchObject({ status: 2000, ended_reason: '按类型接受' });
    },
  );
});

describe('prototype pollution', () => {
  it('__proto__, constructor and prototype keys anywhere in a set-error body pollute nothing', async () => {
    const { server, id } = await serverWithRunningTask();
    const before = prototypeKeys();
    const body =
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},' +
      ' "prototype": {"bad": 1}, "nested": {"__proto__": {"bad": 1}, "constructor": {"prototype": {"bad": 1}}},' +
      ' "list": [{"__proto__": {"polluted": true}}], "error_reason": "x"}';
    const answer = await request(server, 'POST', `${base}/set-error/${id}`, {
      body,
      headers: { 'content-type': 'application/json' },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ success: true, data: { error_reason: 'x' } });
    expectNoPollution(before);
    expect(JSON.stringify(stateOf(server))).not.toMatch(/polluted|"bad"/);
    // A __proto__ reason is a string like any other.
    const again = await request(server, 'POST', `${base}/set-error/${id}`, {
      json: { error_reason: '__proto__' },
    });
    expect(again.body).toMatchObject({ success: true, data: { error_reason: '__proto__' } });
    expectNoPollution(before);
    expect((await request(server, 'GET', `${base}/detail/${id}`)).status).toBe(200);
  });

  it('__proto__, constructor and prototype keys in POST /__mock/tasks inputParams pollute nothing', async () => {
    const server = await startTestServer();
    const before = prototypeKeys();
    const body =
      `{"definitionId": "${docDefinitionId}", "inputParams": {"from": "A", "__proto__": {"polluted": true},` +
      ' "constructor": {"prototype": {"polluted": true}}, "prototype": {"bad": 1},' +
      ' "nested": {"__proto__": {"bad": 1}}}}';
    const created = await request(server, 'POST', '/__mock/tasks', {
      body,
      headers: { 'content-type': 'application/json' },
    });
    expect(created.status).toBe(201);
    const { taskRecordId } = created.body as { taskRecordId: string };
    expectNoPollution(before);
    const inputs = recordsOf(server.store).task(taskRecordId)?.input_params as Record<string, unknown>;
    expect(Object.hasOwn(inputs, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(inputs)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(inputs.nested)).toBe(Object.prototype);
    // The engine runs it with those inputs, and the server answers for it.
    const advanced = await request(server, 'POST', '/__mock/clock/advance', { json: { ms: 60_000 } });
    expect(advanced.status).toBe(200);
    expectNoPollution(before);
    const detail = await request(server, 'GET', `${base}/detail/${taskRecordId}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ code: 200, data: { id: taskRecordId, status: 1000 } });
    expect((await request(server, 'GET', '/healthz')).status).toBe(200);
  });

  it('a definitionId only on a __proto__ key of a control body: 400, and nothing changes', async () => {
    const server = await startTestServer();
    const before = prototypeKeys();
    const answer = await expectUnchanged(server, () =>
      request(server, 'POST', '/__mock/tasks', {
        body: `{"__proto__": {"definitionId": "${docDefinitionId}", "polluted": true}}`,
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(answer.status).toBe(400);
    // Refused as the unknown field it is (JSON.parse makes it an own key), never read through.
    expect(answer.body).toEqual(failure(400, /unknown field "__proto__"/));
    expectNoPollution(before);
  });
});

describe('bodies over 1 MiB', () => {
  it(
    'a declared Content-Length of 2 MiB: 413 before the rest is sent, then the connection is closed',
    slow,
    async () => {
      const { server, id } = await serverWithRunningTask();
      // Only the headers and a few bytes: the rest is never sent, so an answer proves it was not awaited.
      const head = http(
        'POST',
        `${base}/set-error/${id}`,
        { 'Content-Type': 'application/json', 'Content-Length': 2 * mib },
        '{"error_reason": "',
      );
      const answer = await expectUnchanged(server, () => raw(server, [head], { waitMs: 10_000 }));
      expect(answer.status).toBe(413);
      expect(answer.headers['content-type']).toMatch(/^application\/json/);
      expect(answer.headers.connection).toBe('close');
      expect(answer.body).toEqual(failure(413, /请求体超过 1048576 字节/));
      expect(answer.closed).toBe(true);
    },
  );

  it('a declared Content-Length of 1 MiB + 1 byte: 413', slow, async () => {
    const { server, id } = await serverWithRunningTask();
    const head = http('POST', `${base}/set-error/${id}`, {
      'Content-Type': 'application/json',
      'Content-Length': mib + 1,
    });
    const answer = await expectUnchanged(server, () => raw(server, [head], { waitMs: 10_000 }));
    expect(answer.status).toBe(413);
    expect(answer.closed).toBe(true);
  });

  it('a chunked body that grows past 1 MiB: 413, then the connection is closed', slow, async () => {
    const { server, id } = await serverWithRunningTask();
    const head = http('POST', `${base}/set-error/${id}`, {
      'Content-Type': 'application/json',
      'Transfer-Encoding': 'chunked',
    });
    const piece = Buffer.alloc(64 * 1024, 'a');
    const chunk = Buffer.concat([
      Buffer.from(`${piece.length.toString(16)}\r\n`),
      piece,
      Buffer.from('\r\n'),
    ]);
    // 17 chunks of 64 KiB: 1 MiB + 64 KiB, and no last chunk, so only the limit ends the request.
    const chunks = [head, ...Array.from({ length: 17 }, () => chunk)];
    const answer = await expectUnchanged(server, () => raw(server, chunks, { waitMs: 10_000, pauseMs: 2 }));
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual(failure(413, /请求体超过 1048576 字节/));
    expect(answer.closed).toBe(true);
  });

  it('Expect: 100-continue with a declared 2 MiB: the final answer is 413, then closed', slow, async () => {
    const { server, id } = await serverWithRunningTask();
    const head = http('POST', `${base}/set-error/${id}`, {
      'Content-Type': 'application/json',
      'Content-Length': 2 * mib,
      Expect: '100-continue',
    });
    const answer = await expectUnchanged(server, () => rawRequest(server, [head], { waitMs: 10_000 }));
    const finals = [...answer.text.matchAll(/(?:^|\r\n)HTTP\/1\.1 ([2-5]\d{2}) /g)].map((match) => match[1]);
    expect(finals).toEqual(['413']);
    expect(answer.text).toContain('请求体超过 1048576 字节');
    expect(answer.closed).toBe(true);
  });

  it('exactly 1 MiB is not too large: the request is served', slow, async () => {
    const { server, id } = await serverWithRunningTask();
    const prefix = '{"error_reason": "';
    const suffix = '"}';
    const body = `${prefix}${'r'.repeat(mib - prefix.length - suffix.length)}${suffix}`;
    expect(Buffer.byteLength(body)).toBe(mib);
    const answer = await request(server, 'POST', `${base}/set-error/${id}`, {
      body,
      headers: { 'content-type': 'application/json' },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ success: true, data: { task_status: 2000 } });
    expect(recordsOf(server.store).task(id)?.ended_reason).toHaveLength(mib - prefix.length - suffix.length);
  });

  it.each([
    ['a byte that is never UTF-8', Buffer.from([0x7b, 0x22, 0x65, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d])],
    [
      'a truncated sequence',
      Buffer.concat([Buffer.from('{"error_reason": "'), Buffer.from([0xe4, 0xb8]), Buffer.from('"}')]),
    ],
    [
      'a lone surrogate in CESU form',
      Buffer.concat([Buffer.from('{"error_reason": "'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]),
    ],
  ])(
    "invalid UTF-8 (%s): set-error's documented 400 (success: false), and nothing changes",
    async (_name, body) => {
      const { server, id } = await serverWithRunningTask();
      const bytes = http(
        'POST',
        `${base}/set-error/${id}`,
        { 'Content-Type': 'application/json', 'Content-Length': body.length, Connection: 'close' },
        body,
      );
      const answer = await expectUnchanged(server, () => raw(server, [bytes]));
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({ success: false, ...failure(400, /UTF-8/) });
      expect(contractErrors('setTaskError', 400, answer.body)).toEqual([]);
    },
  );

  // Regression: the server refused a body that is not UTF-8 before routing, with a 400 the
  // operation (or no operation) documents, and MSW read it with replacement characters.
  it.each([
    ['to an unknown route: 404', 'POST', `${base}/nowhere`, 404],
    ['to a wrong method: 405', 'PUT', `${base}/stop/x`, 405],
    ['to stop, which reads no body: its own answer', 'POST', `${base}/stop/no-such-record`, 400],
  ])('a body that is not UTF-8 %s', async (_name, method, path, status) => {
    const server = await startTestServer();
    const body = Buffer.from([0x7b, 0xff, 0xfe, 0x7d]);
    const answer = await raw(server, [
      http(
        method,
        path,
        { 'Content-Type': 'application/json', 'Content-Length': body.length, Connection: 'close' },
        body,
      ),
    ]);
    expect(answer.status).toBe(status);
    expect(JSON.stringify(answer.body)).not.toContain('UTF-8');
  });
});

describe('malformed request targets and request lines', () => {
  it.each([
    // An undecodable ID names no record: the operation's documented not-found answer.
    [
      'bad percent-encoding in an ID',
      'GET',
      `${base}/detail/%E0%A4%A`,
      404,
      /未找到ID为 %E0%A4%A 的任务记录/,
    ],
    ['bad percent-encoding on a POST', 'POST', `${base}/stop/%ZZ`, 400, /任务终止失败: .*%ZZ/],
    [
      'a network-path //host target (no proxying)',
      'GET',
      '//evil.example/x',
      404,
      /未找到接口: GET \/\/evil\.example\/x/,
    ],
    ['an asterisk target', 'OPTIONS', '*', 400, /请求路径无效: \*/],
  ])('%s: %i JSON', async (_name, method, target, status, message) => {
    const server = await startTestServer();
    const answer = await expectUnchanged(server, () =>
      raw(server, [http(method, target, { Connection: 'close' })]),
    );
    expect(answer.status).toBe(status);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(answer.body).toEqual(failure(status, message));
  });

  it('an absolute-form target (which HTTP/1.1 servers must take) is served by its path', async () => {
    const server = await startTestServer();
    const answer = await raw(server, [
      http('GET', `http://mock.example${base}/detail/${docTaskId}`, { Connection: 'close' }),
    ]);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ code: 200, data: { id: docTaskId } });
  });

  it.each([
    ['a garbage request line', ['HELLO THERE\r\n\r\n'], 400, /请求格式错误/],
    ['a space in a header name', [http('GET', '/healthz', { 'Bad Header': 'y' })], 400, /请求格式错误/],
    [
      'a header without a colon',
      ['GET /healthz HTTP/1.1\r\nHost: x\r\nnocolon\r\n\r\n'],
      400,
      /请求格式错误/,
    ],
    [
      'a bad Content-Length',
      [http('POST', `${base}/stop/x`, { 'Content-Length': 'ten' })],
      400,
      /请求格式错误/,
    ],
    [
      'two different Content-Lengths',
      ['POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n'],
      400,
      /请求格式错误/,
    ],
    [
      'a bad chunk size',
      [http('POST', `${base}/stop/x`, { 'Transfer-Encoding': 'chunked' }, 'zz\r\nabc\r\n')],
      400,
      /请求格式错误/,
    ],
    [
      'both Content-Length and Transfer-Encoding (a smuggling attempt)',
      [http('POST', `${base}/stop/x`, { 'Content-Length': 5, 'Transfer-Encoding': 'chunked' }, '0\r\n\r\n')],
      400,
      /请求格式错误/,
    ],
    ['an unknown method', [http('FOO', '/healthz')], 400, /请求格式错误/],
    ['a NUL byte in the target', [http('GET', `${base}/detail/a\u0000b`)], 400, /请求格式错误/],
    ['raw UTF-8 bytes in the target', [http('GET', `${base}/detail/任务`)], 400, /请求格式错误/],
    [
      'oversized headers (32 KiB)',
      [http('GET', '/healthz', { 'X-Big': 'a'.repeat(32 * 1024) })],
      431,
      /请求头过大/,
    ],
  ])('%s: %i JSON, then the connection is closed', async (_name, chunks, status, message) => {
    const server = await startTestServer();
    const answer = await expectUnchanged(server, () => raw(server, chunks, { waitMs: 5_000 }));
    expect(answer.status).toBe(status);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(answer.body).toEqual(failure(status, message));
    expect(answer.closed).toBe(true);
    expect((await request(server, 'GET', '/healthz')).status).toBe(200);
  });
});

describe('requests Node would answer by itself', () => {
  // The server promises a JSON answer for any bad request; these two Node answers on its own
  // unless the server listens for them ('connect' and 'checkExpectation').
  it('CONNECT (an authority-form target): a 4xx JSON answer, then the connection is closed', async () => {
    const server = await startTestServer();
    const sent = await expectUnchanged(server, () =>
      rawRequest(server, [http('CONNECT', 'evil.example:443')], { waitMs: 5_000 }),
    );
    // Today: the connection is closed without a byte of answer.
    expect(sent.text).toMatch(/^HTTP\/1\.1 4\d\d /);
    const answer = parse(sent);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(answer.body).toEqual({ code: answer.status, message: expect.any(String) });
    expect(answer.closed).toBe(true);
    expect((await request(server, 'GET', '/healthz')).status).toBe(200);
  });

  it('an Expect header other than 100-continue: 417 JSON', async () => {
    const server = await startTestServer();
    const answer = await expectUnchanged(server, () =>
      raw(server, [
        http('POST', `${base}/stop/${docTaskId}`, {
          Expect: 'banana',
          'Content-Length': 0,
          Connection: 'close',
        }),
      ]),
    );
    expect(answer.status).toBe(417);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(answer.body).toEqual({ code: 417, message: expect.any(String) });
  });
});

describe('a valid request pipelined with a malformed one', slow, () => {
  /** The status of every answer on the connection, in order. */
  function statusLines(answer: RawAnswer): number[] {
    // A status line follows the previous answer's body at once: JSON bodies never hold one.
    return [...answer.text.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((match) => Number(match[1]));
  }

  it('a set-error followed by garbage: the set-error is answered 200 if it is applied', async () => {
    const { server, id } = await serverWithRunningTask();
    const body = '{"error_reason": "pipelined"}';
    const bytes = Buffer.concat([
      http(
        'POST',
        `${base}/set-error/${id}`,
        { 'Content-Type': 'application/json', 'Content-Length': body.length },
        body,
      ),
      Buffer.from('HELLO THERE\r\n\r\n'),
    ]);
    const answer = await rawRequest(server, [bytes], { waitMs: 5_000 });
    // Let the server finish whatever it still does with the first request.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const applied = recordsOf(server.store).task(id)?.status === 2000;
    // Either both are answered in order, or the valid one is refused as well and changes nothing.
    expect({ applied, statuses: statusLines(answer) }).toEqual(
      applied ? { applied, statuses: [200, 400] } : { applied, statuses: [400] },
    );
  });

  it('with latency: a GET followed by a bad header gets its own 200 first, then the 400', async () => {
    const server = await startTestServer({ latencyMs: 50 });
    const bytes = Buffer.concat([
      http('GET', `${base}/detail/${docTaskId}`),
      http('GET', `${base}/detail/${docTaskId}`, { 'Bad Header': '1' }),
    ]);
    const answer = await rawRequest(server, [bytes], { waitMs: 5_000 });
    expect(statusLines(answer)).toEqual([200, 400]);
  });
});

describe('routes and methods', () => {
  it.each([
    ['GET', `${base}/nothing/here`],
    ['GET', '/'],
    ['GET', '/other'],
    ['GET', `${base}/`],
    ['GET', `${base}/detail/`],
    ['GET', `${base}/detail/a/b`],
    ['POST', `${base}/detail`],
    ['GET', '/api/vwed-task-record'],
  ])('%s %s: 404 {code, message} naming it', async (method, path) => {
    const server = await startTestServer();
    const answer = await expectUnchanged(server, () => request(server, method, path));
    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(answer.body).toEqual({ code: 404, message: `未找到接口: ${method} ${path}` });
  });

  it.each([
    ['GET', '/__mock/nothing'],
    ['GET', '/__mock/constructor'],
    ['POST', '/__mock/__proto__'],
  ])('control %s %s: 404 {code, message}', async (method, path) => {
    const server = await startTestServer();
    const answer = await expectUnchanged(server, () => request(server, method, path));
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual(failure(404, /未找到控制接口/));
  });

  it.each([
    ['GET', `${base}/stop/${docTaskId}`, 'POST'],
    ['GET', `${base}/retry/${docTaskId}`, 'POST'],
    ['GET', `${base}/set-error/${docTaskId}`, 'POST'],
    ['DELETE', `${base}/detail/${docTaskId}`, 'GET'],
    ['POST', `${base}/detail/${docTaskId}`, 'GET'],
    ['PUT', `${base}/blocks/${docTaskId}`, 'GET'],
    ['PATCH', `${base}/set-error/${docTaskId}`, 'POST'],
    ['POST', '/__mock/snapshot', 'GET, PUT'],
    ['GET', '/__mock/reset', 'POST'],
    ['GET', '/__mock/definitions/x', 'DELETE'],
    ['POST', '/healthz', 'GET'],
  ])('%s %s: 405 with Allow: %s, and nothing changes', async (method, path, allowed) => {
    const server = await startTestServer();
    const answer = await expectUnchanged(server, () => request(server, method, path));
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe(allowed);
    expect(answer.body).toEqual({
      code: 405,
      message: `不支持的请求方法: ${method}, 此接口只支持 ${allowed}`,
    });
  });

  it.each([`${base}/detail/${docTaskId}`, `${base}/stop/${docTaskId}`, '/healthz', '/nowhere'])(
    'HEAD %s: a 2xx or 4xx without a body, and the server goes on',
    async (path) => {
      const server = await startTestServer();
      const response = await expectUnchanged(server, () => fetch(`${server.url}${path}`, { method: 'HEAD' }));
      expect(response.status).toBeGreaterThanOrEqual(200);
      expect(response.status).toBeLessThan(500);
      expect(await response.text()).toBe('');
      expect((await request(server, 'GET', `${base}/detail/${docTaskId}`)).status).toBe(200);
    },
  );

  it.each([
    `${base}/detail/${docTaskId}`,
    `${base}/blocks/${docTaskId}`,
    `${base}/execution/block/results/${docTaskId}`,
  ])('a gateway prefix /gw%s is served like the plain path', async (path) => {
    const server = await startTestServer();
    const plain = await request(server, 'GET', path);
    const prefixed = await request(server, 'GET', `/gw${path}`);
    expect(plain.status).toBe(200);
    expect(prefixed.status).toBe(200);
    expect(prefixed.body).toEqual(plain.body);
  });

  it('a gateway prefix before a bad path is still answered like the plain path', async () => {
    const server = await startTestServer();
    const answer = await request(server, 'GET', `/gw${base}/stop/${docTaskId}`);
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('POST');
  });
});

describe('slow and stalled clients', () => {
  it(
    'a client that sends part of the headers and stalls: 408 JSON, then the connection is closed',
    slow,
    async () => {
      const server = await startTestServer({ requestTimeoutMs: 300 });
      const answer = await expectUnchanged(server, () =>
        raw(server, ['GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Sl'], { waitMs: 5_000 }),
      );
      expect(answer.status).toBe(408);
      expect(answer.headers['content-type']).toMatch(/^application\/json/);
      expect(answer.body).toEqual(failure(408, /请求超时/));
      expect(answer.closed).toBe(true);
    },
  );

  it(
    'a client that declares 100 bytes of body and sends 10: 408, closed, nothing changes',
    slow,
    async () => {
      const { server, id } = await serverWithRunningTask({ requestTimeoutMs: 300 });
      const bytes = http(
        'POST',
        `${base}/set-error/${id}`,
        { 'Content-Type': 'application/json', 'Content-Length': 100 },
        '{"error_re',
      );
      const answer = await expectUnchanged(server, () => raw(server, [bytes], { waitMs: 5_000 }));
      expect(answer.status).toBe(408);
      expect(answer.body).toEqual(failure(408, /请求超时/));
      expect(answer.closed).toBe(true);
      expect((await request(server, 'GET', `${base}/detail/${id}`)).status).toBe(200);
    },
  );

  it(
    'a client that trickles a complete-looking body but never finishes it: timed out, nothing changes',
    slow,
    async () => {
      const { server, id } = await serverWithRunningTask({ requestTimeoutMs: 300 });
      const body = '{"error_reason": "late"}';
      const bytes = http('POST', `${base}/set-error/${id}`, {
        'Content-Type': 'application/json',
        'Content-Length': body.length + 1,
      });
      const answer = await expectUnchanged(server, () =>
        raw(server, [bytes, ...body.split('')], { waitMs: 5_000, pauseMs: 20 }),
      );
      expect(answer.status).toBe(408);
      expect(answer.closed).toBe(true);
    },
  );
});

describe('CORS', () => {
  const origin = 'http://localhost:5173';
  const preflight = {
    origin,
    'access-control-request-method': 'POST',
    'access-control-request-headers': 'content-type',
  };

  it('is off by default: no access-control header, and a preflight is an ordinary 405', async () => {
    const server = await startTestServer();
    const get = await request(server, 'GET', `${base}/detail/${docTaskId}`, { headers: { origin } });
    expect(get.status).toBe(200);
    expect([...get.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
    const options = await expectUnchanged(server, () =>
      request(server, 'OPTIONS', `${base}/set-error/${docTaskId}`, { headers: preflight }),
    );
    expect(options.status).toBe(405);
    expect(options.body).toEqual(failure(405, /不支持的请求方法: OPTIONS/));
    expect([...options.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
  });

  it('with an origin: a preflight gets 204 and the allow headers', async () => {
    const server = await startTestServer({ cors: origin });
    const answer = await expectUnchanged(server, () =>
      fetch(`${server.url}${base}/set-error/${docTaskId}`, { method: 'OPTIONS', headers: preflight }),
    );
    expect(answer.status).toBe(204);
    expect(await answer.text()).toBe('');
    expect(answer.headers.get('access-control-allow-origin')).toBe(origin);
    expect(answer.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(answer.headers.get('access-control-allow-headers')).toMatch(/content-type/i);
  });

  it('with an origin: a GET from it gets allow-origin, one from another origin does not', async () => {
    const server = await startTestServer({ cors: origin });
    const allowed = await request(server, 'GET', `${base}/detail/${docTaskId}`, { headers: { origin } });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(origin);
    const other = await request(server, 'GET', `${base}/detail/${docTaskId}`, {
      headers: { origin: 'http://evil.example' },
    });
    expect(other.status).toBe(200);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    // An error answer carries the header too, so a page can read why it failed.
    const failed = await request(server, 'GET', `${base}/detail/nothing`, { headers: { origin } });
    expect(failed.status).toBe(404);
    expect(failed.headers.get('access-control-allow-origin')).toBe(origin);
  });

  it('with an origin: a failure inside the server itself is a JSON 500 with allow-origin too', async () => {
    const server = await startTestServer({ cors: origin });
    // No request can make the server fail; a store that does is the only way to reach that path.
    Object.defineProperty(server.store, 'latencyMs', {
      get: () => {
        throw new Error('broken store');
      },
    });
    const failed = await request(server, 'GET', `${base}/detail/${docTaskId}`, { headers: { origin } });
    expect(failed.status).toBe(500);
    expect(failed.body).toEqual({ code: 500, message: '模拟服务器内部错误: broken store' });
    expect(failed.headers.get('access-control-allow-origin')).toBe(origin);
  });

  it('with an origin: a preflight from another origin does not get the allow headers', async () => {
    const server = await startTestServer({ cors: origin });
    const answer = await fetch(`${server.url}${base}/set-error/${docTaskId}`, {
      method: 'OPTIONS',
      headers: { ...preflight, origin: 'http://evil.example' },
    });
    await answer.text();
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect(answer.headers.get('access-control-allow-methods')).toBeNull();
  });
});

describe('control API off', () => {
  it.each([
    ['GET', '/__mock/snapshot'],
    ['POST', '/__mock/reset'],
    ['POST', '/__mock/clock/advance'],
    ['GET', '/__mock'],
  ])('%s %s: 404 JSON, and nothing changes', async (method, path) => {
    const server = await startTestServer({ control: false });
    const answer = await expectUnchanged(server, () =>
      request(server, method, path, method === 'POST' ? { json: { ms: 60_000 } } : {}),
    );
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual(failure(404, /控制接口已关闭/));
  });

  it('/healthz still answers 200, and so does the API', async () => {
    const server = await startTestServer({ control: false });
    const health = await request(server, 'GET', '/healthz');
    expect(health).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect((await request(server, 'GET', `${base}/detail/${docTaskId}`)).status).toBe(200);
  });
});

describe('after all of it', () => {
  /** Writes the headers and part of a body, then destroys the socket; resolves when it is closed. */
  function disconnectMidBody(server: MockServer, bytes: Buffer): Promise<void> {
    return new Promise((resolve) => {
      const socket = connect(server.port, '127.0.0.1');
      socket.on('error', () => {});
      socket.on('close', () => resolve());
      socket.on('connect', () => {
        socket.write(bytes, () => setTimeout(() => socket.destroy(), 50));
      });
    });
  }

  it('one server that took every kind of abuse still answers, and its data is unchanged', slow, async () => {
    const { server, id } = await serverWithRunningTask({ requestTimeoutMs: 300 });
    const before = stateOf(server);
    const detail = await request(server, 'GET', `${base}/detail/${id}`);
    expect(detail.status).toBe(200);
    const setError = `${base}/set-error/${id}`;
    const json = { 'content-type': 'application/json' };

    const statuses: (number | undefined)[] = [];
    for (const body of [
      undefined,
      '',
      '{',
      '[]',
      'null',
      '{}',
      '{"error_reason": ""}',
      '{"error_reason": 1}',
    ]) {
      statuses.push((await request(server, 'POST', setError, { body, headers: json })).status);
    }
    statuses.push(
      (
        await request(server, 'POST', setError, {
          body: 'error_reason=x',
          headers: { 'content-type': 'text/plain' },
        })
      ).status,
    );
    statuses.push((await request(server, 'DELETE', `${base}/detail/${id}`)).status);
    statuses.push((await request(server, 'GET', `${base}/stop/${id}`)).status);
    statuses.push((await request(server, 'GET', `${base}/nowhere`)).status);
    const rawCases: (string | Buffer)[][] = [
      ['HELLO THERE\r\n\r\n'],
      [http('GET', '/healthz', { 'X-Big': 'a'.repeat(32 * 1024) })],
      [http('GET', `${base}/detail/%E0%A4%A`, { Connection: 'close' })],
      [http('GET', '//evil.example/x', { Connection: 'close' })],
      [http('POST', setError, { 'Content-Type': 'application/json', 'Content-Length': 2 * mib }, '{"e')],
      [
        http(
          'POST',
          setError,
          { 'Content-Type': 'application/json', 'Content-Length': 3, Connection: 'close' },
          Buffer.from([0x22, 0xff, 0x22]),
        ),
      ],
      ['GET /healthz HTTP/1.1\r\nHo'],
      [http('POST', setError, { 'Content-Type': 'application/json', 'Content-Length': 100 }, '{"error_re')],
    ];
    for (const chunks of rawCases) statuses.push((await raw(server, chunks, { waitMs: 5_000 })).status);
    expect(statuses).toEqual([
      400, 400, 400, 400, 400, 400, 400, 400, 400, 405, 405, 404, 400, 431, 404, 404, 413, 400, 408, 408,
    ]);

    // A client that sends a whole, valid body but declared more, then goes away: nothing is set.
    const body = '{"error_reason": "abandoned"}';
    await disconnectMidBody(
      server,
      http(
        'POST',
        setError,
        { 'Content-Type': 'application/json', 'Content-Length': body.length + 20 },
        body,
      ),
    );
    // And one that goes away halfway through the body.
    await disconnectMidBody(
      server,
      http(
        'POST',
        setError,
        { 'Content-Type': 'application/json', 'Content-Length': 200 },
        body.slice(0, 10),
      ),
    );
    // Give the server a moment to see the closes before looking.
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(stateOf(server)).toEqual(before);
    expect(recordsOf(server.store).task(id)?.ended_reason ?? null).not.toBe('abandoned');
    const after = await request(server, 'GET', `${base}/detail/${id}`);
    expect(after.status).toBe(200);
    expect(after.body).toEqual(detail.body);
    expect((await request(server, 'GET', '/healthz')).status).toBe(200);
    // The store still works: a good request after all that is served.
    const good = await request(server, 'POST', setError, { json: { error_reason: 'finally' } });
    expect(good.status).toBe(200);
    expect(recordsOf(server.store).task(id)).toMatchObject({ status: 2000, ended_reason: 'finally' });
  });
});
