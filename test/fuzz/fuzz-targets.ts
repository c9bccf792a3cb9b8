/**
 * The two things the fuzzer talks to, behind one face: the reference server over real
 * sockets (the bytes written as they are, so that MSW, which patches node:http and fetch in
 * this process, never sees them), and MSW's setupServer with the package's handlers, reached
 * with plain fetch. The server's control API is HTTP; MSW's is the same control handler
 * called in process, the way a test in the same process sets the store up.
 */
import type { SetupServer } from 'msw/node';
import { handleControlRequest } from '../../mocks/core/control-api.js';
import { createMockStore, createTaskRecordHandlers, type MockStore } from '../../mocks/index.js';
import type { MockServer } from '../../mocks/server/start-mock-server.js';
import { rawRequest } from '../server/harness.js';
import type { WireRequest } from './wire-request.js';

export interface WireAnswer {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  text: string;
}

export type WireResult = { ok: true; answer: WireAnswer } | { ok: false; error: string };

export interface FuzzTarget {
  readonly name: 'server' | 'msw';
  readonly store: MockStore;
  /** A task-record API request. */
  send(request: WireRequest): Promise<WireResult>;
  /** A control API POST (`/__mock/...`) with this body text. */
  control(path: string, body: string): Promise<WireResult>;
}

/** The origin MSW's requests go to. */
export const mswOrigin = 'http://engine.test';

/** How long the server may take to answer one request before the fuzzer calls it down. */
const answerWaitMs = 10_000;

/** An HTTP/1.1 answer as read off a socket; an error when it is none or is cut short. */
export function parseRawAnswer(text: string): WireResult {
  const end = text.indexOf('\r\n\r\n');
  const statusLine = /^HTTP\/1\.1 (\d{3})/.exec(text);
  if (end < 0 || !statusLine)
    return { ok: false, error: `no HTTP answer: ${JSON.stringify(text.slice(0, 200))}` };
  const headers: Record<string, string> = {};
  for (const line of text.slice(0, end).split('\r\n').slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const body = text.slice(end + 4);
  const length = Number(headers['content-length']);
  if (Number.isFinite(length) && Buffer.byteLength(body) !== length) {
    return {
      ok: false,
      error: `a cut answer: content-length ${length}, got ${Buffer.byteLength(body)} bytes`,
    };
  }
  return { ok: true, answer: { status: Number(statusLine[1]), headers, text: body } };
}

export function serverTarget(server: MockServer): FuzzTarget {
  const send = async (request: WireRequest): Promise<WireResult> => {
    const headers = [`host: 127.0.0.1:${server.port}`, 'connection: close'];
    if (request.contentType !== undefined) headers.push(`content-type: ${request.contentType}`);
    if (request.body !== undefined) headers.push(`content-length: ${request.body.length}`);
    else if (request.method !== 'GET' && request.method !== 'HEAD') headers.push('content-length: 0');
    const head = `${request.method} ${request.path} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n`;
    const chunks: (string | Buffer)[] = request.body === undefined ? [head] : [head, request.body];
    const raw = await rawRequest(server, chunks, { waitMs: answerWaitMs });
    if (!raw.closed) return { ok: false, error: `no answer within ${answerWaitMs} ms` };
    return parseRawAnswer(raw.text);
  };
  return {
    name: 'server',
    store: server.store,
    send,
    control: (path, body) =>
      send({ method: 'POST', path, contentType: 'application/json', body: Buffer.from(body) }),
  };
}

/** A fresh store for MSW, its handlers installed in place of the last run's. */
export function mswTarget(msw: SetupServer, httpStatus: 'mirror' | 'always-200'): FuzzTarget {
  const store = createMockStore({ seed: 'doc-examples', clock: 'virtual', httpStatus });
  msw.resetHandlers(...createTaskRecordHandlers({ store, baseUrl: mswOrigin }));
  return {
    name: 'msw',
    store,
    async send(request) {
      try {
        const response = await fetch(`${mswOrigin}${request.path}`, {
          method: request.method,
          headers: request.contentType === undefined ? {} : { 'content-type': request.contentType },
          // Bytes, not a string: fetch would add `text/plain` to a string body with no type.
          ...(request.body === undefined ? {} : { body: new Uint8Array(request.body) }),
        });
        const headers: Record<string, string> = {};
        response.headers.forEach((value, name) => {
          headers[name] = value;
        });
        return { ok: true, answer: { status: response.status, headers, text: await response.text() } };
      } catch (error) {
        const cause = (error as Error).cause;
        const detail = cause instanceof Error ? `: ${cause.message}` : '';
        return { ok: false, error: `fetch failed (${(error as Error).message}${detail})` };
      }
    },
    async control(path, body) {
      const answer = handleControlRequest(store, {
        method: 'POST',
        path,
        body,
        contentType: 'application/json',
      });
      if (!answer) return { ok: false, error: `no control route ${path}` };
      return {
        ok: true,
        answer: { status: answer.status, headers: answer.headers, text: JSON.stringify(answer.body) },
      };
    },
  };
}
