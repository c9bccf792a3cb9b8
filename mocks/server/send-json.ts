import type { ServerResponse } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';

import { JSON_CONTENT_TYPE } from '../core/json-content-type.js';

/**
 * Writes a JSON answer. The body is serialized here and now: the core's body may share
 * objects with the store, which the next request can change.
 *
 * @example
 * ```ts
 * sendJson(response, 404, { code: 404, message: '未找到接口: GET /x' });
 * ```
 */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const bytes = status === 204 ? Buffer.alloc(0) : Buffer.from(JSON.stringify(body));
  response.writeHead(status, {
    ...(status === 204 ? {} : { 'content-type': JSON_CONTENT_TYPE }),
    ...headers,
    'content-length': bytes.length,
  });
  response.end(bytes);
}

/**
 * A JSON answer written straight to a socket (when Node gives no response object), then the
 * connection closed.
 *
 * @example
 * ```ts
 * writeRawJson(socket, 400, { code: 400, message: '请求格式错误' });
 * ```
 */
export function writeRawJson(socket: Socket, status: number, body: unknown, extraHeaders = ''): void {
  if (!socket.writable) return void socket.destroy();
  const text = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: ${JSON_CONTENT_TYPE}\r\n${extraHeaders}` +
      `content-length: ${Buffer.byteLength(text)}\r\nconnection: close\r\n\r\n${text}`,
  );
}
