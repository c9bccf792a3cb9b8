/**
 * The MSW adapter over the mock's core: it turns MSW's Request into the core's plain
 * request and the core's answer into a Response, and holds no behaviour of its own.
 */
import { delay, HttpResponse, http, type RequestHandler } from 'msw';
import { API_BASE_PATH } from '../../src/api-base-path.js';
import { apiPath } from '../core/api-path.js';
import { CONTROL_PREFIX, handleControlRequest } from '../core/control-api.js';
import { answerMockRequest } from '../core/handle-mock-request.js';
import { HEALTH_PATH, healthAnswer } from '../core/health-check.js';
import type { MockRequest, MockResponse } from '../core/mock-request.js';
import { regexpLiteral } from '../core/regexp-literal.js';
import { checkHandlersOptions, type TaskRecordHandlersOptions } from './task-record-handlers-options.js';

/**
 * The URLs the handlers take: the API's base path on any origin and after any gateway prefix,
 * or after `baseUrl`. A RegExp, not a path pattern: msw decodes a pattern's path with
 * decodeURIComponent while it matches, and an ID with an escape that cannot be decoded (`%ZZ`)
 * made it answer its own undocumented 500 before the core could answer (issue [2/5]).
 */
function handledUrls(baseUrl: string | undefined): RegExp {
  const prefix = baseUrl === undefined ? '' : `^${regexpLiteral(baseUrl.replace(/\/+$/, ''))}`;
  return new RegExp(`${prefix}${regexpLiteral(API_BASE_PATH)}/`);
}

/** The core's plain request of an MSW request: its body as bytes, null when there is none. */
async function plainRequest(request: Request, path: string): Promise<MockRequest> {
  const url = new URL(request.url);
  // Bytes, not request.text(): that would replace what is not UTF-8, and the mock must not
  // store text the client never sent. The operation that reads the body decodes it.
  const bytes =
    request.method === 'GET' || request.method === 'HEAD'
      ? null
      : new Uint8Array(await request.arrayBuffer());
  return {
    method: request.method,
    path,
    query: Object.fromEntries(url.searchParams),
    body: bytes !== null && bytes.length > 0 ? bytes : null,
    contentType: request.headers.get('content-type'),
  };
}

/**
 * The core's answer as a Response, serialized at once: the core's body may share objects
 * with the store (a copy would cost more than the rest of the request).
 */
function responseOf(answer: MockResponse): HttpResponse<string> {
  return new HttpResponse(JSON.stringify(answer.body), { status: answer.status, headers: answer.headers });
}

/** The URLs of the control API and the health check: on any origin, or after `baseUrl`. */
function controlUrls(baseUrl: string | undefined): RegExp {
  const origin =
    baseUrl === undefined ? '^[a-z][a-z0-9+.-]*://[^/]+' : `^${regexpLiteral(baseUrl.replace(/\/+$/, ''))}`;
  const paths = `${regexpLiteral(CONTROL_PREFIX)}(?:/[^?#]*)?|${regexpLiteral(HEALTH_PATH)}`;
  return new RegExp(`${origin}(?:${paths})(?:[?#].*)?$`, 'i');
}

/**
 * The control API and the health check through MSW, from the same core as the reference
 * server's: a test set-up written against the control client runs unchanged in-process.
 */
function controlHandlers(options: TaskRecordHandlersOptions): RequestHandler[] {
  const { store, onError, baseUrl } = options;
  const prefix = baseUrl === undefined ? '' : new URL(baseUrl).pathname.replace(/\/+$/, '');
  return [
    http.all(controlUrls(baseUrl), async ({ request }) => {
      if (store.latencyMs > 0) await delay(store.latencyMs);
      const path = new URL(request.url).pathname.slice(prefix.length);
      const answer =
        path === HEALTH_PATH
          ? undefined
          : handleControlRequest(store, await plainRequest(request, path), onError);
      return responseOf(answer ?? healthAnswer(request.method));
    }),
  ];
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
  checkHandlersOptions(options);
  const { store } = options;
  const api = http.all(handledUrls(options.baseUrl), async ({ request }) => {
    if (store.latencyMs > 0) await delay(store.latencyMs);
    const plain = await plainRequest(request, apiPath(new URL(request.url).pathname));
    return responseOf(answerMockRequest(store, plain));
  });
  return options.control === true ? [api, ...controlHandlers(options)] : [api];
}
