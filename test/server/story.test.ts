/**
 * The package's own client against the reference server over a real socket, through the
 * whole life of some runs: start, advance, read everything, stop one, set-error one, retry
 * the failed one and watch the new run finish.
 */
import { describe, expect, it } from 'vitest';
import { simple } from '../../mocks/definitions/define-task.js';
import { createMockStore, handleMockRequest } from '../../mocks/index.js';
import { createTaskRecordClient } from '../../src/client/create-task-record-client.js';
import { isVwedApiError } from '../../src/index.js';
import { normalizeExecutionResults } from '../../src/tree/normalize-execution-results.js';
import { summarizeExecutionTree } from '../../src/tree/summarize-execution-tree.js';
import { definition } from '../mocks/definitions.js';
import { HEAVY_TIMEOUT_MS } from '../timeouts.js';
import { request, startTestServer } from './harness.js';

const transport = definition('transport', [
  {
    id: 1,
    name: 'b1',
    blockType: 'CSelectAgvBp',
    inputParams: {},
    children: {
      default: [
        { id: 2, name: 'b2', blockType: 'DelayBp', inputParams: { timeMillis: simple(2_000) } },
        { id: 3, name: 'b3', blockType: 'PrintBp', inputParams: { message: simple('到达') } },
      ],
    },
  },
]);

