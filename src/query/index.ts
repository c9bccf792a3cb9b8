/**
 * `@vwed/task-record/query`: TanStack Query v5 keys, query options and mutation options for the
 * task-record client. Plain objects, so one entry serves react-query, vue-query, solid-query,
 * svelte-query and angular-query.
 *
 * `@tanstack/query-core` (an optional peer dependency, 5.66 or newer) is imported for types
 * only: this entry's JavaScript loads nothing of it, and no other entry refers to it.
 *
 * Every export is listed by name; types with `export type`. Of the polling machinery
 * (`follow-task.ts`) only the type of a `refetchInterval` is: the rest is how the options work.
 */
export { shouldRetryTaskRecordQuery } from './should-retry-query.js';
export {
  type BlockRecordKey,
  type BlockRecordsKey,
  type ExecutionResultsKey,
  type TaskRecordDetailKey,
  type TaskRecordKey,
  taskRecordKeys,
} from './task-record-keys.js';
export {
  type SetTaskErrorVariables,
  type TaskRecordMutationOptions,
  type TaskRecordMutations,
  taskRecordMutations,
} from './task-record-mutations.js';
export {
  type TaskRecordQueries,
  type TaskRecordQueriesOptions,
  type TaskRecordQueryOptions,
  taskRecordQueries,
} from './task-record-queries.js';
