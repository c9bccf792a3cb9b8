/**
 * The reference server's control API against its description, openapi/mock-control.yaml:
 * every control answer these tests receive is held to the documented response of its path,
 * method and status (an undocumented status fails, see control-contract.ts), every operation is
 * run end to end over a real socket, and every bad input gets its documented 4xx and changes
 * nothing.
 */
import { describe, expect, it, vi } from 'vitest';
import { simple } from '../../mocks/definitions/define-task.js';
import type { MockServer } from '../../mocks/server/start-mock-server.js';
import { definition } from '../mocks/definitions.js';
import { contractErrors } from '../mocks/spec-contract.js';
import { collectExamples } from '../spec/collect-examples.js';
import { type Json, type JsonObject, listOperations } from '../spec/load-spec.js';
import { expectDocumented, controlSpec as spec, controlValidator as validator } from './control-contract.js';
import { type JsonAnswer, rawRequest, request, startTestServer } from './harness.js';

const api = '/api/vwed-task-record';
/** The doc-examples seed's finished task (status 1000), and its clock: 2025-09-29T17:35:00. */
const docTaskId = '7b84fd4d-e947-4ec7-8535-05ede5f8aa9d';
const mib = 1024 * 1024;

/** A request to the control API (or /healthz), its answer held to the spec. */
async function control(
  server: MockServer,
  method: string,
  path: string,
  init: { body?: string; json?: unknown; headers?: Record<string, string> } = {},
): Promise<JsonAnswer> {
  const answer = await request(server, method, path, init);
  expectDocumented(method, path, answer);
  return answer;
}

