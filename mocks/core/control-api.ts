/**
 * The mock's control API (`openapi/mock-control.yaml`): what a test does to the store from
 * outside the process, the HTTP face of the store's set-up methods. It is not the task-record
 * API and has its own small table; the seven endpoints stay in the core's one table. Framework
 * free, beside the route table, so that both adapters serve it: the reference server, and the
 * MSW handlers with `control: true`.
 */
import type { MockStore } from '../store/create-mock-store.js';
import { isMockInputError } from '../store/mock-input-error.js';
import { type ControlRoute, controlRoutes } from './control-routes.js';
import { JSON_CONTENT_TYPE, mediaTypeOf } from './json-content-type.js';
import type { MockRequest, MockResponse } from './mock-request.js';
import { regexpLiteral } from './regexp-literal.js';
import { requestBodyText } from './request-body-text.js';
import { untaggedMessage } from './untagged-message.js';

/** The control API's path prefix. */
export const CONTROL_PREFIX = '/__mock';

const jsonHeaders = { 'content-type': JSON_CONTENT_TYPE };

function answer(status: number, body: unknown, headers: Record<string, string> = {}): MockResponse {
  return { status, headers: { ...jsonHeaders, ...headers }, body };
}

function invalid(message: string): MockResponse {
  return answer(400, { code: 400, message: `控制请求无效: ${message}` });
}

/** A route's path as a matcher: its text literally, `{id}` one segment (group 1). */
const routeMatchers = controlRoutes.map((route) => ({
  route,
  pattern: new RegExp(`^${route.path.split('{id}').map(regexpLiteral).join('([^/]+)')}$`),
}));

type ControlMatch =
  | { kind: 'route'; route: ControlRoute; id: string }
  | { kind: 'not-found' }
  | { kind: 'wrong-method'; allowed: string };

/** The route of a control path (after `/__mock`) and method. */
function matchControlRoute(method: string, name: string): ControlMatch {
  const allowed: string[] = [];
  for (const { route, pattern } of routeMatchers) {
    const match = pattern.exec(name);
    if (!match) continue;
    if (route.method === method) return { kind: 'route', route, id: decodeSegment(match[1] ?? '') };
    allowed.push(route.method);
  }
  return allowed.length === 0 ? { kind: 'not-found' } : { kind: 'wrong-method', allowed: allowed.join(', ') };
}

/** A path segment decoded; one with an escape that cannot be decoded stays as it is (it names nothing). */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

type BodyResult = { ok: true; value: Record<string, unknown> } | { ok: false; response: MockResponse };

/** The body of a control POST: a JSON object (none reads as `{}`), or the 400 that says what it is. */
function readJsonObject(request: MockRequest): BodyResult {
  const type = mediaTypeOf(request.contentType);
  if (type !== '' && type !== 'application/json') {
    return {
      ok: false,
      response: invalid(`the body must be JSON (Content-Type: application/json), got ${request.contentType}`),
    };
  }
  const decoded = requestBodyText(request.body);
  if (decoded.kind === 'not-utf8') return { ok: false, response: invalid('the body is not UTF-8 text') };
  const text = decoded.text;
  if (text === null || text.trim() === '') return { ok: true, value: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, response: invalid('the body is not valid JSON') };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, response: invalid('the body must be a JSON object') };
  }
  return { ok: true, value: parsed as Record<string, unknown> };
}

/**
 * Answers a control request (a path under `/__mock`), or `undefined` for any other path.
 * Like the core, it never throws and a refused request changes nothing: the store's set-up
 * methods check their arguments before they change anything. Only a caller's mistake (a
 * `MockInputError`) is a 400; anything else is a bug of the mock's: the documented 500, with
 * the error passed to `onError` so that it is not lost in an answer the caller may ignore.
 *
 * @example
 * ```ts
 * const response = handleControlRequest(store, { method: 'POST', path: '/__mock/reset', body: null });
 * ```
 */
export function handleControlRequest(
  store: MockStore,
  request: MockRequest,
  onError?: (error: Error) => void,
): MockResponse | undefined {
  if (request.path !== CONTROL_PREFIX && !request.path.startsWith(`${CONTROL_PREFIX}/`)) return undefined;
  const method = request.method.toUpperCase();
  const match = matchControlRoute(method, request.path.slice(CONTROL_PREFIX.length));
  if (match.kind === 'not-found') {
    return answer(404, { code: 404, message: `未找到控制接口: ${request.method} ${request.path}` });
  }
  if (match.kind === 'wrong-method') {
    const message = `不支持的请求方法: ${request.method}, 此接口只支持 ${match.allowed}`;
    return answer(405, { code: 405, message }, { allow: match.allowed });
  }
  const reads = match.route.method === 'POST' || match.route.method === 'PUT';
  const body: BodyResult = reads ? readJsonObject(request) : { ok: true, value: {} };
  if (!body.ok) return body.response;
  try {
    const result = match.route.run({ store, body: body.value, id: match.id, query: request.query ?? {} });
    return 'refusal' in result ? invalid(result.refusal) : answer(result.status, result.body);
  } catch (error) {
    if (isMockInputError(error)) return invalid(untaggedMessage(error));
    // A plain TypeError too (`Cannot read properties of undefined`): a bug, not the caller's.
    // Wrapped, so that a log of the message alone still says which request hit it.
    const cause = untaggedMessage(error);
    onError?.(
      new Error(`[vwed] control request ${request.method} ${request.path} failed: ${cause}`, {
        cause: error,
      }),
    );
    return answer(500, { code: 500, message: `控制请求失败: ${cause}` });
  }
}
