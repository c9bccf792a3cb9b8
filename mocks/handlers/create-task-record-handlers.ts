/**
 * The MSW adapter over the mock's core: it turns MSW's Request into the core's plain
 * request and the core's answer into a Response, and holds no behaviour of its own.
 */
import { delay, HttpResponse, http, type RequestHandler } from 'msw';
import { API_BASE_PATH } from '../../src/api-base-path.js';
import { apiPath } from '../core/api-path.js';
import { answerMockRequest } from '../core/handle-mock-request.js';
import type { MockStore } from '../store/create-mock-store.js';

/**
 * Options of {@link createTaskRecordHandlers}.
 *
 * @example
 * ```ts
 * const options: TaskRecordHandlersOptions = { store, baseUrl: 'http://engine.local:8000' };
 * ```
 */
export interface TaskRecordHandlersOptions {
  store: MockStore;
  /** The engine's origin (or gateway prefix). Default: any origin. */
  baseUrl?: string;
}

/**
 * MSW request handlers for the seven endpoints, answered by the store.
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { createMockStore, createTaskRecordHandlers } from '@vwed/task-record/mocks';
 *
 * const store = createMockStore({ seed: 'doc-examples' });
 * const server = setupServer(...createTaskRecordHandlers({ store }));
 * server.listen({ onUnhandledRequest: 'error' });
 * ```
 */
export function createTaskRecordHandlers(options: TaskRecordHandlersOptions): RequestHandler[] {
  const { store } = options;
  const prefix = options.baseUrl === undefined ? '*' : options.baseUrl.replace(/\/+$/, '');
  return [
    http.all(`${prefix}${API_BASE_PATH}/*`, async ({ request }) => {
      if (store.latencyMs > 0) await delay(store.latencyMs);
      const url = new URL(request.url);
      const text = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
      const answer = answerMockRequest(store, {
        method: request.method,
        path: apiPath(url.pathname),
        query: Object.fromEntries(url.searchParams),
        body: text === '' ? null : text,
        contentType: request.headers.get('content-type'),
      });
      // Serialized here, before anything else runs: the core's body may share objects with
      // the store (a copy would cost more than the rest of the request).
      return new HttpResponse(JSON.stringify(answer.body), {
        status: answer.status,
        headers: answer.headers,
      });
    }),
  ];
}
