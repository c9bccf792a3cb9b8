/**
 * Test helpers for the reference server: a real server on 127.0.0.1, port 0, closed after
 * each test; requests through fetch; raw bytes through a socket for what fetch cannot send.
 */
import { connect } from 'node:net';
import { afterEach } from 'vitest';
import type { MockServerOptions } from '../../mocks/server/mock-server-options.js';
import { type MockServer, startMockServer } from '../../mocks/server/start-mock-server.js';
import { HEAVY_TIMEOUT_MS } from '../timeouts.js';

const running = new Set<MockServer>();

// A close waits up to 1.5 s for requests in flight, then for the state file's last write: given the
// same room for busy CI cores as the tests, not the default hook timeout of 10 s.
afterEach(async () => {
  await Promise.all([...running].map((server) => server.close()));
  running.clear();
}, HEAVY_TIMEOUT_MS);

/**
 * A server for one test: a stopped clock (speed 0) and the `doc-examples` seed unless the
 * options say otherwise. Closed after the test.
 */
export async function startTestServer(options: MockServerOptions = {}): Promise<MockServer> {
  const defaults: MockServerOptions = options.store ? {} : { speed: 0, seed: 'doc-examples' };
  const server = await startMockServer({ host: '127.0.0.1', port: 0, ...defaults, ...options });
  running.add(server);
  return server;
}

export interface JsonAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

/** A request through fetch; the answer's body read as JSON (it always is JSON, or empty). */
export async function request(
  server: MockServer,
  method: string,
  path: string,
  init: { body?: string; json?: unknown; headers?: Record<string, string> } = {},
): Promise<JsonAnswer> {
  const headers = {
    ...(init.json !== undefined ? { 'content-type': 'application/json' } : {}),
    ...init.headers,
  };
  const body = init.json !== undefined ? JSON.stringify(init.json) : init.body;
  const response = await fetch(`${server.url}${path}`, { method, headers, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? null : JSON.parse(text) };
}

export interface RawAnswer {
  /** Everything the server sent before it closed the connection (or the wait ran out). */
  text: string;
  status: number | undefined;
  /** Whether the server closed the connection. */
  closed: boolean;
}

/**
 * Writes raw bytes to the server and collects what comes back until the server closes the
 * connection or `waitMs` passes. `chunks` are written in order, `pauseMs` apart.
 */
export function rawRequest(
  server: MockServer,
  chunks: (string | Buffer)[],
  { waitMs = 2_000, pauseMs = 0, end = false }: { waitMs?: number; pauseMs?: number; end?: boolean } = {},
): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = connect(server.port, '127.0.0.1');
    const received: Buffer[] = [];
    let done = false;
    const finish = (closed: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(received).toString('utf8');
      const match = /^HTTP\/1\.1 (\d{3})/.exec(text);
      resolve({ text, status: match ? Number(match[1]) : undefined, closed });
    };
    const timer = setTimeout(() => finish(false), waitMs);
    socket.on('data', (chunk) => received.push(chunk));
    socket.on('close', () => finish(true));
    // A reset after the answer still counts: the server closed on us.
    socket.on('error', () => finish(true));
    socket.on('connect', async () => {
      for (const chunk of chunks) {
        if (socket.destroyed) return;
        socket.write(chunk);
        if (pauseMs > 0) await new Promise((wait) => setTimeout(wait, pauseMs));
      }
      if (end && !socket.destroyed) socket.end();
    });
  });
}

/** The JSON body of a raw answer (after the blank line). */
export function rawBody(answer: RawAnswer): unknown {
  const start = answer.text.indexOf('\r\n\r\n');
  return start < 0 ? undefined : JSON.parse(answer.text.slice(start + 4));
}
