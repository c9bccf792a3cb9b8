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

/** Text matched literally inside a regular expression. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The URLs the handlers take: the API's base path on any origin and after any gateway prefix,
 * or after `baseUrl`. A RegExp, not a path pattern: msw decodes a pattern's path with
 * decodeURIComponent while it matches, and an ID with an escape that cannot be decoded (`%ZZ`)
 * made it answer its own undocumented 500 before the core could answer (issue [2/5]).
 */
function handledUrls(baseUrl: string | undefined): RegExp {
  const prefix = baseUrl === undefined ? '' : `^${literal(baseUrl.replace(/\/+$/, ''))}`;
  return new RegExp(`${prefix}${literal(API_BASE_PATH)}/`);
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
  return [
    http.all(handledUrls(options.baseUrl), async ({ request }) => {
      if (store.latencyMs > 0) await delay(store.latencyMs);
      const url = new URL(request.url);
      // Bytes, not request.text(): that would replace what is not UTF-8, and the mock must not
      // store text the client never sent. The operation that reads the body decodes it.
      const bytes =
        request.method === 'GET' || request.method === 'HEAD'
          ? null
          : new Uint8Array(await request.arrayBuffer());
      const answer = answerMockRequest(store, {
        method: request.method,
        path: apiPath(url.pathname),
        query: Object.fromEntries(url.searchParams),
        body: bytes !== null && bytes.length > 0 ? bytes : null,
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
