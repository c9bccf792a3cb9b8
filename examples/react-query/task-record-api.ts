/**
 * The page's task-record client and its TanStack Query options, made once: a component asks
 * for `queries.detail(id)`, TanStack Query shares the request and the polling between all the
 * components that show the same record.
 */
import { createTaskRecordClient } from '@vwed/task-record';
import { taskRecordQueries } from '@vwed/task-record/query';
import { recordIds } from './demo-engine.js';

// The page's own origin: the service worker answers `/api/vwed-task-record/*` here.
export const client = createTaskRecordClient();

/** Every query of a running record polls twice a second, and stops when the record ends. */
export const queries = taskRecordQueries(client, { pollIntervalMs: 500 });

/** The list of record IDs (from the store: the API has no list endpoint), read every second. */
export const recordIdsQuery = {
  queryKey: ['react-query-demo', 'record-ids'] as const,
  queryFn: async () => recordIds(),
  refetchInterval: 1_000,
};
