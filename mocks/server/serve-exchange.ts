/**
 * One request of the reference server, answered: what only a socket has (a CORS preflight, a
 * target that is no path, `/healthz`, a closed control API, the control token, the body's
 * size limit) here, the rest by the mock's core, so that the server and the MSW handlers
 * cannot disagree.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { apiPath } from '../core/api-path.js';
import { CONTROL_PREFIX, handleControlRequest } from '../core/control-api.js';
import { answerMockRequest } from '../core/handle-mock-request.js';
import { HEALTH_PATH, healthAnswer } from '../core/health-check.js';
import type { MockRequest } from '../core/mock-request.js';
import type { MockStore } from '../store/create-mock-store.js';
import { maxBodyBytes } from './answer-protocol-errors.js';
import { isPreflight } from './cors.js';
import type { ControlAuthorizer } from './create-control-authorizer.js';
import { parseTarget } from './parse-target.js';
import { readRequestBody } from './read-request-body.js';
import type { sendJson } from './send-json.js';

/** What answering a request needs from the server it came to. */
export interface ExchangeContext {
  store: MockStore;
  /** Whether the control API (`/__mock`) is served. */
  control: boolean;
  /** With a control token: the check every control request must pass first. */
  authorize: ControlAuthorizer | undefined;
  /** The CORS origin the server allows, if any: then a preflight is answered. */
  cors: string | undefined;
  /** Hears a control request's bug, answered with the documented 500. */
  onError: (error: Error) => void;
  /** Writes a JSON answer (the server's, which knows whether it is closing). */
  send: typeof sendJson;
}

/** Answers `request`; `extra` are the headers every answer carries (CORS). */
export async function serveExchange(
  context: ExchangeContext,
  request: IncomingMessage,
  response: ServerResponse,
  extra: Record<string, string>,
): Promise<void> {
  const { store, send } = context;
  if (context.cors !== undefined && isPreflight(request)) {
    request.resume();
    return send(response, 204, null, extra);
  }
  const url = parseTarget(request.url);
  const method = request.method ?? 'GET';
  if (!url) {
    request.resume();
    return send(response, 400, { code: 400, message: `请求路径无效: ${request.url}` }, extra);
  }
  const path = url.pathname;
  if (path === HEALTH_PATH) {
    request.resume();
    const health = healthAnswer(method);
    return send(response, health.status, health.body, { ...health.headers, ...extra });
  }
  const isControl = path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`);
  if (isControl && !context.control) {
    request.resume();
    return send(
      response,
      404,
      { code: 404, message: `未找到接口: ${method} ${path} (控制接口已关闭)` },
      extra,
    );
  }
  if (isControl && context.authorize !== undefined) {
    // Before routing, methods and the body: a caller without the token learns nothing, not
    // even which paths exist, and its body is never read.
    const refused = context.authorize(request.headers.authorization);
    if (refused !== undefined) {
      request.resume();
      return send(response, refused.status, refused.body, { ...refused.headers, ...extra });
    }
  }
  const body = await readBody(context, request, response, extra);
  if (body === answered) return;

  if (store.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, store.latencyMs));
  const plain: MockRequest = {
    method,
    path: isControl ? path : apiPath(path),
    query: url.search === '' ? {} : Object.fromEntries(url.searchParams),
    body,
    contentType: request.headers['content-type'] ?? null,
  };
  const answer = isControl
    ? handleControlRequest(store, plain, context.onError)
    : answerMockRequest(store, plain);
  if (!answer) return send(response, 404, { code: 404, message: `未找到接口: ${method} ${path}` }, extra);
  send(response, answer.status, answer.body, { ...answer.headers, ...extra });
}

/** Marks a request already answered (or its connection destroyed) while its body was read. */
const answered = Symbol('answered');

/**
 * The request's body: `null` for a GET or a HEAD, whose body is drained unread. A body over
 * the limit is answered 413 and its connection closed after the answer; a request aborted
 * while its body arrived is dropped.
 */
async function readBody(
  { send }: ExchangeContext,
  request: IncomingMessage,
  response: ServerResponse,
  extra: Record<string, string>,
): Promise<Uint8Array | null | typeof answered> {
  if (request.method === undefined || request.method === 'GET' || request.method === 'HEAD') {
    request.resume();
    return null;
  }
  const read = await readRequestBody(request, maxBodyBytes);
  if (read.kind === 'aborted') {
    response.destroy();
    return answered;
  }
  if (read.kind === 'too-large') {
    // Closed after the answer: the rest of the body is never read.
    response.once('finish', () => request.socket.destroySoon());
    send(
      response,
      413,
      { code: 413, message: `请求体超过 ${maxBodyBytes} 字节` },
      { ...extra, connection: 'close' },
    );
    return answered;
  }
  return read.bytes;
}
