/**
 * The path prefix of the task-record API on a VWED engine (基础路径). Every operation path
 * in the spec is relative to it.
 *
 * @example
 * ```ts
 * import { API_BASE_PATH } from '@vwed/task-record';
 *
 * const url = `http://engine.local:8000${API_BASE_PATH}/detail/${taskRecordId}`;
 * ```
 */
export const API_BASE_PATH = '/api/vwed-task-record';
