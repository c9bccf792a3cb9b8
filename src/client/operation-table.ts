/**
 * One operation of the task-record API, as {@link operationTable} describes it.
 *
 * @example
 * ```ts
 * const stop: OperationEntry = {
 *   method: 'POST',
 *   path: '/stop/{task_record_id}',
 *   pathParam: 'task_record_id',
 *   retryable: false,
 * };
 * ```
 */
export interface OperationEntry {
  /** The HTTP method, as the spec writes it (upper case). */
  method: 'GET' | 'POST';
  /** The path template as the spec writes it, after the API's base path. */
  path: string;
  /** The one path parameter, the `{...}` in `path`. */
  pathParam: 'task_record_id' | 'block_record_id';
  /** Whether the client may retry it on its own: GETs may, POSTs never (a stop or retry would act twice). */
  retryable: boolean;
}

/**
 * The seven operations of the task-record API, by operationId: the one list the client's
 * methods, `OperationName`, the mock's route table and the operations a fault may name
 * are derived from. A test holds it to the spec.
 *
 * @example
 * ```ts
 * const { method, path, retryable } = operationTable.getTaskRecord;
 * // 'GET', '/detail/{task_record_id}', true
 * ```
 */
export const operationTable = {
  getBlockRecords: {
    method: 'GET',
    path: '/blocks/{task_record_id}',
    pathParam: 'task_record_id',
    retryable: true,
  },
  getBlockRecord: {
    method: 'GET',
    path: '/block/{block_record_id}',
    pathParam: 'block_record_id',
    retryable: true,
  },
  stopTask: { method: 'POST', path: '/stop/{task_record_id}', pathParam: 'task_record_id', retryable: false },
  getExecutionResults: {
    method: 'GET',
    path: '/execution/block/results/{task_record_id}',
    pathParam: 'task_record_id',
    retryable: true,
  },
  getTaskRecord: {
    method: 'GET',
    path: '/detail/{task_record_id}',
    pathParam: 'task_record_id',
    retryable: true,
  },
  retryTask: {
    method: 'POST',
    path: '/retry/{task_record_id}',
    pathParam: 'task_record_id',
    retryable: false,
  },
  setTaskError: {
    method: 'POST',
    path: '/set-error/{task_record_id}',
    pathParam: 'task_record_id',
    retryable: false,
  },
} as const satisfies Record<string, OperationEntry>;
