import type { Client } from 'openapi-fetch';
import type { paths } from '../generated/vwed-task-record.js';
import type {
  BlockRecord,
  BlockRecordDetail,
  ExecutionResults,
  RetryTaskResult,
  SetTaskErrorResult,
  StopTaskResult,
  TaskRecordDetail,
} from '../types.js';
import { normalizeClientOptions, type TaskRecordClientOptions } from './client-options.js';
import { createClient } from './create-client.js';
import { lazyFetch } from './lazy-fetch.js';
import type { OperationName } from './operation-name.js';
import { operationTable } from './operation-table.js';
import { requireText } from './require-argument.js';
import { type CallOptions, createRequestSender } from './send-request.js';
import { type WaitForTaskOptions, waitForTask } from './wait-for-task.js';

/**
 * The typed client of the task-record API: one method per operation, each resolving
 * with the unwrapped `data` and rejecting with a typed error.
 *
 * @example
 * ```ts
 * import { createTaskRecordClient, type TaskRecordClient } from '@vwed/task-record';
 *
 * const client: TaskRecordClient = createTaskRecordClient({ baseUrl: 'http://engine.local:8000' });
 * const blocks = await client.getBlockRecords(taskRecordId);
 * ```
 */
export interface TaskRecordClient {
  /** All block records of a task record (`GET /blocks/{id}`); `[]` for an unknown one (R5). */
  getBlockRecords(taskRecordId: string, call?: CallOptions): Promise<BlockRecord[]>;
  /** One block record in detail (`GET /block/{id}`). */
  getBlockRecord(blockRecordId: string, call?: CallOptions): Promise<BlockRecordDetail>;
  /** Stops a task (`POST /stop/{id}`); the result's status is 2001 (R1). Never retried. */
  stopTask(taskRecordId: string, call?: CallOptions): Promise<StopTaskResult>;
  /** The execution tree (`GET /execution/block/results/{id}`): a root node, or an array in flat mode (R9). */
  getExecutionResults(taskRecordId: string, call?: CallOptions): Promise<ExecutionResults>;
  /** A task record in detail (`GET /detail/{id}`). */
  getTaskRecord(taskRecordId: string, call?: CallOptions): Promise<TaskRecordDetail>;
  /** Retries a failed task (`POST /retry/{id}`), starting a new run. Never retried. */
  retryTask(taskRecordId: string, call?: CallOptions): Promise<RetryTaskResult>;
  /** Sets a task and its unfinished blocks to failed (`POST /set-error/{id}`). Never retried. */
  setTaskError(taskRecordId: string, errorReason: string, call?: CallOptions): Promise<SetTaskErrorResult>;
  /** Polls the detail until the task is finished (1000, 2000 or 2001) and resolves with it. */
  waitForTask(taskRecordId: string, options?: WaitForTaskOptions): Promise<TaskRecordDetail>;
  /** The underlying openapi-fetch client, for anything the methods do not cover. */
  readonly raw: Client<paths>;
}

/**
 * Creates a client of the task-record API. The options are checked here: a bad one
 * throws a `TypeError` at once. A method given a bad argument (an empty ID, a blank
 * reason, a lone surrogate) rejects with a `TypeError` before anything is sent. `fetch` is
 * looked up at each request, so MSW started after this call still intercepts.
 *
 * @example
 * ```ts
 * import { createTaskRecordClient, isVwedApiError } from '@vwed/task-record';
 *
 * const client = createTaskRecordClient({ baseUrl: 'http://engine.local:8000', timeoutMs: 10_000 });
 * try {
 *   const detail = await client.getTaskRecord('7b84fd4d-e947-4ec7-8535-05ede5f8aa9d');
 *   console.log(detail.task_name, detail.status);
 * } catch (error) {
 *   if (isVwedApiError(error, 404)) console.log(error.message); // 未找到ID为 ... 的任务记录
 * }
 * ```
 */
export function createTaskRecordClient(options: TaskRecordClientOptions = {}): TaskRecordClient {
  const config = normalizeClientOptions(options);
  const raw = createClient<paths>({
    baseUrl: config.baseUrl,
    fetch: lazyFetch(config.fetch),
    headers: typeof config.headers === 'object' ? config.headers : undefined,
  });
  if (config.middleware.length > 0) raw.use(...config.middleware);
  const send = createRequestSender(raw, config);

  /** Checks the ID, then sends; a bad argument rejects before any request. */
  const call = async (operation: OperationName, id: string, callOptions?: CallOptions, body?: unknown) => {
    const entry = operationTable[operation];
    const { pathParam } = entry;
    const idName = pathParam === 'block_record_id' ? 'blockRecordId' : 'taskRecordId';
    const pathParams = { [pathParam]: requireText(operation, idName, id) };
    return send({ ...entry, operation, pathParams, body }, callOptions);
  };

  // The methods are typed by TaskRecordClient (and a type test ties each to the spec's data type).
  const client = {
    raw,
    setTaskError: async (id: string, errorReason: string, callOptions?: CallOptions) => {
      requireText('setTaskError', 'taskRecordId', id);
      const body = { error_reason: requireText('setTaskError', 'errorReason', errorReason, false) };
      return call('setTaskError', id, callOptions, body);
    },
    waitForTask: async (id: string, waitOptions?: WaitForTaskOptions) =>
      waitForTask(client.getTaskRecord, requireText('waitForTask', 'taskRecordId', id), waitOptions),
  } as TaskRecordClient;
  // One method per operation of the table; Pick fails to compile should the interface lack one.
  const methods = client as unknown as Record<keyof Pick<TaskRecordClient, OperationName>, unknown>;
  for (const operation of Object.keys(operationTable) as OperationName[]) {
    if (operation !== 'setTaskError') {
      methods[operation] = (id: string, callOptions?: CallOptions) => call(operation, id, callOptions);
    }
  }
  return client;
}
