import type { DefaultError, QueryFunctionContext } from '@tanstack/query-core';
import type { TaskRecordClient } from '../client/create-task-record-client.js';
import { requireDuration, requireText } from '../client/require-argument.js';
import { requireKnownKeys } from '../client/require-known-keys.js';
import type { BlockRecord, BlockRecordDetail, ExecutionResults, TaskRecordDetail } from '../types.js';
import {
  type FollowedDetail,
  followingQueryFn,
  type PollInterval,
  pollUntilFinished,
  pollWhileTaskRuns,
} from './follow-task.js';
import { requireTaskRecordClient } from './require-clients.js';
import { shouldRetryTaskRecordQuery } from './should-retry-query.js';
import {
  type BlockRecordKey,
  type BlockRecordsKey,
  type ExecutionResultsKey,
  type TaskRecordDetailKey,
  taskRecordKeys,
} from './task-record-keys.js';

/**
 * Query options as TanStack Query v5 takes them (`useQuery`, `createQuery`, `injectQuery`,
 * `queryClient.fetchQuery`, ...): a plain object, the same for every framework. Spread it to add
 * options of your own (`{ ...queries.detail(id), select }`); `data` keeps its type.
 *
 * @example
 * ```ts
 * import type { TaskRecordDetail } from '@vwed/task-record';
 * import type { TaskRecordDetailKey, TaskRecordQueryOptions } from '@vwed/task-record/query';
 *
 * const options: TaskRecordQueryOptions<TaskRecordDetail, TaskRecordDetailKey> = queries.detail(id);
 * ```
 */
export interface TaskRecordQueryOptions<TData, TKey extends readonly unknown[]> {
  /** The key from {@link taskRecordKeys}, tagged with `TData`. */
  queryKey: TKey;
  /** Calls the client with TanStack's `signal`: a query no one observes any more aborts its request. */
  queryFn: (context: QueryFunctionContext<TKey>) => Promise<TData>;
  /** Up to 3 retries, never of a 4xx `VwedApiError` (see `shouldRetryTaskRecordQuery`). */
  retry: (failureCount: number, error: DefaultError) => boolean;
  /** Detail, blocks and tree: `pollIntervalMs` while the task runs, `false` once it is finished. */
  refetchInterval?: PollInterval<TData>;
}

/**
 * Options of {@link taskRecordQueries}.
 *
 * @example
 * ```ts
 * import { taskRecordQueries, type TaskRecordQueriesOptions } from '@vwed/task-record/query';
 *
 * const options: TaskRecordQueriesOptions = { pollIntervalMs: 500 };
 * const queries = taskRecordQueries(client, options);
 * ```
 */
export interface TaskRecordQueriesOptions {
  /**
   * How often a running task is polled, in milliseconds: a finite number > 0. Default 1,000.
   * TanStack Query pauses the polling while the page is hidden (`refetchIntervalInBackground`).
   */
  pollIntervalMs?: number;
}

/**
 * The query options of one client, by what they show. Each method throws a `TypeError` at
 * once for an empty, blank or non-string ID.
 *
 * @example
 * ```ts
 * import { taskRecordQueries, type TaskRecordQueries } from '@vwed/task-record/query';
 *
 * const queries: TaskRecordQueries = taskRecordQueries(client);
 * const detail = await queryClient.fetchQuery(queries.detail(id));
 * ```
 */
export interface TaskRecordQueries {
  /** The record's detail (`getTaskRecord`); polls until the status is 1000, 2000 or 2001. */
  detail(taskRecordId: string): TaskRecordQueryOptions<TaskRecordDetail, TaskRecordDetailKey>;
  /** The record's block records (`getBlockRecords`); polls while the detail says the task runs. */
  blocks(taskRecordId: string): TaskRecordQueryOptions<BlockRecord[], BlockRecordsKey>;
  /** One block record (`getBlockRecord`). It does not poll: its task is known only from its answer. */
  block(blockRecordId: string): TaskRecordQueryOptions<BlockRecordDetail, BlockRecordKey>;
  /** The execution tree (`getExecutionResults`); polls while the detail says the task runs. */
  executionResults(taskRecordId: string): TaskRecordQueryOptions<ExecutionResults, ExecutionResultsKey>;
}