/** A raw HTTP/1.1 request (for what fetch cannot send), its answer parsed and held to the spec. */
async function rawControl(
  server: MockServer,
  method: string,
  path: string,
  headers: Record<string, string | number>,
  body: Buffer = Buffer.alloc(0),
): Promise<JsonAnswer> {
  const head = [`${method} ${path} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close']
    .concat(Object.entries(headers).map(([name, value]) => `${name}: ${value}`))
    .join('\r\n');
  const raw = await rawRequest(server, [Buffer.concat([Buffer.from(`${head}\r\n\r\n`), body])], {
    waitMs: 10_000,
  });
  const split = raw.text.indexOf('\r\n\r\n');
  expect(split, raw.text).toBeGreaterThan(0);
  const parsed = new Headers();
  for (const line of raw.text.slice(0, split).split('\r\n').slice(1)) {
    const colon = line.indexOf(':');
    parsed.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  const text = raw.text.slice(split + 4);
  const answer: JsonAnswer = {
    status: raw.status ?? 0,
    headers: parsed,
    body: text === '' ? null : JSON.parse(text),
  };
  expectDocumented(method, path, answer);
  return answer;
}

// ——— state ———

/** The store's data without the journal of task-record API requests. */
function stateOf(server: MockServer) {
  const { requests: _requests, ...rest } = server.store.snapshot();
  return rest;
}

/** A definition with two blocks; b1 is what scenarios steer. */
const twoSteps = definition('two-steps', [
  { id: 1, name: 'b1', blockType: 'PrintBp', inputParams: { message: simple('开始') } },
  { id: 2, name: 'b2', blockType: 'PrintBp', inputParams: { message: simple('结束') } },
]);

/**
 * A server (doc-examples seed, clock stopped) whose store also holds the `two-steps`
 * definition, a run of it in flight and a queued fault: state that a wrongly accepted
 * request would change.
 */
async function busyServer(options: Parameters<typeof startTestServer>[0] = {}) {
  const server = await startTestServer(options);
  expect((await control(server, 'POST', '/__mock/definitions', { json: twoSteps })).status).toBe(201);
  const run = await control(server, 'POST', '/__mock/tasks', {
    json: { definitionId: 'two-steps', scenario: { blocks: { b1: { durationMs: 60_000 } } } },
  });
  expect(run.status).toBe(201);
  const fault = await control(server, 'POST', '/__mock/faults', {
    json: { operation: 'retryTask', status: 500 },
  });
  expect(fault.status).toBe(201);
  return server;
}

/** Sends a bad request: the answer is the documented error with `status`, and the store is unchanged. */
async function expectRefused(
  server: MockServer,
  method: string,
  path: string,
  init: { body?: string; json?: unknown; headers?: Record<string, string> },
  status: number,
  message: RegExp,
): Promise<JsonAnswer> {
  const before = stateOf(server);
  const answer = await control(server, method, path, init);
  expect(answer.status).toBe(status);
  expect(answer.body).toEqual({ code: status, message: expect.stringMatching(message) });
  expect(stateOf(server)).toEqual(before);
  return answer;
}

/** A task-record API call, its answer held to vwed-task-record.yaml. */
async function apiCall(
  server: MockServer,
  method: string,
  operationId: string,
  path: string,
  json?: unknown,
) {
  const answer = await request(server, method, `${api}${path}`, json === undefined ? {} : { json });
  expect(contractErrors(operationId, answer.status, answer.body)).toEqual([]);
  return answer as JsonAnswer & { body: { code?: number; message: string; data?: Record<string, unknown> } };
}

/** The clock reading `ms` as the engine writes it. */
function timestampOf(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '000');
}

// ——— the spec itself ———

/** An array nested `depth` levels deep: deeper than the store takes past 256. */
function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let level = 0; level < depth; level++) value = [value];
  return value;
}

describe('openapi/mock-control.yaml', () => {
  const cases = collectExamples(spec, { 'x-method-not-allowed': spec['x-method-not-allowed'] as Json });

  it('documents the twelve operations, each with an example on its request body and every response', () => {
    expect(listOperations(spec).map(({ operation }) => operation.operationId)).toEqual([
      'getHealth',
      'addDefinition',
      'removeDefinition',
      'runTask',
      'advanceClock',
      'runUntilIdle',
      'injectFault',
      'clearFaults',
      'getRequests',
      'resetStore',
      'getSnapshot',
      'restoreSnapshot',
    ]);
    for (const { path, method, operation } of listOperations(spec)) {
      const where = `${method.toUpperCase()} ${path}`;
      if (operation.requestBody !== undefined) {
        expect(
          cases.some((example) => example.where.startsWith(`${where} request `)),
          where,
        ).toBe(true);
      }
      for (const status of Object.keys(operation.responses as JsonObject)) {
        expect(
          cases.some((example) => example.where.startsWith(`${where} ${status} `)),
          `${where} ${status}`,
        ).toBe(true);
      }
    }
    expect(cases.some((example) => example.where.startsWith('x-method-not-allowed '))).toBe(true);
  });

  it.each(cases.map((example) => [example.where, example] as const))(
    'example %s validates',
    (_where, example) => {
      const validate = validator.compile(example.schema);
      const valid = validate(example.value);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    },
  );

  it('has schemas strict enough to refuse what the server refuses', () => {
    const advance = validator.compile({ $ref: '#/components/schemas/AdvanceClockRequest' });
    expect(advance({ ms: 5_000 })).toBe(true);
    expect(advance({ ms: -1 })).toBe(false);
    expect(advance({ ms: 86_400_001 })).toBe(false);
    const fault = validator.compile({ $ref: '#/components/schemas/FaultRequest' });
    expect(fault({ operation: 'stopTask', status: 500 })).toBe(true);
    expect(fault({ operation: 'deleteTask', status: 500 })).toBe(false);
    expect(fault({ operation: 'stopTask', status: 600 })).toBe(false);
    const state = validator.compile({ $ref: '#/components/schemas/StoreState' });
    expect(state({ version: 2 })).toBe(false);
  });
});

// ——— the operations, end to end ———

describe('GET /healthz', () => {
  it('answers 200 {status: ok}; another method 405 with Allow: GET', async () => {
    const server = await startTestServer();
    const health = await control(server, 'GET', '/healthz');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok' });
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const wrong = await control(server, method, '/healthz', { json: {} });
      expect(wrong.status).toBe(405);
      expect(wrong.headers.get('allow')).toBe('GET');
    }
  });
});

describe('a definition run through the control API', () => {
  it('adds a definition, runs it with a scenario, advances the clock and sees the run end in the API', async () => {
    const server = await startTestServer();
    const start = server.store.now();

    const added = await control(server, 'POST', '/__mock/definitions', { json: twoSteps });
    expect(added.status).toBe(201);
    expect(added.body).toEqual({ id: 'two-steps' });
    expect(server.store.snapshot().definitions.map((stored) => stored.id)).toContain('two-steps');

    const run = await control(server, 'POST', '/__mock/tasks', {
      json: {
        definitionId: 'two-steps',
        inputParams: { to: 'B' },
        scenario: { blocks: { b1: { durationMs: 5_000 }, b2: { fail: '叉车电量不足' } } },
        source: { source_system: 'WMS', source_user: 'tester', priority: 3 },
        variables: { batch: 7 },
      },
    });
    expect(run.status).toBe(201);
    const { taskRecordId } = run.body as { taskRecordId: string };

    const running = await apiCall(server, 'GET', 'getTaskRecord', `/detail/${taskRecordId}`);
    expect(running.status).toBe(200);
    expect(running.body.data).toMatchObject({
      id: taskRecordId,
      task_id: 'two-steps',
      status: 1001,
      input_params: { from: 'A', to: 'B' },
      source_system: 'WMS',
      source_user: 'tester',
      priority: 3,
      variables: { batch: 7 },
    });

    const halfway = await control(server, 'POST', '/__mock/clock/advance', { json: { ms: 1_000 } });
    expect(halfway.status).toBe(200);
    expect(halfway.body).toEqual({ now: timestampOf(start + 1_000) });
    expect((await apiCall(server, 'GET', 'getTaskRecord', `/detail/${taskRecordId}`)).body.data?.status).toBe(
      1001,
    );

    const after = await control(server, 'POST', '/__mock/clock/advance', { json: { ms: 10_000 } });
    expect(after.body).toEqual({ now: timestampOf(start + 11_000) });
    const ended = await apiCall(server, 'GET', 'getTaskRecord', `/detail/${taskRecordId}`);
    expect(ended.body.data).toMatchObject({ status: 2000, ended_reason: '叉车电量不足' });
    const blocks = await apiCall(server, 'GET', 'getBlockRecords', `/blocks/${taskRecordId}`);
    const byName = Object.fromEntries(
      (blocks.body.data as unknown as { block_name: string; status: number }[]).map((block) => [
        block.block_name,
        block.status,
      ]),
    );
    expect(byName).toMatchObject({ b1: 1000, b2: 2000 });
  });

  it('takes a detail as a JSON string, and replaces a definition of the same id', async () => {
    const server = await startTestServer({ seed: 'empty' });
    const asString = { ...twoSteps, label: '字符串定义', detail: JSON.stringify(twoSteps.detail) };
    expect((await control(server, 'POST', '/__mock/definitions', { json: asString })).status).toBe(201);
    const run = await control(server, 'POST', '/__mock/tasks', { json: { definitionId: 'two-steps' } });
    await control(server, 'POST', '/__mock/clock/advance', { json: { ms: 60_000 } });
    const id = (run.body as { taskRecordId: string }).taskRecordId;
    const detail = await apiCall(server, 'GET', 'getTaskRecord', `/detail/${id}`);
    expect(detail.body.data).toMatchObject({ status: 1000, task_name: '字符串定义' });

    const replaced = await control(server, 'POST', '/__mock/definitions', {
      json: { ...twoSteps, label: '新名字' },
    });
    expect(replaced.status).toBe(201);
    expect(server.store.snapshot().definitions).toEqual([
      expect.objectContaining({ id: 'two-steps', label: '新名字' }),
    ]);
  });

  it('runs a periodic definition again every period after its first run', async () => {
    const server = await startTestServer({ seed: 'empty' });
    const periodic = { ...twoSteps, id: 'periodic', periodicTask: 1, period: 1_000 };
    expect((await control(server, 'POST', '/__mock/definitions', { json: periodic })).status).toBe(201);
    expect(
      (await control(server, 'POST', '/__mock/tasks', { json: { definitionId: 'periodic' } })).status,
    ).toBe(201);
    await control(server, 'POST', '/__mock/clock/advance', { json: { ms: 2_500 } });
    const snapshot = await control(server, 'GET', '/__mock/snapshot');
    expect((snapshot.body as { tasks: unknown[] }).tasks).toHaveLength(3);
  });

  it('advances by 0 and by exactly one hour', async () => {
    const server = await startTestServer();
    const start = server.store.now();
    expect((await control(server, 'POST', '/__mock/clock/advance', { json: { ms: 0 } })).body).toEqual({
      now: timestampOf(start),
    });
    expect(
      (await control(server, 'POST', '/__mock/clock/advance', { json: { ms: 3_600_000 } })).body,
    ).toEqual({
      now: timestampOf(start + 3_600_000),
    });
  });
});

describe('POST /__mock/faults', () => {
  it('queues a fault that the next matching API calls answer, then the operation runs again', async () => {
    const server = await startTestServer();
    const queued = await control(server, 'POST', '/__mock/faults', {
      json: { operation: 'getTaskRecord', status: 503, message: '数据库连接超时', times: 2 },
    });
    expect(queued.status).toBe(201);
    expect(queued.body).toEqual({
      operation: 'getTaskRecord',
      status: 503,
      message: '数据库连接超时',
      times: 2,
    });

    // Another operation is not affected.
    expect((await apiCall(server, 'GET', 'getBlockRecords', `/blocks/${docTaskId}`)).status).toBe(200);
    for (let call = 0; call < 2; call++) {
      const failed = await apiCall(server, 'GET', 'getTaskRecord', `/detail/${docTaskId}`);
      expect(failed.status).toBe(503);
      expect(failed.body).toEqual({ code: 503, message: '数据库连接超时' });
    }
    expect((await apiCall(server, 'GET', 'getTaskRecord', `/detail/${docTaskId}`)).status).toBe(200);
    expect(server.store.requests.filter((entry) => entry.fault === true)).toHaveLength(2);
    expect(server.store.snapshot().faults).toEqual([]);
  });

  it('fills in the defaults: message "injected fault <status>", times 1', async () => {
    const server = await startTestServer();
    const queued = await control(server, 'POST', '/__mock/faults', {
      json: { operation: 'stopTask', status: 500 },
    });
    expect(queued.status).toBe(201);
    expect(queued.body).toEqual({
      operation: 'stopTask',
      status: 500,
      message: 'injected fault 500',
      times: 1,
    });
    const stop = await apiCall(server, 'POST', 'stopTask', `/stop/${docTaskId}`);
    expect(stop.status).toBe(500);
    expect(stop.body).toEqual({ code: 500, message: 'injected fault 500' });
    // Used up: the next stop runs (and refuses a finished task, R6).
    expect((await apiCall(server, 'POST', 'stopTask', `/stop/${docTaskId}`)).status).toBe(400);
  });
});

describe('POST /__mock/reset and GET /__mock/snapshot', () => {
  it('reset puts the store back as it started: the new run, definition and fault are gone', async () => {
    const server = await startTestServer();
    const initial = server.store.snapshot();
    expect((await control(server, 'POST', '/__mock/definitions', { json: twoSteps })).status).toBe(201);
    const run = await control(server, 'POST', '/__mock/tasks', { json: { definitionId: 'two-steps' } });
    const id = (run.body as { taskRecordId: string }).taskRecordId;
    await control(server, 'POST', '/__mock/clock/advance', { json: { ms: 100 } });
    await control(server, 'POST', '/__mock/faults', { json: { operation: 'retryTask', status: 502 } });
    expect((await apiCall(server, 'GET', 'getTaskRecord', `/detail/${id}`)).status).toBe(200);

    // No body at all (fetch sends no Content-Type then) reads as {}.
    const reset = await control(server, 'POST', '/__mock/reset');
    expect(reset.status).toBe(200);
    expect(reset.body).toEqual({ status: 'ok' });
    expect(server.store.snapshot()).toEqual(initial);

    const gone = await apiCall(server, 'GET', 'getTaskRecord', `/detail/${id}`);
    expect(gone.status).toBe(404);
    const snapshot = await control(server, 'GET', '/__mock/snapshot');
    const state = snapshot.body as {
      definitions: { id: string }[];
      tasks: { id: string }[];
      faults: unknown[];
    };
    expect(state.definitions.map((stored) => stored.id)).not.toContain('two-steps');
    expect(state.tasks.map((task) => task.id)).not.toContain(id);
    expect(state.faults).toEqual([]);
  });

  it('snapshot answers the whole state, as store.snapshot() has it, and changes nothing', async () => {
    const server = await busyServer();
    await apiCall(server, 'GET', 'getTaskRecord', `/detail/${docTaskId}`);
    const before = server.store.snapshot();
    const answer = await control(server, 'GET', '/__mock/snapshot');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(before);
    expect(Object.keys(answer.body as object).sort()).toEqual(
      [
        'blocks',
        'definitions',
        'faults',
        'logs',
        'nextThreadId',
        'now',
        'random',
        'requests',
        'runs',
        'schedules',
        'tasks',
        'version',
      ].sort(),
    );
    const state = answer.body as { version: number; runs: unknown[]; faults: unknown[]; requests: unknown[] };
    expect(state.version).toBe(1);
    expect(state.runs).toHaveLength(1);
    expect(state.faults).toEqual([
      { operation: 'retryTask', status: 500, message: 'injected fault 500', times: 1 },
    ]);
    expect(state.requests).toHaveLength(1);
    // Reading it is not journaled and changes nothing.
    expect(server.store.snapshot()).toEqual(before);
  });
});

// ——— bad input ———

describe('request bodies', () => {
  it('refuses a body that is not JSON, a JSON value that is not an object, and another content type', async () => {
    const server = await busyServer();
    const json = { 'content-type': 'application/json' };
    await expectRefused(
      server,
      'POST',
      '/__mock/definitions',
      { body: '{"id": "x",', headers: json },
      400,
      /not valid JSON/,
    );
    for (const body of ['[]', '[{"definitionId": "two-steps"}]', 'null', '"two-steps"', '42', 'true']) {
      await expectRefused(
        server,
        'POST',
        '/__mock/tasks',
        { body, headers: json },
        400,
        /must be a JSON object/,
      );
    }
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/jsonp']) {
      await expectRefused(
        server,
        'POST',
        '/__mock/faults',
        { body: JSON.stringify({ operation: 'stopTask', status: 500 }), headers: { 'content-type': type } },
        400,
        /must be JSON \(Content-Type: application\/json\)/,
      );
    }
    // A reset sent as text resets nothing.
    await expectRefused(
      server,
      'POST',
      '/__mock/reset',
      { body: '{}', headers: { 'content-type': 'text/plain' } },
      400,
      /Content-Type/,
    );
    await expectRefused(
      server,
      'POST',
      '/__mock/reset',
      { body: 'reset', headers: json },
      400,
      /not valid JSON/,
    );
    await expectRefused(server, 'POST', '/__mock/reset', { body: '[]', headers: json }, 400, /JSON object/);
  });

  it('takes application/json with parameters or in capitals, and a body without Content-Type', async () => {
    const server = await startTestServer();
    const start = server.store.now();
    const body = JSON.stringify({ ms: 1_000 });
    for (const type of ['application/json; charset=utf-8', 'Application/JSON']) {
      const answer = await control(server, 'POST', '/__mock/clock/advance', {
        body,
        headers: { 'content-type': type },
      });
      expect(answer.status).toBe(200);
    }
    const bare = await rawControl(
      server,
      'POST',
      '/__mock/clock/advance',
      { 'Content-Length': body.length },
      Buffer.from(body),
    );
    expect(bare.status).toBe(200);
    expect(bare.body).toEqual({ now: timestampOf(start + 3_000) });
  });

  it('reads an empty body as {}: a field it needs is then missing', async () => {
    const server = await busyServer();
    const json = { 'content-type': 'application/json' };
    await expectRefused(
      server,
      'POST',
      '/__mock/clock/advance',
      { body: '', headers: json },
      400,
      /got nothing/,
    );
    await expectRefused(
      server,
      'POST',
      '/__mock/tasks',
      { body: '  \n', headers: json },
      400,
      /definitionId/,
    );
    await expectRefused(server, 'POST', '/__mock/definitions', {}, 400, /detail is missing/);
    await expectRefused(
      server,
      'POST',
      '/__mock/faults',
      {},
      400,
      /injectFault: operation must be one of getBlockRecords, .*, got undefined/,
    );
  });

  it('refuses a body that is not UTF-8 (400) and one over 1 MiB (413), changing nothing', async () => {
    const server = await busyServer();
    const before = stateOf(server);
    const latin1 = await rawControl(
      server,
      'POST',
      '/__mock/definitions',
      { 'Content-Type': 'application/json', 'Content-Length': 4 },
      Buffer.from([0x7b, 0xff, 0xfe, 0x7d]),
    );
    expect(latin1.status).toBe(400);
    expect(latin1.body).toEqual({ code: 400, message: '控制请求无效: the body is not UTF-8 text' });
    // Only the headers: the answer comes before any of the declared body.
    const large = await rawControl(server, 'POST', '/__mock/definitions', {
      'Content-Type': 'application/json',
      'Content-Length': mib + 1,
    });
    expect(large.status).toBe(413);
    expect(large.body).toEqual({ code: 413, message: '请求体超过 1048576 字节' });
    expect(stateOf(server)).toEqual(before);
  });
});

describe('invalid fields', () => {
  it('POST /__mock/definitions: a missing or empty id, a missing detail, a bad period', async () => {
    const server = await busyServer();
    const { id: _id, ...withoutId } = twoSteps;
    const { detail: _detail, ...withoutDetail } = twoSteps;
    const cases: [unknown, RegExp][] = [
      [withoutId, /id must be a non-empty string/],
      [{ ...twoSteps, id: '' }, /id must be a non-empty string/],
      [{ ...twoSteps, id: 42 }, /id must be a non-empty string/],
      [withoutDetail, /detail is missing/],
      [{ ...twoSteps, periodicTask: 1, period: 999 }, /period must be an integer >= 1000/],
      [{ ...twoSteps, periodicTask: 1, period: 1_500.5 }, /period must be an integer >= 1000/],
      [{ ...twoSteps, period: '60000' }, /period must be an integer >= 1000/],
      [{ ...twoSteps, label: 42 }, /label must be a string, got 42/],
      [{ ...twoSteps, version: -1 }, /version must be an integer >= 0/],
      [{ ...twoSteps, version: '2' }, /version must be an integer >= 0/],
      [{ ...twoSteps, periodicTask: 2 }, /periodicTask must be 0 or 1/],
      [{ ...twoSteps, detail: nested(300) }, /detail nests deeper than 256 levels/],
    ];
    for (const [json, message] of cases) {
      await expectRefused(server, 'POST', '/__mock/definitions', { json }, 400, message);
    }
  });

  it('POST /__mock/tasks: definitionId, an unknown definition, and every option of the wrong shape', async () => {
    const server = await busyServer();
    const cases: [unknown, RegExp][] = [
      [{}, /definitionId must be a non-empty string/],
      [{ definitionId: '' }, /definitionId must be a non-empty string/],
      [{ definitionId: 7 }, /definitionId must be a non-empty string/],
      [{ definitionId: 'no-such-definition' }, /runTask: no definition "no-such-definition"/],
      [{ definitionId: 'constructor' }, /runTask: no definition "constructor"/],
      [{ definitionId: 'two-steps', inputParams: [] }, /inputParams must be an object/],
      [{ definitionId: 'two-steps', inputParams: 'from=A' }, /inputParams must be an object/],
      [{ definitionId: 'two-steps', scenario: 'fail' }, /options\.scenario must be/],
      [{ definitionId: 'two-steps', scenario: null }, /options\.scenario must be/],
      [{ definitionId: 'two-steps', scenario: { blocks: [] } }, /options\.scenario\.blocks must be/],
      [{ definitionId: 'two-steps', scenario: { blocks: { b1: true } } }, /blocks\["b1"\] must be/],
      [
        { definitionId: 'two-steps', scenario: { blocks: { b1: { fail: ' ' } } } },
        /\.fail must be a non-empty reason/,
      ],
      [
        { definitionId: 'two-steps', scenario: { blocks: { b1: { durationMs: -1 } } } },
        /\.durationMs must be/,
      ],
      [
        { definitionId: 'two-steps', scenario: { blocks: { b1: { durationMs: 86_400_001 } } } },
        /\.durationMs must be/,
      ],
      [
        { definitionId: 'two-steps', scenario: { blocks: { b1: { outputs: [1] } } } },
        /\.outputs must be an object/,
      ],
      [{ definitionId: 'two-steps', source: 'WMS' }, /options\.source must be/],
      [{ definitionId: 'two-steps', source: { source_type: 1.5 } }, /source_type must be an integer or null/],
      [{ definitionId: 'two-steps', source: { priority: 'high' } }, /priority must be an integer/],
      [{ definitionId: 'two-steps', source: { source_user: 5 } }, /source_user must be a string or null/],
      [{ definitionId: 'two-steps', variables: [] }, /options\.variables must be an object/],
    ];
    for (const [json, message] of cases) {
      await expectRefused(server, 'POST', '/__mock/tasks', { json }, 400, message);
    }
  });

  it('POST /__mock/clock/advance: ms missing, not a whole number, or out of 0..3600000', async () => {
    const server = await busyServer();
    const cases: [unknown, RegExp][] = [
      [{}, /ms must be a whole number from 0 to 3600000, got nothing/],
      [{ ms: -1 }, /got -1$/],
      [{ ms: 3_600_001 }, /got 3600001$/],
      [{ ms: 0.5 }, /got 0.5$/],
      [{ ms: 1e308 }, /ms must be a whole number/],
      [{ ms: '5000' }, /got "5000"$/],
      [{ ms: null }, /got null$/],
      [{ milliseconds: 5_000 }, /unknown field "milliseconds"; the fields are ms/],
    ];
    for (const [json, message] of cases) {
      await expectRefused(server, 'POST', '/__mock/clock/advance', { json }, 400, message);
    }
  });

  it('POST /__mock/faults: an unknown operation, a status the spec does not document for it, or not an integer', async () => {
    const server = await busyServer();
    const cases: unknown[] = [
      { operation: 'stopTask', status: 500, message: 42 },
      { operation: 'stopTask', status: 500, times: -2 },
      { operation: 'stopTask', status: 500, times: 1.5 },
      { status: 500 },
      { operation: 'deleteTask', status: 500 },
      { operation: 'constructor', status: 500 },
      { operation: 'GETTASKRECORD', status: 500 },
      { operation: 'stopTask' },
      { operation: 'stopTask', status: 399 },
      { operation: 'stopTask', status: 600 },
      { operation: 'stopTask', status: '500' },
      { operation: 'stopTask', status: 500.5 },
      // Statuses in 400..599 that the spec does not document for the operation.
      { operation: 'stopTask', status: 404 },
      { operation: 'getTaskRecord', status: 401 },
      { operation: 'getBlockRecords', status: 400 },
      { operation: 'getTaskRecord', status: 422 },
      { operation: 'setTaskError', status: 405 },
    ];
    for (const json of cases) {
      await expectRefused(
        server,
        'POST',
        '/__mock/faults',
        { json },
        400,
        /injectFault: (operation must be one of getBlockRecords, .*, got |status must be an integer, got |status \d+ is not documented for \w+; one of \d+|message must be a string|times must be an integer > 0)/,
      );
    }
  });
});

describe('paths and methods', () => {
  it('answers 404 for a path under /__mock that is not a control operation', async () => {
    const server = await busyServer();
    const cases: [string, string][] = [
      ['GET', '/__mock/nope'],
      ['POST', '/__mock/nope'],
      ['GET', '/__mock/constructor'],
      ['POST', '/__mock/__proto__'],
      ['GET', '/__mock/hasOwnProperty'],
      ['GET', '/__mock'],
      ['POST', '/__mock/'],
      ['POST', '/__mock/reset/'],
      ['GET', '/__mock/snapshot/x'],
    ];
    for (const [method, path] of cases) {
      const answer = await expectRefused(
        server,
        method,
        path,
        method === 'POST' ? { json: {} } : {},
        404,
        /未找到控制接口/,
      );
      expect((answer.body as { message: string }).message).toBe(`未找到控制接口: ${method} ${path}`);
    }
  });

  it('answers 405 with Allow for a method the path does not take', async () => {
    const server = await busyServer();
    const cases: [string, string, string][] = [
      ['GET', '/__mock/reset', 'POST'],
      ['PUT', '/__mock/reset', 'POST'],
      ['POST', '/__mock/snapshot', 'GET, PUT'],
      ['DELETE', '/__mock/snapshot', 'GET, PUT'],
      ['GET', '/__mock/definitions', 'POST'],
      ['PATCH', '/__mock/tasks', 'POST'],
      ['GET', '/__mock/clock/advance', 'POST'],
      ['GET', '/__mock/clock/run-until-idle', 'POST'],
      ['GET', '/__mock/faults', 'POST, DELETE'],
      ['POST', '/__mock/requests', 'GET'],
      ['POST', '/__mock/definitions/x', 'DELETE'],
    ];
    for (const [method, path, allow] of cases) {
      const answer = await expectRefused(
        server,
        method,
        path,
        method === 'GET' ? {} : { json: {} },
        405,
        /不支持的请求方法/,
      );
      expect(answer.headers.get('allow')).toBe(allow);
    }
  });

  it('with control: false, every /__mock path answers 404 and /healthz still 200', async () => {
    const server = await busyServer();
    const off = await startTestServer({ store: server.store, control: false });
    const cases: [string, string][] = [
      ['GET', '/__mock/snapshot'],
      ['POST', '/__mock/reset'],
      ['POST', '/__mock/definitions'],
      ['POST', '/__mock/tasks'],
      ['POST', '/__mock/clock/advance'],
      ['POST', '/__mock/faults'],
      ['POST', '/__mock/snapshot'],
      ['GET', '/__mock/nope'],
      ['GET', '/__mock'],
    ];
    for (const [method, path] of cases) {
      const json = path === '/__mock/clock/advance' ? { ms: 1_000 } : {};
      await expectRefused(off, method, path, method === 'POST' ? { json } : {}, 404, /控制接口已关闭/);
    }
    const health = await control(off, 'GET', '/healthz');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok' });
    // The task-record API is still served.
    expect((await apiCall(off, 'GET', 'getTaskRecord', `/detail/${docTaskId}`)).status).toBe(200);
  });
});

describe('regression: a bug of the mock answered 400, blaming the caller', () => {
  // Any TypeError was a 400, so `Cannot read properties of undefined` from a bug reached the
  // caller as their mistake. Only a MockInputError is one now; anything else is the 500.
  it('answers 500 for a plain TypeError thrown by a store method, and reports it through onError', async () => {
    const onError = vi.fn<(error: Error) => void>();
    const server = await startTestServer({ onError });
    const bug = new TypeError("Cannot read properties of undefined (reading 'x')");
    const spy = vi.spyOn(server.store, 'advance').mockImplementation(() => {
      throw bug;
    });
    const answer = await control(server, 'POST', '/__mock/clock/advance', { json: { ms: 1_000 } });
    expect(answer.status).toBe(500);
    expect(answer.body).toEqual({ code: 500, message: `控制请求失败: ${bug.message}` });
    expect((answer.body as { message: string }).message).not.toMatch(/控制请求无效/);
    expect(onError).toHaveBeenCalledTimes(1);
    const reported = onError.mock.calls[0]?.[0];
    expect(reported?.cause).toBe(bug);
    expect(reported?.message).toBe(
      `[vwed] control request POST /__mock/clock/advance failed: ${bug.message}`,
    );
    spy.mockRestore();
  });

  it('still answers 400 for a caller mistake (a MockInputError), without calling onError', async () => {
    const onError = vi.fn<(error: Error) => void>();
    const server = await startTestServer({ onError });
    const answer = await control(server, 'POST', '/__mock/faults', {
      json: { operation: 'deleteTask', status: 500 },
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      code: 400,
      message: expect.stringMatching(/^控制请求无效: injectFault: operation must be one of/),
    });
    const run = await control(server, 'POST', '/__mock/tasks', { json: { definitionId: 'no-such' } });
    expect(run.status).toBe(400);
    expect(onError).not.toHaveBeenCalled();
  });

  it('answers 500 for an error that is not even an Error, and reports it as one', async () => {
    const onError = vi.fn<(error: Error) => void>();
    const server = await startTestServer({ onError });
    vi.spyOn(server.store, 'snapshot').mockImplementationOnce(() => {
      throw 'boom';
    });
    const answer = await control(server, 'GET', '/__mock/snapshot');
    expect(answer.status).toBe(500);
    expect(answer.body).toEqual({ code: 500, message: '控制请求失败: boom' });
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(Error);
    expect(onError.mock.calls[0]?.[0].cause).toBe('boom');
  });
});
