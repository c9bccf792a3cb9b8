/**
 * What a React user's editor sees: `useQuery(queries.detail(id))` infers `TaskRecordDetail`
 * with no annotation, the keys are tagged with their data, and the mutation variables are typed.
 * (Type-checked only, never run: hooks outside a component are fine here.)
 */
import type { QueryClient } from '@tanstack/query-core';
import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type BlockRecord,
  type BlockRecordDetail,
  createTaskRecordClient,
  type ExecutionResults,
  type RetryTaskResult,
  type SetTaskErrorResult,
  type StopTaskResult,
  type TaskRecordDetail,
} from '../../src/index.js';
import {
  type SetTaskErrorVariables,
  taskRecordKeys,
  taskRecordMutations,
  taskRecordQueries,
} from '../../src/query/index.js';

const client = createTaskRecordClient({ baseUrl: 'http://engine.test' });
const queries = taskRecordQueries(client, { pollIntervalMs: 1_000 });
declare const queryClient: QueryClient;
declare const id: string;

describe('query options', () => {
  it('infer each query data type in useQuery', () => {
    expectTypeOf(useQuery(queries.detail(id)).data).toEqualTypeOf<TaskRecordDetail | undefined>();
    expectTypeOf(useQuery(queries.blocks(id)).data).toEqualTypeOf<BlockRecord[] | undefined>();
    expectTypeOf(useQuery(queries.block(id)).data).toEqualTypeOf<BlockRecordDetail | undefined>();
    expectTypeOf(useQuery(queries.executionResults(id)).data).toEqualTypeOf<ExecutionResults | undefined>();
    expectTypeOf(useQuery(queries.detail(id)).error).toEqualTypeOf<Error | null>();
    expectTypeOf(useSuspenseQuery(queries.detail(id)).data).toEqualTypeOf<TaskRecordDetail>();
  });

  it('keep the data type through a spread with select', () => {
    const status = useQuery({ ...queries.detail(id), select: (detail) => detail.status }).data;
    expectTypeOf(status).toEqualTypeOf<number | undefined>();
  });

  it('work with the QueryClient itself', () => {
    expectTypeOf(queryClient.fetchQuery(queries.detail(id))).resolves.toEqualTypeOf<TaskRecordDetail>();
    expectTypeOf(queryClient.getQueryData(taskRecordKeys.detail(id))).toEqualTypeOf<
      TaskRecordDetail | undefined
    >();
    expectTypeOf(queryClient.getQueryData(taskRecordKeys.blocks(id))).toEqualTypeOf<
      BlockRecord[] | undefined
    >();
    queryClient.setQueryData(taskRecordKeys.detail(id), (old) => {
      expectTypeOf(old).toEqualTypeOf<TaskRecordDetail | undefined>();
      return old;
    });
  });

  it('refuse a wrong ID type and a wrong option', () => {
    // @ts-expect-error an ID is a string
    queries.detail(42);
    // @ts-expect-error pollIntervalMs is a number of milliseconds
    taskRecordQueries(client, { pollIntervalMs: '1s' });
    // @ts-expect-error a task-record client, not a QueryClient
    taskRecordQueries(queryClient);
  });
});

describe('mutation options', () => {
  const mutations = taskRecordMutations(client, useQueryClient());

  it('type the variables and the result in useMutation', () => {
    const stop = useMutation(mutations.stop);
    expectTypeOf(stop.mutate).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(stop.data).toEqualTypeOf<StopTaskResult | undefined>();
    const retry = useMutation(mutations.retry);
    expectTypeOf(retry.mutateAsync).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(retry.mutateAsync).returns.resolves.toEqualTypeOf<RetryTaskResult>();
    const setError = useMutation(mutations.setError);
    expectTypeOf(setError.mutate).parameter(0).toEqualTypeOf<SetTaskErrorVariables>();
    expectTypeOf(setError.data).toEqualTypeOf<SetTaskErrorResult | undefined>();
  });

  it('refuse wrong variables', () => {
    // @ts-expect-error stop takes the task record ID
    useMutation(mutations.stop).mutate({ taskRecordId: id });
    // @ts-expect-error set-error needs a reason
    useMutation(mutations.setError).mutate({ taskRecordId: id });
    // @ts-expect-error the QueryClient is required: the options invalidate through it
    taskRecordMutations(client);
  });
});
