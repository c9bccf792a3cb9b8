// The smoke checks of the installed package, one per entry point. They receive the loaded
// modules instead of importing them, so that smoke.mjs (ESM: import) and smoke.cjs
// (CommonJS: require) run the very same checks against the two builds.
'use strict';

const assert = require('node:assert/strict');

const DEFINITION_ID = '3273c7cb-b4bb-47df-9d47-17f96bc401fc'; // the document's example task
const DOC_RECORD_ID = '7b84fd4d-e947-4ec7-8535-05ede5f8aa9d';
const BASE_URL = 'http://engine.test';
const API = `${BASE_URL}/api/vwed-task-record`;

/** Runs `body` with MSW's setupServer over a fresh store, and always closes it. */
async function withMockServer({ mocks, mswNode }, body) {
  const store = mocks.createMockStore({ seed: 'doc-examples', randomSeed: 1 });
  const server = mswNode.setupServer(...mocks.createTaskRecordHandlers({ store }));
  // msw 3 renamed onUnhandledRequest to onUnhandledFrame; each major ignores the other's.
  server.listen({ onUnhandledRequest: 'error', onUnhandledFrame: 'error' });
  try {
    return await body(store);
  } finally {
    server.close();
  }
}

/** `.`: a client created before MSW listens; the seven operations; errors; waitForTask; the toolkit. */
async function checkClient({ root, mocks, mswNode }) {
  const client = root.createTaskRecordClient({ baseUrl: BASE_URL });
  await withMockServer({ mocks, mswNode }, async (store) => {
    const failing = store.runTask(
      DEFINITION_ID,
      { from: 'A' },
      { scenario: { blocks: { b2: { fail: '叉车电量不足' } } } },
    );
    store.runUntilIdle();

    const detail = await client.getTaskRecord(failing);
    assert.equal(detail.status, root.TaskStatus.failed);
    const blocks = await client.getBlockRecords(failing);
    assert.ok(blocks.length > 0, 'getBlockRecords: no block records');
    const block = await client.getBlockRecord(blocks[0].id);
    assert.equal(block.id, blocks[0].id);
    const tree = root.normalizeExecutionResults(await client.getExecutionResults(failing));
    assert.equal(tree.mode, 'nested');
    const summary = root.summarizeExecutionTree(tree.root);
    assert.equal(summary.firstFailure?.reason, '叉车电量不足');
    assert.match(root.formatExecutionTree(tree.root), /b2/);

    const retried = await client.retryTask(failing);
    assert.equal(typeof retried.new_task_record_id, 'string');
    const running = store.runTask(DEFINITION_ID, { from: 'A' });
    store.advance(10);
    const stopped = await client.stopTask(running);
    assert.equal(stopped.status, root.TaskStatus.cancelled);
    const another = store.runTask(DEFINITION_ID, { from: 'A' });
    store.advance(10);
    const failed = await client.setTaskError(another, '现场人工干预');
    assert.ok(Array.isArray(failed.updated_blocks));

    // waitForTask polls until the run ends; each poll moves the virtual clock on.
    const waited = store.runTask(DEFINITION_ID, { from: 'A' });
    const ended = await client.waitForTask(waited, { intervalMs: 1, onUpdate: () => store.advance(1_000) });
    assert.equal(ended.status, 1000);

    const missing = await client.getTaskRecord('no-such-record').then(
      () => assert.fail('getTaskRecord of an unknown ID resolved'),
      (error) => error,
    );
    assert.ok(root.isVwedApiError(missing, 404), `expected a VwedApiError 404, got ${missing}`);
    assert.ok(missing instanceof root.VwedApiError && missing instanceof root.VwedError);
    await assert.rejects(client.getTaskRecord(''), TypeError);
  });
  // The document's own record, untouched by the runs above.
  await withMockServer({ mocks, mswNode }, async () => {
    const detail = await client.getTaskRecord(DOC_RECORD_ID);
    assert.equal(detail.id, DOC_RECORD_ID);
  });
}

/** `./schemas`: a payload validates and a malformed one does not. */
function checkSchemas({ schemas }) {
  const good = {
    code: 200,
    message: '任务终止成功',
    data: {
      task_record_id: 'x',
      status: 2001,
      ended_on: '2025-04-30T17:28:19.105648',
      ended_reason: '任务终止',
    },
  };
  assert.equal(
    schemas.stopTaskResponseSchema.safeParse(good).success,
    true,
    'a valid stop answer was refused',
  );
  const bad = { ...good, data: { ...good.data, status: 'stopped' } };
  assert.equal(
    schemas.stopTaskResponseSchema.safeParse(bad).success,
    false,
    'a malformed stop answer passed',
  );
}

