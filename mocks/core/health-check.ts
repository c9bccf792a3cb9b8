import { JSON_CONTENT_TYPE } from './json-content-type.js';
import type { MockResponse } from './mock-request.js';

/** The health check's path, outside the control API: it answers even when that is off. */
export const HEALTH_PATH = '/healthz';

/**
 * The answer of `/healthz`: 200 `{status: 'ok'}` to a GET, 405 with `Allow: GET` to any
 * other method (`openapi/mock-control.yaml`, getHealth). Both adapters serve it.
 *
 * @example
 * ```ts
 * healthAnswer('GET'); // { status: 200, headers: { 'content-type': ... }, body: { status: 'ok' } }
 * ```
 */
export function healthAnswer(method: string): MockResponse {
  const headers = { 'content-type': JSON_CONTENT_TYPE };
  if (method.toUpperCase() === 'GET') return { status: 200, headers, body: { status: 'ok' } };
  const message = `不支持的请求方法: ${method}, 此接口只支持 GET`;
  return { status: 405, headers: { ...headers, allow: 'GET' }, body: { code: 405, message } };
}