describe('the client against the reference server', () => {
  it('runs, reads, stops, sets an error and retries, all over HTTP', async () => {
    const server = await startTestServer({ seed: 'empty' });
    const client = createTaskRecordClient({ baseUrl: server.url });

    // Set up through the control API, as a test in another process would.
    expect((await request(server, 'POST', '/__mock/definitions', { json: transport })).status).toBe(201);
    const start = async (scenario?: unknown) => {
      const answer = await request(server, 'POST', '/__mock/tasks', {
        json: { definitionId: 'transport', inputParams: { from: 'AP1' }, scenario },
      });
      expect(answer.status).toBe(201);
      return (answer.body as { taskRecordId: string }).taskRecordId;
    };
    const finishing = await start();
    const stopping = await start();
    const erring = await start();
    const failing = await start({ blocks: { b2: { fail: '货叉传感器异常' } } });

    await request(server, 'POST', '/__mock/clock/advance', { json: { ms: 500 } });
    const running = await client.getTaskRecord(finishing);
    expect(running.status).toBe(1001);
    expect(running.agv_id).toEqual(expect.any(String));

    // Stop one and set-error another while they run.
    expect((await client.stopTask(stopping)).status).toBe(2001);
    const errored = await client.setTaskError(erring, '现场人工干预');
    expect(errored.task_status).toBe(2000);
    expect(errored.updated_blocks.map((block) => block.block_name).sort()).toEqual(['-1', 'b1', 'b2']);

    await request(server, 'POST', '/__mock/clock/advance', { json: { ms: 5_000 } });

    const done = await client.getTaskRecord(finishing);
    expect(done.status).toBe(1000);
    expect(done.execution_time).toBeGreaterThan(0);
    const blocks = await client.getBlockRecords(finishing);
    expect(blocks.map((block) => [block.block_name, block.status])).toEqual([
      ['-1', 1000],
      ['b1', 1000],
      ['b2', 1000],
      ['b3', 1000],
    ]);
    const b2 = await client.getBlockRecord(blocks[2]?.id as string);
    expect(b2.block_name).toBe('b2');
    const tree = normalizeExecutionResults(await client.getExecutionResults(finishing));
    expect(tree.mode).toBe('nested');
    expect(summarizeExecutionTree(tree.root).counts.success).toBe(4);

    expect((await client.getTaskRecord(stopping)).status).toBe(2001);
    expect((await client.getTaskRecord(erring)).ended_reason).toBe('现场人工干预');
    const failed = await client.getTaskRecord(failing);
    expect(failed.status).toBe(2000);
    expect(failed.ended_reason).toContain('货叉传感器异常');
    const failedTree = summarizeExecutionTree(
      normalizeExecutionResults(await client.getExecutionResults(failing)).root,
    );
    expect(failedTree.firstFailure?.node.blockName).toBe('b2');

    // Stopping a finished task is the documented 400; retry of the failed one starts a new run.
    const refused = await client.stopTask(finishing).catch((error: unknown) => error);
    expect(isVwedApiError(refused, 400)).toBe(true);
    const retried = await client.retryTask(failing);
    expect(retried.new_task_record_id).not.toBe(failing);
    await request(server, 'POST', '/__mock/clock/advance', { json: { ms: 5_000 } });
    const rerun = await client.getTaskRecord(retried.new_task_record_id);
    expect(rerun.status).toBe(1000);
    expect(rerun.input_params).toEqual(failed.input_params);
    expect((await client.getTaskRecord(failing)).status).toBe(2000);

    // The journal saw each call the client made, once.
    const stops = server.store.requests.filter((entry) => entry.operation === 'stopTask');
    expect(stops.map((entry) => entry.status)).toEqual([200, 400]);
  });

  // Waits on wall time, up to waitForTask's own 5 s: that bound must fail first, not vitest's.
  it('follows wall time at the given speed and waits for a task with waitForTask', {
    timeout: HEAVY_TIMEOUT_MS,
  }, async () => {
    const server = await startTestServer({ seed: 'empty', speed: 20 });
    server.store.addDefinition(transport);
    const id = server.store.runTask('transport');
    const client = createTaskRecordClient({ baseUrl: server.url });
    // 2 s of engine time at speed 20 is about 100 ms of wall time.
    const done = await client.waitForTask(id, { intervalMs: 20, timeoutMs: 5_000 });
    expect(done.status).toBe(1000);
  });

  it('serves a store given to it, with its own data', async () => {
    const store = createMockStore({ seed: 'empty' });
    store.addDefinition(transport);
    const id = store.runTask('transport');
    const server = await startTestServer({ store });
    expect(server.store).toBe(store);
    const client = createTaskRecordClient({ baseUrl: server.url });
    expect((await client.getTaskRecord(id)).id).toBe(id);
  });

  it.each([
    '/api/vwed-task-record/detail/7b84fd4d-e947-4ec7-8535-05ede5f8aa9d',
    '/api/vwed-task-record/blocks/7b84fd4d-e947-4ec7-8535-05ede5f8aa9d',
    '/api/vwed-task-record/execution/block/results/7b84fd4d-e947-4ec7-8535-05ede5f8aa9d',
    '/api/vwed-task-record/detail/no-such-record',
  ])('answers GET %s exactly as the core that MSW serves does', async (path) => {
    const server = await startTestServer();
    const answer = await request(server, 'GET', path);
    const core = handleMockRequest(createMockStore({ seed: 'doc-examples' }), {
      method: 'GET',
      path,
      body: null,
    });
    expect(answer.status).toBe(core.status);
    expect(answer.headers.get('content-type')).toBe(core.headers['content-type']);
    expect(answer.body).toEqual(core.body);
  });

  it('answers failures with HTTP 200 and the code in the body when asked (R4)', async () => {
    const server = await startTestServer({ httpStatus: 'always-200' });
    const answer = await request(server, 'GET', '/api/vwed-task-record/detail/nope');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ code: 404 });
    const client = createTaskRecordClient({ baseUrl: server.url });
    const error = await client.getTaskRecord('nope').catch((caught: unknown) => caught);
    expect(isVwedApiError(error, 404)).toBe(true);
  });

  it('waits latencyMs before answering', { timeout: HEAVY_TIMEOUT_MS }, async () => {
    const server = await startTestServer({ latencyMs: 150 });
    const started = performance.now();
    await request(server, 'GET', '/api/vwed-task-record/blocks/x');
    // A floor, not a speed: the answer cannot come before the latency has passed.
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });
});