/** `./mocks`: setupServer over the handlers, a run in virtual time, stop and retry, by plain fetch. */
async function checkMocks({ mocks, mswNode }) {
  await withMockServer({ mocks, mswNode }, async (store) => {
    const post = (path) => fetch(`${API}${path}`, { method: 'POST' });
    const get = async (path) => (await fetch(`${API}${path}`)).json();

    const id = store.runTask(DEFINITION_ID, { from: 'A' });
    assert.equal((await get(`/detail/${id}`)).data.status, 1001);
    store.advance(10);
    const stop = await post(`/stop/${id}`);
    assert.equal(stop.status, 200);
    assert.equal((await get(`/detail/${id}`)).data.status, 2001);
    assert.equal((await post(`/stop/${id}`)).status, 400, 'a second stop was accepted');

    const failing = store.runTask(DEFINITION_ID, {}, { scenario: { blocks: { b2: { fail: '故障' } } } });
    store.runUntilIdle();
    assert.equal((await get(`/detail/${failing}`)).data.status, 2000);
    const retry = await (await post(`/retry/${failing}`)).json();
    const newId = retry.data.new_task_record_id;
    store.runUntilIdle();
    assert.equal((await get(`/detail/${newId}`)).data.status, 1000);
    assert.equal(store.requests.filter((entry) => entry.operation === 'retryTask').length, 1);

    // The handlers match by RegExp: msw's path patterns decode the path while matching, and an
    // undecodable escape got msw's own 500 instead of the operation's documented 404.
    const undecodable = await fetch(`${API}/detail/%ZZ`);
    assert.equal(undecodable.status, 404);
    assert.equal((await undecodable.json()).message, '未找到ID为 %ZZ 的任务记录');
  });
}

