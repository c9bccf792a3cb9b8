import type { DefaultError, QueryClient, QueryFunctionContext, QueryState } from '@tanstack/query-core';
import { isTerminalTaskStatus } from '../status.js';
import type { TaskRecordDetail } from '../types.js';
import { isPermanentFailure } from './should-retry-query.js';
import type { TaskRecordDetailKey } from './task-record-keys.js';

/**
 * The `refetchInterval` of a query: `pollIntervalMs` while its task runs, `false` once it is
 * finished or the query failed for good. It asks only for the query's `state` (a `Query` has
 * it), so it fits `refetchInterval` whatever key type a framework's options infer.
 *
 * @example
 * ```ts
 * import type { PollInterval } from '@vwed/task-record/query';
 * import type { TaskRecordDetail } from '@vwed/task-record';
 *
 * const interval: PollInterval<TaskRecordDetail> | undefined = queries.detail(id).refetchInterval;
 * ```
 */
export type PollInterval<TData> = (query: {
  readonly state: QueryState<TData, DefaultError>;
}) => number | false;

/** The detail query's options, as the queries that follow it fetch it. */
export interface FollowedDetail {
  queryKey: TaskRecordDetailKey;
  queryFn: (context: QueryFunctionContext<TaskRecordDetailKey>) => Promise<TaskRecordDetail>;
}

/**
 * For each query that follows its task (blocks, tree): whether the task was already finished
 * before its last fetch began. Only then is its data final: a snapshot taken while the task
 * ran may be older than the end, even if the detail says "finished" by the time it lands.
 * Keyed by the cache's Query object, so two QueryClients never share an answer.
 */
const finishedBeforeLastFetch = new WeakMap<object, boolean>();

/** Whether a query's last fetch failed in a way that asking again cannot change (a 404). */
function failedForGood(query: { state: { status: string; error: unknown } }): boolean {
  return query.state.status === 'error' && isPermanentFailure(query.state.error);
}

/**
 * The detail's `refetchInterval`: poll until the status is 1000, 2000 or 2001. Paused (2002) is
 * not final (ruling R1), nor is any unknown code; a record that is not there (404) is not polled.
 */
export function pollUntilFinished(pollIntervalMs: number): PollInterval<TaskRecordDetail> {
  return (query) => {
    if (failedForGood(query)) return false;
    const status = query.state.data?.status;
    return status !== undefined && isTerminalTaskStatus(status) ? false : pollIntervalMs;
  };
}

/** The `refetchInterval` of a query that follows its task's detail (blocks, tree). */
export function pollWhileTaskRuns<TData>(pollIntervalMs: number): PollInterval<TData> {
  return (query) => {
    if (failedForGood(query)) return false;
    return finishedBeforeLastFetch.get(query) === true ? false : pollIntervalMs;
  };
}

/**
 * Whether the task is finished, from the detail in the cache of the query client that runs the
 * query. A finished status is final, so a cached one is enough; otherwise the detail is fetched
 * (sharing a fetch in flight, or an answer younger than `freshMs`) and so lands in the cache
 * for the detail query too. A record the engine does not know (4xx) has nothing to follow; any
 * other failure leaves the status unknown, and the caller polls on.
 */
async function isTaskFinished(queryClient: QueryClient, detail: FollowedDetail, freshMs: number) {
  const cached = queryClient.getQueryData(detail.queryKey);
  if (cached !== undefined && isTerminalTaskStatus(cached.status)) return true;
  try {
    // No retries here: the following query has its own, and would wait for these.
    const fresh = await queryClient.fetchQuery({ ...detail, staleTime: freshMs, retry: false });
    return isTerminalTaskStatus(fresh.status);
  } catch (error) {
    return isPermanentFailure(error);
  }
}

/**
 * The `queryFn` of a query that follows its task: reads the task's status first, then fetches
 * its own data with TanStack's `signal` (an observer that leaves aborts the request), and
 * records which status preceded the data for {@link pollWhileTaskRuns}.
 */
export function followingQueryFn<TData, TKey extends readonly unknown[]>(
  detail: FollowedDetail,
  freshMs: number,
  fetchData: (signal: AbortSignal) => Promise<TData>,
): (context: QueryFunctionContext<TKey>) => Promise<TData> {
  return async ({ client: queryClient, queryKey, signal }) => {
    const finished = await isTaskFinished(queryClient, detail, freshMs);
    const data = await fetchData(signal);
    const query = queryClient.getQueryCache().find({ queryKey, exact: true });
    if (query !== undefined) finishedBeforeLastFetch.set(query, finished);
    return data;
  };
}
