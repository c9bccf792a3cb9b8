import type { QueryClient } from '@tanstack/query-core';
import type { TaskRecordClient } from '../client/create-task-record-client.js';
import { invalidArgument } from '../client/require-argument.js';

/** The methods the query and mutation options call. */
const clientMethods = [
  'getTaskRecord',
  'getBlockRecords',
  'getBlockRecord',
  'getExecutionResults',
  'stopTask',
  'retryTask',
  'setTaskError',
] as const;

/** The QueryClient methods the options call (duck-typed: any copy of query-core will do). */
const queryClientMethods = ['invalidateQueries', 'prefetchQuery', 'getQueryCache'] as const;

function hasMethods(value: unknown, names: readonly string[]): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    names.every((name) => typeof (value as Record<string, unknown>)[name] === 'function')
  );
}

/** Checks the task-record client argument: a TypeError at once, not at the first fetch. */
export function requireTaskRecordClient(where: string, value: unknown): TaskRecordClient {
  if (hasMethods(value, clientMethods)) return value as TaskRecordClient;
  throw invalidArgument(where, 'client', 'a TaskRecordClient (from createTaskRecordClient)', value);
}

/** Checks the QueryClient argument of the mutation options. */
export function requireQueryClient(where: string, value: unknown): QueryClient {
  if (hasMethods(value, queryClientMethods)) return value as QueryClient;
  throw invalidArgument(
    where,
    'queryClient',
    "a QueryClient (from '@tanstack/query-core' or a framework's package)",
    value,
  );
}