/** `./server`: the reference server on port 0 answers, serves its control API, and closes. */
async function checkServer({ server: serverEntry }) {
  const server = await serverEntry.startMockServer({ seed: 'doc-examples', speed: 0 });
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const detail = await (await fetch(`${server.url}/api/vwed-task-record/detail/${DOC_RECORD_ID}`)).json();
    assert.equal(detail.data.id, DOC_RECORD_ID);
    const created = await fetch(`${server.url}/__mock/tasks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ definitionId: DEFINITION_ID }),
    });
    assert.equal(created.status, 201);
    const { taskRecordId } = await created.json();
    assert.equal(typeof taskRecordId, 'string');
    assert.equal(
      server.store.snapshot().tasks.some((task) => task.id === taskRecordId),
      true,
    );
  } finally {
    await server.close();
  }
}

/**
 * `./query`: the keys, a bad ID refused at once, the query options through query-core's own
 * QueryClient (the installed peer, the lowest or the latest 5.x), a 404 not retried, and stop
 * and retry through a MutationObserver, as `useMutation` runs them.
 */
async function checkQuery({ root, query, queryCore, mocks, mswNode }) {
  assert.deepEqual(query.taskRecordKeys.detail('r1'), ['vwed-task-record', 'record', 'r1', 'detail']);
  assert.throws(() => query.taskRecordKeys.blocks(''), TypeError);
  const client = root.createTaskRecordClient({ baseUrl: BASE_URL });
  assert.throws(() => query.taskRecordQueries(client, { pollIntervalMs: 0 }), TypeError);
  const queries = query.taskRecordQueries(client, { pollIntervalMs: 500 });
  assert.throws(() => queries.detail(''), TypeError);
  const stateOf = (status) => ({ state: { status: 'success', data: { status }, error: null } });
  assert.equal(queries.detail('r1').refetchInterval(stateOf(1000)), false);
  assert.equal(queries.detail('r1').refetchInterval(stateOf(2002)), 500, 'paused (2002) must keep polling');

  await withMockServer({ mocks, mswNode }, async (store) => {
    const queryClient = new queryCore.QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } });
    const running = store.runTask(DEFINITION_ID, { from: 'A' });
    store.advance(10);
    assert.equal((await queryClient.fetchQuery(queries.detail(running))).status, 1001);
    assert.ok((await queryClient.fetchQuery(queries.blocks(running))).length > 0, 'blocks: none');

    const mutations = query.taskRecordMutations(client, queryClient);
    const stopped = await new queryCore.MutationObserver(queryClient, mutations.stop).mutate(running);
    assert.equal(stopped.status, root.TaskStatus.cancelled);
    assert.equal(queryClient.getQueryState(query.taskRecordKeys.detail(running)).isInvalidated, true);
    assert.equal((await queryClient.fetchQuery(queries.detail(running))).status, 2001);

    const failing = store.runTask(
      DEFINITION_ID,
      { from: 'A' },
      { scenario: { blocks: { b2: { fail: '故障' } } } },
    );
    store.runUntilIdle();
    const retried = await new queryCore.MutationObserver(queryClient, mutations.retry).mutate(failing);
    const primed = queryClient.getQueryData(query.taskRecordKeys.detail(retried.new_task_record_id));
    assert.equal(primed?.id, retried.new_task_record_id, 'retry: the new record was not primed');

    const missing = await queryClient.fetchQuery(queries.detail('no-such-record')).then(
      () => assert.fail('the detail of an unknown ID resolved'),
      (error) => error,
    );
    assert.ok(root.isVwedApiError(missing, 404), `expected a VwedApiError 404, got ${missing}`);
    const asked = store.requests.filter((entry) => entry.path.endsWith('/detail/no-such-record'));
    assert.equal(asked.length, 1, 'a 404 was retried');
    queryClient.clear();
  });
}

/**
 * `./control`: the control client drives a reference server from `./server` over real HTTP: a
 * definition added, a run whose b2 fails through the scenario, the clock moved on, the journal
 * read; a refused request is a MockControlError; a bad argument a TypeError, nothing sent.
 */
async function checkControl({ control: controlEntry, server: serverEntry }) {
  const server = await serverEntry.startMockServer({ seed: 'empty', speed: 0 });
  try {
    const control = controlEntry.createMockControlClient({ baseUrl: server.url });
    assert.deepEqual(await control.health(), { status: 'ok' });
    const print = (id, name) => ({
      id,
      name,
      blockType: 'PrintBp',
      inputParams: { message: { type: 'Simple', value: name } },
      children: {},
    });
    const definition = {
      id: 'smoke',
      detail: {
        inputParams: [],
        outputParams: [],
        rootBlock: {
          id: -1,
          name: '-1',
          blockType: 'RootBp',
          inputParams: {},
          children: { default: [print(1, 'b1'), print(2, 'b2')] },
        },
      },
    };
    assert.deepEqual(await control.addDefinition(definition), { id: 'smoke' });
    const id = await control.runTask('smoke', {}, { scenario: { blocks: { b2: { fail: '叉车电量不足' } } } });
    assert.equal(typeof id, 'string');
    const { now } = await control.runUntilIdle();
    assert.match(now, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/);
    const detail = await (await fetch(`${server.url}/api/vwed-task-record/detail/${id}`)).json();
    assert.equal(detail.data.status, 2000);
    const journal = await control.requests({ taskRecordId: id });
    assert.deepEqual(
      journal.map((entry) => [entry.operation, entry.status]),
      [['getTaskRecord', 200]],
    );
    assert.equal((await control.snapshot()).tasks.length, 1);

    const refused = await control.runTask('no-such-definition').then(
      () => assert.fail('runTask of an unknown definition resolved'),
      (error) => error,
    );
    assert.ok(
      controlEntry.isMockControlError(refused, 400),
      `expected a MockControlError 400, got ${refused}`,
    );
    assert.ok(refused instanceof controlEntry.MockControlError);
    assert.equal(refused.operation, 'runTask');
    await assert.rejects(control.advanceClock(-1), TypeError);
    await control.reset();
    assert.equal((await control.snapshot()).tasks.length, 0);
  } finally {
    await server.close();
  }
}

const checks = {
  client: checkClient,
  schemas: checkSchemas,
  mocks: checkMocks,
  server: checkServer,
  query: checkQuery,
  control: checkControl,
};

/**
 * Runs the named checks in order and exits non-zero on the first failure.
 * `load(name)` returns the modules a check needs.
 */
async function runChecks(names, load) {
  for (const name of names) {
    const check = checks[name];
    if (!check) throw new Error(`unknown check ${name}; known: ${Object.keys(checks).join(', ')}`);
    await check(await load(name));
  }
}

module.exports = { runChecks, checkNames: Object.keys(checks) };
