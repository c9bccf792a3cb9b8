import type { QueryClient } from '@tanstack/query-core';
import type { TaskRecordClient } from '../client/create-task-record-client.js';
import type { OperationName } from '../client/operation-name.js';
import { invalidArgument } from '../client/require-argument.js';
import { requireKnownKeys } from '../client/require-known-keys.js';
import type { BlockRecordDetail, RetryTaskResult, SetTaskErrorResult, StopTaskResult } from '../types.js';
import { requireQueryClient, requireTaskRecordClient } from './require-clients.js';
import { taskRecordKeys } from './task-record-keys.js';
import { taskRecordQueries } from './task-record-queries.js';

/**
 * Mutation options as TanStack Query v5 takes them (`useMutation`, `createMutation`,
 * `injectMutation`): a plain object. `retry: false`, whatever the QueryClient's defaults say: a
 * repeated stop or retry would act twice. To add your own `onSuccess`, pass it to `mutate(...)`
 * (both run), or call this one from yours.
 *
 * @example
 * ```ts
 * import type { StopTaskResult } from '@vwed/task-record';
 * import type { TaskRecordMutationOptions } from '@vwed/task-record/query';
 *
 * const stop: TaskRecordMutationOptions<StopTaskResult, string> = mutations.stop;
 * await stop.mutationFn(id).then((result) => stop.onSuccess(result, id));
 * ```
 */
export interface TaskRecordMutationOptions<TData, TVariables> {
  /** `['vwed-task-record', operationId]`, for `useIsMutating({ mutationKey })`. */
  mutationKey: readonly ['vwed-task-record', OperationName];
  /** Calls the client. */
  mutationFn: (variables: TVariables) => Promise<TData>;
  /** Invalidates what the mutation changed; the mutation settles once that is refetched. */
  onSuccess: (data: TData, variables: TVariables) => Promise<void>;
  /** Never: a POST is not repeated on its own. */
  retry: false;
}

/**
 * The variables of {@link TaskRecordMutations.setError}.
 *
 * @example
 * ```ts
 * import type { SetTaskErrorVariables } from '@vwed/task-record/query';
 *
 * const variables: SetTaskErrorVariables = { taskRecordId: id, errorReason: '现场人工干预' };
 * setError.mutate(variables);
 * ```
 */
export interface SetTaskErrorVariables {
  taskRecordId: string;
  /** Why the task is set to failed; not blank. */
  errorReason: string;
}

/**
 * The mutation options of one client and QueryClient.
 *
 * @example
 * ```ts
 * import { taskRecordMutations, type TaskRecordMutations } from '@vwed/task-record/query';
 *
 * const mutations: TaskRecordMutations = taskRecordMutations(client, queryClient);
 * ```
 */
export interface TaskRecordMutations {
  /**
   * Stops a task (`stopTask`, variables: the task record ID). Invalidates the record's detail,
   * blocks and tree, and the cached block records of that record: the next answers say 2001.
   */
  stop: TaskRecordMutationOptions<StopTaskResult, string>;
  /**
   * Retries a failed task (`retryTask`, variables: the task record ID), which starts a new record.
   * The original is unchanged (ruling R8), so nothing is invalidated; the new record's detail is
   * fetched into the cache (`prefetchQuery`: a failure there does not fail the retry, which did
   * start), so a page that turns to `new_task_record_id` has it at once.
   */
  retry: TaskRecordMutationOptions<RetryTaskResult, string>;
  /**
   * Sets a task and its unfinished blocks to failed (`setTaskError`). Invalidates as `stop` does.
   * Variables that are not an object `{ taskRecordId, errorReason }` (a bare ID, a misspelt key)
   * reject with a `TypeError` before anything is sent.
   */
  setError: TaskRecordMutationOptions<SetTaskErrorResult, SetTaskErrorVariables>;
}

/**
 * TanStack Query v5 mutation options for stop, retry and set-error: each calls the client, never
 * retries, and in `onSuccess` invalidates exactly the queries of {@link taskRecordKeys} it
 * changed (awaited, so the mutation is pending until they are refetched).
 *
 * @throws {TypeError} when `client` is not a task-record client or `queryClient` not a QueryClient.
 *
 * @example
 * ```ts
 * import { taskRecordMutations } from '@vwed/task-record/query';
 * import { useMutation, useQueryClient } from '@tanstack/react-query';
 *
 * const mutations = taskRecordMutations(client, useQueryClient());
 * const stop = useMutation(mutations.stop);
 * stop.mutate(id); // then detail, blocks and tree refetch: status 2001
 * const retry = useMutation(mutations.retry);
 * const { new_task_record_id } = await retry.mutateAsync(id); // its detail already cached
 * ```
 */
export function taskRecordMutations(client: TaskRecordClient, queryClient: QueryClient): TaskRecordMutations {
  requireTaskRecordClient('taskRecordMutations', client);
  requireQueryClient('taskRecordMutations', queryClient);
  const queries = taskRecordQueries(client);

  /** The record's detail, blocks and tree, and any cached block record of it. */
  const invalidateRecord = async (taskRecordId: string): Promise<void> => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: taskRecordKeys.record(taskRecordId) }),
      queryClient.invalidateQueries({
        queryKey: [...taskRecordKeys.all, 'block'],
        predicate: (query) =>
          (query.state.data as BlockRecordDetail | undefined)?.task_record_id === taskRecordId,
      }),
    ]);
  };

  const where = 'taskRecordMutations.setError';
  return {
    stop: {
      mutationKey: [...taskRecordKeys.all, 'stopTask'],
      mutationFn: (taskRecordId) => client.stopTask(taskRecordId),
      onSuccess: (_result, taskRecordId) => invalidateRecord(taskRecordId),
      retry: false,
    },
    retry: {
      mutationKey: [...taskRecordKeys.all, 'retryTask'],
      mutationFn: (taskRecordId) => client.retryTask(taskRecordId),
      // Without retries: the mutation is pending until this settles, and a retry that started a
      // run must not look stuck; a page that shows the record fetches it again anyway.
      onSuccess: (result) =>
        queryClient.prefetchQuery({ ...queries.detail(result.new_task_record_id), retry: false }),
      retry: false,
    },
    setError: {
      mutationKey: [...taskRecordKeys.all, 'setTaskError'],
      mutationFn: async (variables) => {
        // A bare ID (`mutate(id)`, as for stop and retry) would otherwise read as a missing one.
        if (typeof variables !== 'object' || variables === null)
          throw invalidArgument(where, 'variables', '{ taskRecordId, errorReason }', variables);
        requireKnownKeys(where, 'variables.', variables, ['taskRecordId', 'errorReason']);
        return client.setTaskError(variables.taskRecordId, variables.errorReason);
      },
      onSuccess: (_result, variables) => invalidateRecord(variables.taskRecordId),
      retry: false,
    },
  };
}
