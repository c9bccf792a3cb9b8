/**
 * The mutation options act through the client, never retry, and invalidate exactly what they
 * changed: a stop turns the detail, the blocks and the tree of its record to cancelled on the
 * next answers; a retry leaves the original alone and has the new record's detail cached.
 */
import { MutationObserver } from '@tanstack/query-core';
import { describe, expect, it } from 'vitest';
import { type ExecutionNode, isVwedApiError, normalizeExecutionResults } from '../../src/index.js';
import { taskRecordKeys, taskRecordMutations, taskRecordQueries } from '../../src/query/index.js';
import { elapse, observe, settle, setUpQueryHarness } from './harness.js';

const harness = setUpQueryHarness();

/** Runs a mutation as `useMutation(...).mutateAsync(variables)` does. */
function mutate<TData, TVariables>(
  options: ConstructorParameters<typeof MutationObserver<TData, Error, TVariables>>[1],
  variables: TVariables,
): Promise<TData> {
  return new MutationObserver(harness.queryClient, options).mutate(variables);
}

describe('stop', () => {
  it('invalidates the detail, the blocks and the tree: the observers see 2001 without waiting for a poll', async () => {
    const { store, client, queryClient, requestsOf } = harness;
    const id = store.runTask('two-steps', {}, { scenario: { blocks: { b1: { durationMs: 60_000 } } } });
    store.advance(10);
    // A poll far longer than the test: any new answer below comes from the invalidation.
    const queries = taskRecordQueries(client, { pollIntervalMs: 3_600_000 });
    const detail = observe(queryClient, queries.detail(id));
    const blocks = observe(queryClient, queries.blocks(id));
    const tree = observe(queryClient, queries.executionResults(id));
    await settle();
    expect(detail.data()?.status).toBe(1001);

    const result = await mutate(taskRecordMutations(client, queryClient).stop, id);
    expect(result.status).toBe(2001);
    // The mutation settles after the refetches: the data is there when it resolves.
    expect(detail.data()?.status).toBe(2001);
    expect(blocks.data()?.find((block) => block.block_name === 'b1')?.status).toBe(2002); // block vocabulary: cancelled
    const root = normalizeExecutionResults(tree.data() as ExecutionNode).root;
    expect(root.children[0]?.executionStatus).toBe(2001);
    expect(requestsOf('stopTask')).toBe(1);

    // A finished task stops all three: nothing more is asked.
    const requests = store.requests.length;
    await elapse(10_000);
    expect(store.requests.length).toBe(requests);
    for (const observed of [detail, blocks, tree]) observed.stop();
  });

  it("invalidates nothing else: another record's queries are left as they are", async () => {
    const { store, client, queryClient } = harness;
    const long = { scenario: { blocks: { b1: { durationMs: 60_000 } } } };
    const stopped = store.runTask('two-steps', {}, long);
    const other = store.runTask('two-steps', {}, long);
    store.advance(10);
    const queries = taskRecordQueries(client);
    await queryClient.fetchQuery(queries.detail(stopped));
    await queryClient.fetchQuery(queries.detail(other));
    const otherBlocks = await queryClient.fetchQuery(queries.blocks(other));
    const [stoppedBlock, otherBlock] = await Promise.all(
      [stopped, otherBlocks].map(async (recordOrBlocks) => {
        const list =
          typeof recordOrBlocks === 'string'
            ? await queryClient.fetchQuery(queries.blocks(recordOrBlocks))
            : recordOrBlocks;
        const b1 = list.find((block) => block.block_name === 'b1');
        return queryClient.fetchQuery(queries.block(b1?.id ?? ''));
      }),
    );

    await mutate(taskRecordMutations(client, queryClient).stop, stopped);
    const invalidated = (key: readonly unknown[]) => queryClient.getQueryState(key)?.isInvalidated;
    expect(invalidated(taskRecordKeys.detail(stopped))).toBe(true);
    expect(invalidated(taskRecordKeys.blocks(stopped))).toBe(true);
    expect(invalidated(taskRecordKeys.block(stoppedBlock?.id ?? ''))).toBe(true);
    expect(invalidated(taskRecordKeys.detail(other))).toBe(false);
    expect(invalidated(taskRecordKeys.blocks(other))).toBe(false);
    expect(invalidated(taskRecordKeys.block(otherBlock?.id ?? ''))).toBe(false);
  });

  it('is never retried, whatever the QueryClient says: a failed stop was sent once', async () => {
    const { store, client, queryClient, requestsOf } = harness;
    queryClient.setDefaultOptions({ mutations: { retry: 3, retryDelay: 0 } });
    const id = store.runTask('two-steps');
    store.injectFault({ operation: 'stopTask', status: 503, times: 1 });
    const error = await mutate(taskRecordMutations(client, queryClient).stop, id).catch((caught) => caught);
    expect(isVwedApiError(error, 503)).toBe(true);
    expect(requestsOf('stopTask')).toBe(1);
  });
});

describe('retry', () => {
  it("has the new record's detail in the cache when it resolves, and leaves the original alone", async () => {
    const { store, client, queryClient, requestsOf } = harness;
    const failed = store.runTask('two-steps', {}, { scenario: { blocks: { b1: { fail: '叉车电量不足' } } } });
    store.runUntilIdle();
    const queries = taskRecordQueries(client);
    const original = await queryClient.fetchQuery(queries.detail(failed));
    expect(original.status).toBe(2000);

    const result = await mutate(taskRecordMutations(client, queryClient).retry, failed);
    const primed = queryClient.getQueryData(taskRecordKeys.detail(result.new_task_record_id));
    expect(primed?.id).toBe(result.new_task_record_id);
    expect(primed?.status).toBe(1001);
    expect(requestsOf('getTaskRecord', result.new_task_record_id)).toBe(1);
    expect(queryClient.getQueryState(taskRecordKeys.detail(failed))?.isInvalidated).toBe(false);
    expect(requestsOf('getTaskRecord', failed)).toBe(1);
  });

  it('resolves even when the new detail cannot be fetched: the run did start', async () => {
    const { store, client, queryClient } = harness;
    const failed = store.runTask('two-steps', {}, { scenario: { blocks: { b1: { fail: '叉车电量不足' } } } });
    store.runUntilIdle();
    store.injectFault({ operation: 'getTaskRecord', status: 500, times: 10 });
    const settled = mutate(taskRecordMutations(client, queryClient).retry, failed);
    await settle();
    const result = await settled;
    expect(result.new_task_record_id).toEqual(expect.any(String));
    expect(harness.requestsOf('getTaskRecord', result.new_task_record_id)).toBe(1); // not retried
    expect(queryClient.getQueryData(taskRecordKeys.detail(result.new_task_record_id))).toBeUndefined();
  });
});

describe('setError', () => {
  it('takes { taskRecordId, errorReason } and invalidates the record: the detail says 2000 with the reason', async () => {
    const { store, client, queryClient } = harness;
    const id = store.runTask('two-steps');
    store.advance(10);
    const detail = observe(queryClient, taskRecordQueries(client, { pollIntervalMs: 3_600_000 }).detail(id));
    await settle();
    const result = await mutate(taskRecordMutations(client, queryClient).setError, {
      taskRecordId: id,
      errorReason: '现场人工干预',
    });
    expect(result.error_reason).toBe('现场人工干预');
    expect(detail.data()).toMatchObject({ status: 2000, ended_reason: '现场人工干预' });
    detail.stop();
  });
});