/**
 * TanStack Query v5 query options for a task-record client: keys from {@link taskRecordKeys},
 * a `queryFn` that passes TanStack's abort `signal` to the client, a `retry` that never retries
 * a 4xx, and polling that stops by itself. The detail polls until its task is finished (1000,
 * 2000, 2001; paused 2002 is not finished, ruling R1). The blocks and the tree follow the
 * detail: their `queryFn` reads the task's status from the detail in the cache of the
 * QueryClient that runs them (fetching it when it is not known to be finished), so a finished
 * task stops all three, and their last answer is taken after the end.
 *
 * Framework-agnostic: pass the result to `useQuery` (React, Vue, Solid), `createQuery`
 * (Svelte), `injectQuery` (Angular) or the QueryClient itself. Needs `@tanstack/query-core`
 * 5.66 or newer (the QueryClient in the query function's context).
 *
 * @throws {TypeError} when `client` is not a task-record client, `options` is not an object or
 * has a key other than `pollIntervalMs`, or `pollIntervalMs` is not a finite number > 0.
 *
 * @example
 * ```ts
 * import { createTaskRecordClient } from '@vwed/task-record';
 * import { taskRecordQueries } from '@vwed/task-record/query';
 * import { useQuery } from '@tanstack/react-query';
 *
 * const queries = taskRecordQueries(createTaskRecordClient({ baseUrl: 'http://engine.local:8000' }), {
 *   pollIntervalMs: 1_000,
 * });
 * const { data: detail } = useQuery(queries.detail(id)); // TaskRecordDetail | undefined, live
 * const { data: tree } = useQuery(queries.executionResults(id)); // stops with the task
 * ```
 */
export function taskRecordQueries(
  client: TaskRecordClient,
  options: TaskRecordQueriesOptions = {},
): TaskRecordQueries {
  requireTaskRecordClient('taskRecordQueries', client);
  // An object (not `1000`, not null) with no key but pollIntervalMs (`pollInterval` is a typo).
  requireKnownKeys('taskRecordQueries', 'option ', options, ['pollIntervalMs']);
  const pollIntervalMs = requireDuration(
    'taskRecordQueries',
    'pollIntervalMs',
    options.pollIntervalMs ?? 1_000,
  );
  // The detail a following query reads may be this old before it is fetched again: half a
  // poll, so that the detail's own poll and a follower's share one request.
  const freshMs = pollIntervalMs / 2;

  const detailFetch = (taskRecordId: string): FollowedDetail => ({
    queryKey: taskRecordKeys.detail(taskRecordId),
    queryFn: ({ signal }) => client.getTaskRecord(taskRecordId, { signal }),
  });

  // The ID is checked under the method's name, before the key checks it under its own.
  const taskId = (method: string, taskRecordId: string) =>
    requireText(`taskRecordQueries.${method}`, 'taskRecordId', taskRecordId);

  return {
    detail: (taskRecordId) => ({
      ...detailFetch(taskId('detail', taskRecordId)),
      retry: shouldRetryTaskRecordQuery,
      refetchInterval: pollUntilFinished(pollIntervalMs),
    }),
    blocks: (taskRecordId) => ({
      queryKey: taskRecordKeys.blocks(taskId('blocks', taskRecordId)),
      queryFn: followingQueryFn(detailFetch(taskRecordId), freshMs, (signal) =>
        client.getBlockRecords(taskRecordId, { signal }),
      ),
      retry: shouldRetryTaskRecordQuery,
      refetchInterval: pollWhileTaskRuns(pollIntervalMs),
    }),
    block: (blockRecordId) => ({
      queryKey: taskRecordKeys.block(requireText('taskRecordQueries.block', 'blockRecordId', blockRecordId)),
      queryFn: ({ signal }) => client.getBlockRecord(blockRecordId, { signal }),
      retry: shouldRetryTaskRecordQuery,
    }),
    executionResults: (taskRecordId) => ({
      queryKey: taskRecordKeys.executionResults(taskId('executionResults', taskRecordId)),
      queryFn: followingQueryFn(detailFetch(taskRecordId), freshMs, (signal) =>
        client.getExecutionResults(taskRecordId, { signal }),
      ),
      retry: shouldRetryTaskRecordQuery,
      refetchInterval: pollWhileTaskRuns(pollIntervalMs),
    }),
  };
}
