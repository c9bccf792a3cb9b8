/**
 * The keys are stable (apps invalidate by them: changing one is a breaking change), and bad
 * input is refused at once with a TypeError that names the argument, as the client's own
 * argument checks do: before any query is built or any request sent.
 */
import { QueryClient } from '@tanstack/query-core';
import { describe, expect, it } from 'vitest';
import { createTaskRecordClient } from '../../src/index.js';
import { taskRecordKeys, taskRecordMutations, taskRecordQueries } from '../../src/query/index.js';

const client = createTaskRecordClient({ baseUrl: 'http://engine.test' });

describe('taskRecordKeys', () => {
  it('are these arrays, one prefix per record', () => {
    expect(taskRecordKeys.all).toEqual(['vwed-task-record']);
    expect(taskRecordKeys.record('r1')).toEqual(['vwed-task-record', 'record', 'r1']);
    expect(taskRecordKeys.detail('r1')).toEqual(['vwed-task-record', 'record', 'r1', 'detail']);
    expect(taskRecordKeys.blocks('r1')).toEqual(['vwed-task-record', 'record', 'r1', 'blocks']);
    expect(taskRecordKeys.executionResults('r1')).toEqual([
      'vwed-task-record',
      'record',
      'r1',
      'execution-results',
    ]);
    expect(taskRecordKeys.block('b1')).toEqual(['vwed-task-record', 'block', 'b1']);
  });

  it('are the keys the query options use', () => {
    const queries = taskRecordQueries(client);
    expect(queries.detail('r1').queryKey).toEqual(taskRecordKeys.detail('r1'));
    expect(queries.blocks('r1').queryKey).toEqual(taskRecordKeys.blocks('r1'));
    expect(queries.executionResults('r1').queryKey).toEqual(taskRecordKeys.executionResults('r1'));
    expect(queries.block('b1').queryKey).toEqual(taskRecordKeys.block('b1'));
  });

  it('refuse an ID that is empty, blank or not a string', () => {
    expect(() => taskRecordKeys.detail('')).toThrow(
      new TypeError(
        '[vwed] taskRecordKeys.detail: taskRecordId must be a non-blank string other than "." and "..", got ""',
      ),
    );
    expect(() => taskRecordKeys.block(' ')).toThrow(/taskRecordKeys\.block: blockRecordId must be/);
    expect(() => taskRecordKeys.record(42 as unknown as string)).toThrow(TypeError);
  });
});

describe('taskRecordQueries', () => {
  it.each([
    ['undefined', undefined, 'undefined'],
    ['an object without the methods', {}, 'an object'],
    ['a string', 'http://engine.test', '"http://engine.test"'],
    ['a QueryClient', new QueryClient(), 'an object'],
  ])('refuses %s as the client', (_name, value, shown) => {
    expect(() => taskRecordQueries(value as never)).toThrow(
      new TypeError(
        `[vwed] taskRecordQueries: client must be a TaskRecordClient (from createTaskRecordClient), got ${shown}`,
      ),
    );
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, '500'])('refuses pollIntervalMs %s', (value) => {
    expect(() => taskRecordQueries(client, { pollIntervalMs: value as number })).toThrow(
      /^\[vwed\] taskRecordQueries: pollIntervalMs must be a finite number > 0, got /,
    );
  });

  it('takes a positive pollIntervalMs, or none (1,000 ms)', () => {
    const detail = taskRecordQueries(client).detail('r1');
    const running = { state: { status: 'success', data: { status: 1001 }, error: null } } as never;
    expect(detail.refetchInterval?.(running)).toBe(1_000);
    expect(taskRecordQueries(client, { pollIntervalMs: 0.5 }).detail('r1').refetchInterval?.(running)).toBe(
      0.5,
    );
  });

  it.each(['detail', 'blocks', 'executionResults', 'block'] as const)(
    '%s refuses an empty ID at once, not at the first fetch',
    (method) => {
      const queries = taskRecordQueries(client);
      const name = method === 'block' ? 'blockRecordId' : 'taskRecordId';
      expect(() => queries[method]('')).toThrow(
        new TypeError(
          `[vwed] taskRecordQueries.${method}: ${name} must be a non-blank string other than "." and "..", got ""`,
        ),
      );
    },
  );
});

describe('taskRecordMutations', () => {
  it('refuses a missing or wrong QueryClient, and a non-client', () => {
    expect(() => taskRecordMutations(client, undefined as never)).toThrow(
      new TypeError(
        "[vwed] taskRecordMutations: queryClient must be a QueryClient (from '@tanstack/query-core' or a framework's package), got undefined",
      ),
    );
    expect(() => taskRecordMutations(client, client as never)).toThrow(/queryClient must be a QueryClient/);
    expect(() => taskRecordMutations({} as never, new QueryClient())).toThrow(
      /^\[vwed\] taskRecordMutations: client must be a TaskRecordClient/,
    );
  });

  it('passes a bad ID on to the client, which rejects it before any request', async () => {
    const mutations = taskRecordMutations(client, new QueryClient());
    await expect(mutations.stop.mutationFn('')).rejects.toThrow(/stopTask: taskRecordId must be/);
    await expect(mutations.setError.mutationFn({ taskRecordId: 'r1', errorReason: ' ' })).rejects.toThrow(
      /setTaskError: errorReason must be a non-blank string/,
    );
  });
});
