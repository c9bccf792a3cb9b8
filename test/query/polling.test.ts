/**
 * The query options poll a running task and stop by themselves: the detail until its status is
 * final (1000, 2000, 2001; not paused 2002, ruling R1), the blocks and the tree with it, their
 * last answer taken after the end. Virtual time throughout: fake timers fire TanStack's
 * `refetchInterval`, `store.advance` runs the engine.
 */
import { delay, HttpResponse, http, type JsonBodyType } from 'msw';
import { describe, expect, it } from 'vitest';
import { handleMockRequest } from '../../mocks/index.js';
import { type BlockRecord, type ExecutionNode, normalizeExecutionResults } from '../../src/index.js';
import { taskRecordQueries } from '../../src/query/index.js';
import { specExample } from '../client/spec-examples.js';
import { elapse, observe, origin, server, settle, setUpQueryHarness } from './harness.js';

const harness = setUpQueryHarness();

/** Each block record's name and status, in the order the API lists them. */
function statuses(blocks: BlockRecord[] | undefined): [string, number][] {
  return (blocks ?? []).map((block) => [block.block_name, block.status]);
}

describe('the detail', () => {
  it('is polled while the run goes on, and no more once it succeeded', async () => {
    const { store, client, requestsOf } = harness;
    const id = store.runTask('two-steps');
    const detail = observe(
      harness.queryClient,
      taskRecordQueries(client, { pollIntervalMs: 500 }).detail(id),
    );
    await settle();
    expect(detail.data()?.status).toBe(1001);
    expect(requestsOf('getTaskRecord')).toBe(1);

    store.advance(1_500);
    await elapse(500);
    expect(requestsOf('getTaskRecord')).toBe(2);
    expect(detail.data()?.status).toBe(1001);

    store.advance(1_000); // the run has ended
    await elapse(500);
    expect(detail.data()?.status).toBe(1000);
    expect(requestsOf('getTaskRecord')).toBe(3);

    await elapse(5_000); // ten more intervals: not one request
    expect(requestsOf('getTaskRecord')).toBe(3);
    detail.stop();
  });

  it('stops on a failed run (2000) too', async () => {
    const { store, client, requestsOf } = harness;
    const id = store.runTask('two-steps', {}, { scenario: { blocks: { b2: { fail: '叉车电量不足' } } } });
    const detail = observe(
      harness.queryClient,
      taskRecordQueries(client, { pollIntervalMs: 1_000 }).detail(id),
    );
    await settle();
    store.runUntilIdle();
    await elapse(1_000);
    expect(detail.data()?.status).toBe(2000);
    const requests = requestsOf('getTaskRecord');
    await elapse(10_000);
    expect(requestsOf('getTaskRecord')).toBe(requests);
    detail.stop();
  });

  it('keeps polling a paused task (2002 is not final, R1) and stops at cancelled (2001)', async () => {
    const sequence = [1001, 2002, 2002, 2002, 2001];
    const served = serveStatuses(sequence);
    const detail = observe(
      harness.queryClient,
      taskRecordQueries(harness.client, { pollIntervalMs: 100 }).detail('x'),
    );
    await settle();
    for (let poll = 0; poll < 8; poll++) await elapse(100);
    expect(served).toEqual(sequence);
    expect(detail.data()?.status).toBe(2001);
    detail.stop();
  });
});

