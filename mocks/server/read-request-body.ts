import type { IncomingMessage } from 'node:http';

/**
 * What reading a request's body came to: its bytes, or why there are none to give.
 * `too-large` is decided as soon as the limit is passed (or from `Content-Length` before a
 * byte is read), so an oversized body is never read to its end.
 */
export type RequestBodyResult =
  | { kind: 'body'; bytes: Uint8Array | null }
  | { kind: 'too-large' }
  | { kind: 'aborted' };

/**
 * Reads a request's body up to `limit` bytes (`null` when empty). The bytes are not decoded
 * here: the operation that reads them does, and refuses a body that is not UTF-8 with its own
 * documented answer (a request to no operation, or to one that reads no body, is not refused).
 *
 * @example
 * ```ts
 * const result = await readRequestBody(request, 1024 * 1024);
 * if (result.kind === 'too-large') return sendJson(response, 413, { code: 413, message: '...' });
 * ```
 */
export function readRequestBody(request: IncomingMessage, limit: number): Promise<RequestBodyResult> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ kind: 'too-large' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: RequestBodyResult) => {
      if (settled) return;
      settled = true;
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onAbort);
      request.off('close', onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop here: the rest is never read, and the caller closes the connection.
        request.pause();
        settle({ kind: 'too-large' });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => settle({ kind: 'body', bytes: size === 0 ? null : Buffer.concat(chunks, size) });
    const onAbort = () => settle({ kind: 'aborted' });
    const onClose = () => {
      if (!request.complete) settle({ kind: 'aborted' });
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onAbort);
    request.on('close', onClose);
  });
}
