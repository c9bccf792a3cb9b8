/**
 * The MSW adapter over the mock's core: it turns MSW's Request into the core's plain
 * request and the core's answer into a Response, and holds no behaviour of its own.
 */
import { delay, HttpResponse, http, type RequestHandler } from 'msw';
import { API_BASE_PATH } from '../../src/api-base-path.js';
import { apiPath } from '../core/api-path.js';
import { answerMockRequest } from '../core/handle-mock-request.js';
import { regexpLiteral } from '../core/regexp-literal.js';
import type { MockStore } from '../store/create-mock-store.js';
import { type MockInputErrorCode, refuseInput } from '../store/mock-input-error.js';
import { unknownOption } from '../store/unknown-option.js';

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
 * Refuses bad options here, with a MockInputError (a TypeError) that names them: a forgotten pair of braces
 * (`createTaskRecordHandlers(store)`) was accepted, and every request then failed inside MSW.
 * The store is recognized by its methods, not by `instanceof`: an app may load this package
 * twice (ESM and CommonJS), with two MockStore classes.
 */
function checkHandlersOptions(options: TaskRecordHandlersOptions): void {
  const refuse = (name: string, expected: string, got: unknown, code?: MockInputErrorCode) =>
    refuseInput('createTaskRecordHandlers', name, expected, got, code);
  if (typeof options !== 'object' || options === null)
    refuse('options', 'an object { store, baseUrl? }', options);
  if (typeof (options as Partial<MockStore>).runTask === 'function') {
    refuse('options', '{ store } (the store inside braces)', 'the store itself');
  }
  const unknown = unknownOption(options, ['store', 'baseUrl']);
  if (unknown !== undefined)
    refuse(`option ${unknown}`, 'left out: the options are store and baseUrl', '…', 'unknown-option');
  const store = options.store as Partial<MockStore> | undefined;
  if (typeof store !== 'object' || store === null || typeof store.runTask !== 'function') {
    refuse('option store', 'a store from createMockStore()', store);
  }
  const { baseUrl } = options;
  if (
    baseUrl !== undefined &&
    !(typeof baseUrl === 'string' && /^https?:\/\/[^/?#\s]+[^?#\s]*$/i.test(baseUrl))
  ) {
    refuse('option baseUrl', 'an http(s) origin or prefix, without a query or a fragment', baseUrl);
  }
}

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
