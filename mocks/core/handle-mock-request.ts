/**
 * The mock's framework-free core: one plain request in, one plain response out, from the
 * one route table and one function per operation over the store. The MSW handlers and
 * the reference server are thin adapters over this; neither holds behaviour of its own.
 */
import type { OperationName } from '../../src/client/operation-name.js';
import { cloneJson } from '../store/clone-json.js';
import { syncWithWallTime } from '../store/commands/advance-time.js';
import type { MockStore } from '../store/create-mock-store.js';
import { partsOf, type StoreParts } from '../store/store-parts.js';
import { faultAnswer } from './documented-failures.js';
import { failure, type OperationResult } from './envelopes.js';
import { JSON_CONTENT_TYPE } from './json-content-type.js';
import type { MockRequest, MockResponse } from './mock-request.js';
import { getBlockRecord } from './operations/get-block-record.js';
import { getBlockRecords } from './operations/get-block-records.js';
import { getExecutionResults } from './operations/get-execution-results.js';
import { getTaskRecord } from './operations/get-task-record.js';
import { retryTask } from './operations/retry-task.js';
import { setTaskError } from './operations/set-task-error.js';
import { stopTask } from './operations/stop-task.js';
import { requestBodyText } from './request-body-text.js';
import { matchRoute } from './route-table.js';
import { untaggedMessage } from './untagged-message.js';

const operations: Record<
  OperationName,
  (parts: StoreParts, id: string, request: MockRequest) => OperationResult
> = {
  getBlockRecords,
  getBlockRecord,
  stopTask,
  getExecutionResults,
  getTaskRecord,
  retryTask,
  setTaskError,
};

/** The documented 500 message of each operation (R10), for a failure inside the mock itself. */
const internalErrorPrefix: Record<OperationName, string> = {
  getBlockRecords: '获取任务块运行情况失败',
  getBlockRecord: '获取块记录详情失败',
  stopTask: '任务记录终止失败',
  getExecutionResults: '获取任务记录执行结果失败',
  getTaskRecord: '获取任务记录详情失败',
  retryTask: '重发任务失败',
  setTaskError: '设置任务错误状态失败',
};

const jsonHeaders = { 'content-type': JSON_CONTENT_TYPE };

/**
 * The core itself, for the two adapters: the answer's body may share objects with the store,
 * so it must be serialized before the store changes again. Both adapters do so at once (and
 * a copy of a large body would cost them more than the rest of the request).
 *
 * @example
 * ```ts
 * const answer = answerMockRequest(store, request);
 * const text = JSON.stringify(answer.body); // now, before anything else runs
 * ```
 */
export function answerMockRequest(store: MockStore, request: MockRequest): MockResponse {
  const parts = partsOf(store);
  const { transport } = parts;
  const method = String(request?.method ?? '').toUpperCase();
  const path = String(request?.path ?? '');
  // Decoded once: the journal keeps the text, and an operation that reads the body gets it as
  // text, or as the bytes when they are not UTF-8 (it refuses them with its documented 400).
  const raw = request?.body;
  const bytes = raw instanceof Uint8Array ? raw : null;
  const decoded = requestBodyText(typeof raw === 'string' ? raw : bytes);
  const text = decoded.kind === 'text' ? decoded.text : null;
  const match = matchRoute(method, path);
  let operation: OperationName | null = null;
  let faulted = false;
  let result: OperationResult;
  const headers: Record<string, string> = { ...jsonHeaders };
  if (match.kind === 'not-found') {
    result = failure(404, `未找到接口: ${method} ${path}`);
  } else if (match.kind === 'wrong-method') {
    result = failure(405, `不支持的请求方法: ${method}, 此接口只支持 ${match.allowed}`);
    headers.allow = match.allowed;
  } else {
    operation = match.route.operation;
    const fault = transport.faults.take(operation);
    faulted = fault !== undefined;
    if (fault) {
      // A fault used up is a change of the saved state.
      parts.changed();
      result = faultAnswer(operation, fault.status, fault.message);
    } else {
      try {
        syncWithWallTime(parts);
        result = operations[operation](parts, match.id, {
          method,
          path,
          body: decoded.kind === 'text' ? text : bytes,
          contentType: typeof request.contentType === 'string' ? request.contentType : null,
        });
      } catch (error) {
        // The operation's documented prefix is the message's one: the mock's own tag goes.
        const detail = untaggedMessage(error);
        result = failure(500, `${internalErrorPrefix[operation]}: ${detail}`, operation === 'setTaskError');
      }
    }
  }
  // Ruling R4: by default the HTTP status mirrors the body's code; optionally always 200.
  const status = transport.httpStatusOf(operation, result.status);
  transport.journal.record({
    method,
    path,
    operation,
    id: match.kind === 'route' ? match.id : null,
    body: text,
    status,
    ...(faulted ? { fault: true } : {}),
  });
  return { status, headers, body: result.body };
}

/**
 * Answers one request against a store. Never throws: whatever the request, the answer is
 * a JSON response, and a bad one changes nothing.
 *
 * @example
 * ```ts
 * import { createMockStore, handleMockRequest } from '@vwed/task-record/mocks';
 *
 * const store = createMockStore({ seed: 'doc-examples' });
 * const response = handleMockRequest(store, {
 *   method: 'GET',
 *   path: '/api/vwed-task-record/detail/7b84fd4d-e947-4ec7-8535-05ede5f8aa9d',
 *   body: null,
 * });
 * ```
 */
export function handleMockRequest(store: MockStore, request: MockRequest): MockResponse {
  const answer = answerMockRequest(store, request);
  // A copy: the answer must not change when the store does, nor the store when the answer does.
  return { ...answer, body: cloneJson(answer.body) };
}
