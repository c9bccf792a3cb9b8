/**
 * What Node's HTTP parser would answer on its own, answered in JSON like every other bad
 * request: bytes it cannot parse (400), headers too large (431), a client too slow (408),
 * CONNECT (405), an `Expect` it does not know (417), and a `100-continue` for a body over the
 * limit (413, before the client sends it).
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { sendJson, writeRawJson } from './send-json.js';

/** The largest request body: 1 MiB, as the mock's core allows. */
export const maxBodyBytes = 1024 * 1024;

/** The latest exchange of each connection: a parse error after it must not overtake it. */
export type InFlightExchanges = WeakMap<Socket, { request: IncomingMessage; response: ServerResponse }>;

/** The status and message of a request Node could not parse, or one that took too long. */
function describeClientError(error: NodeJS.ErrnoException): { status: number; message: string } {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return { status: 408, message: '请求超时' };
  if (error.code === 'HPE_HEADER_OVERFLOW') return { status: 431, message: '请求头过大' };
  return { status: 400, message: '请求格式错误' };
}

/** The error answered straight on the socket, which is then closed. */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const { status, message } = describeClientError(error);
  writeRawJson(socket, status, { code: status, message });
}

/**
 * Installs the server's answers to protocol errors. `inFlight` holds each connection's latest
 * exchange, which the request handler records.
 *
 * @example
 * ```ts
 * answerProtocolErrors(server, inFlight);
 * ```
 */
export function answerProtocolErrors(server: Server, inFlight: InFlightExchanges): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    const latest = inFlight.get(socket);
    const pending = latest?.response.writableFinished === false ? latest : undefined;
    if (pending === undefined) return answerClientError(error, socket);
    // A whole request before the bad bytes gets its own answer first, then the error: a client
    // is never told that a request it made failed when it was done.
    if (pending.request.complete)
      return void pending.response.once('finish', () => answerClientError(error, socket));
    // A request cut short (a stalled or broken body) is answered with the error in its place;
    // its handler sees it aborted and changes nothing.
    if (pending.response.headersSent) return void socket.destroy();
    const { status, message } = describeClientError(error);
    pending.response.once('finish', () => socket.destroy());
    sendJson(pending.response, status, { code: status, message }, { connection: 'close' });
  });
  // Methods and expectations Node answers itself unless asked: JSON answers like any other.
  server.on('connect', (request: IncomingMessage, socket: Socket) => {
    writeRawJson(
      socket,
      405,
      { code: 405, message: `不支持的请求方法: ${request.method}` },
      'allow: GET, POST\r\n',
    );
  });
  server.on('checkExpectation', (request: IncomingMessage, response: ServerResponse) => {
    request.resume();
    sendJson(
      response,
      417,
      { code: 417, message: `不支持的 Expect 请求头: ${request.headers.expect}` },
      {
        connection: 'close',
      },
    );
  });
  server.on('checkContinue', (request: IncomingMessage, response: ServerResponse) => {
    // Refused before the client sends a byte of it, rather than after a 100 Continue.
    if (Number(request.headers['content-length']) > maxBodyBytes) {
      response.once('finish', () => request.socket.destroySoon());
      return sendJson(
        response,
        413,
        { code: 413, message: `请求体超过 ${maxBodyBytes} 字节` },
        {
          connection: 'close',
        },
      );
    }
    response.writeContinue();
    server.emit('request', request, response);
  });
}
