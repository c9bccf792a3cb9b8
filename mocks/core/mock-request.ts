/**
 * The plain request and response of the mock's core: what both adapters (MSW and
 * node:http) translate to and from, so neither holds behaviour of its own.
 */

/**
 * A request as the core sees it.
 *
 * @example
 * ```ts
 * const request: MockRequest = { method: 'POST', path: '/api/vwed-task-record/stop/abc', body: null };
 * ```
 */
export interface MockRequest {
  method: string;
  /** The URL's path, still percent-encoded. */
  path: string;
  query?: Record<string, string>;
  /**
   * The raw body: text, or the bytes as they came (an operation that reads them decodes them
   * as UTF-8 and refuses any other encoding with its documented 400), or null when there is none.
   */
  body: string | Uint8Array | null;
  /**
   * The request's `Content-Type` header, if it has one. An operation that reads a body reads
   * it as JSON only when this is absent or a JSON type, as the engine's FastAPI server does.
   */
  contentType?: string | null;
}

/**
 * The core's answer: status, headers and a JSON-ready body.
 *
 * @example
 * ```ts
 * const response: MockResponse = handleMockRequest(store, request);
 * console.log(response.status, JSON.stringify(response.body));
 * ```
 */
export interface MockResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}