describe('the blocks and the tree', () => {
  it('poll while the detail says the task runs, and stop with it after a final answer', async () => {
    const { store, client, requestsOf } = harness;
    const id = store.runTask('two-steps');
    store.advance(10); // the engine has started b1
    const queries = taskRecordQueries(client, { pollIntervalMs: 500 });
    const detail = observe(harness.queryClient, queries.detail(id));
    const blocks = observe(harness.queryClient, queries.blocks(id));
    const tree = observe(harness.queryClient, queries.executionResults(id));
    await settle();
    expect(statuses(blocks.data())).toEqual([
      ['-1', 1001],
      ['b1', 1001],
    ]);

    store.advance(1_500);
    await elapse(500);
    expect(statuses(blocks.data())).toEqual([
      ['-1', 1001],
      ['b1', 1000],
      ['b2', 1001],
    ]);
    const whileRunning = requestsOf('getBlockRecords');

    store.advance(1_000); // the run has ended
    await elapse(500);
    expect(detail.data()?.status).toBe(1000);
    // The last answers were asked for after the end: every block and node is done.
    expect(statuses(blocks.data())).toEqual([
      ['-1', 1000],
      ['b1', 1000],
      ['b2', 1000],
    ]);
    const root = normalizeExecutionResults(tree.data() as ExecutionNode).root;
    expect(root.children.map((node) => node.executionStatus)).toEqual([1000, 1000]);

    const final = {
      detail: requestsOf('getTaskRecord'),
      blocks: requestsOf('getBlockRecords'),
      tree: requestsOf('getExecutionResults'),
    };
    expect(final.blocks).toBeGreaterThan(whileRunning);
    await elapse(5_000);
    expect({
      detail: requestsOf('getTaskRecord'),
      blocks: requestsOf('getBlockRecords'),
      tree: requestsOf('getExecutionResults'),
    }).toEqual(final);
    for (const observed of [detail, blocks, tree]) observed.stop();
  });

  it('never stop on an answer older than the end', async () => {
    // The blocks' answer is taken at 500 ms while the task runs, the run ends at once, and the
    // answer lands 600 ms later, after the detail's own poll (at 1,000 ms) has seen the end.
    // Stopping on that answer would leave blocks on screen that say "running" for good.
    const { store, client } = harness;
    const id = store.runTask('two-steps');
    store.advance(10);
    let endDuringNextAnswer = false;
    server.use(
      http.get(`${origin}/api/vwed-task-record/blocks/:id`, async ({ request }) => {
        const path = new URL(request.url).pathname;
        const answer = handleMockRequest(store, { method: 'GET', path, body: null });
        if (endDuringNextAnswer) {
          endDuringNextAnswer = false;
          store.runUntilIdle();
          await delay(600);
        }
        return HttpResponse.json(answer.body as JsonBodyType, { status: answer.status });
      }),
    );
    const queries = taskRecordQueries(client, { pollIntervalMs: 500 });
    const blocks = observe(harness.queryClient, queries.blocks(id));
    const detail = observe(harness.queryClient, queries.detail(id));
    await settle();
    endDuringNextAnswer = true;
    await elapse(1_000);
    expect(detail.data()?.status).toBe(1000);
    await elapse(100);
    expect(statuses(blocks.data())).toContainEqual(['b1', 1001]); // the late answer, from before the end

    await elapse(500); // one more poll, asked for after the end
    expect(statuses(blocks.data()).map(([, status]) => status)).toEqual([1000, 1000, 1000]);
    const requests = store.requests.length;
    await elapse(5_000);
    expect(store.requests.length).toBe(requests);
    blocks.stop();
    detail.stop();
  });

  it('share the detail poll: one detail request per interval, not one per query', async () => {
    const { store, client, requestsOf } = harness;
    const id = store.runTask('two-steps', {}, { scenario: { blocks: { b1: { durationMs: 60_000 } } } });
    const queries = taskRecordQueries(client, { pollIntervalMs: 1_000 });
    const observed = [
      observe(harness.queryClient, queries.detail(id)),
      observe(harness.queryClient, queries.blocks(id)),
      observe(harness.queryClient, queries.executionResults(id)),
    ];
    await settle();
    const before = requestsOf('getTaskRecord');
    for (let poll = 0; poll < 5; poll++) await elapse(1_000);
    expect(requestsOf('getTaskRecord') - before).toBe(5);
    expect(requestsOf('getBlockRecords')).toBe(6);
    for (const one of observed) one.stop();
  });

  it('follow the task without a detail observer: they fetch the detail themselves', async () => {
    const { store, client, queryClient, requestsOf } = harness;
    const id = store.runTask('two-steps');
    const queries = taskRecordQueries(client, { pollIntervalMs: 500 });
    const blocks = observe(harness.queryClient, queries.blocks(id));
    await settle();
    expect(queryClient.getQueryData(queries.detail(id).queryKey)?.status).toBe(1001);

    store.runUntilIdle();
    await elapse(500);
    expect(queryClient.getQueryData(queries.detail(id).queryKey)?.status).toBe(1000);
    expect(statuses(blocks.data()).map(([, status]) => status)).toEqual([1000, 1000, 1000]);
    const requests = requestsOf('getBlockRecords');
    await elapse(5_000);
    expect(requestsOf('getBlockRecords')).toBe(requests);
    blocks.stop();
  });
});

/**
 * Answers the detail of any ID with the document's example, its status taken from `sequence` in
 * turn (the last one repeated), in front of the mock; returns the statuses served.
 */
function serveStatuses(sequence: readonly number[]): number[] {
  const served: number[] = [];
  server.use(
    http.get(`${origin}/api/vwed-task-record/detail/:id`, () => {
      const status = sequence[Math.min(served.length, sequence.length - 1)] as number;
      served.push(status);
      const body = specExample('getTaskRecord', '200');
      (body.data as Record<string, unknown>).status = status;
      return HttpResponse.json(body);
    }),
  );
  return served;
}
