/**
 * The reference server: the mock's core served over node:http. A thin adapter, like the MSW
 * handlers: it turns a Node request into the core's plain request and the core's answer into
 * a response, so the server and MSW cannot disagree. It adds only what a real socket needs:
 * body limits, timeouts, CORS, the control API, a health check and the state file.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { apiPath } from '../core/api-path.js';
import { CONTROL_PREFIX, handleControlRequest } from '../core/control-api.js';
import { answerMockRequest } from '../core/handle-mock-request.js';
import type { MockRequest } from '../core/mock-request.js';
import { untaggedMessage } from '../core/untagged-message.js';
import { createMockStore, type MockStore } from '../store/create-mock-store.js';
import { partsOf } from '../store/store-parts.js';
import { answerProtocolErrors, type InFlightExchanges, maxBodyBytes } from './answer-protocol-errors.js';
import { corsHeaders, isPreflight } from './cors.js';
import { ListenError } from './listen-error.js';
import { checkMockServerOptions, type MockServerOptions } from './mock-server-options.js';
import { readRequestBody } from './read-request-body.js';
import { sendJson } from './send-json.js';
import { readStateFile, StateFileWriter } from './state-file.js';
import { stateWriteError } from './state-write-error.js';

/** How long `close()` waits for requests in flight before it closes their connections. */
const closeGraceMs = 1_500;

/**
 * A running reference server.
 *
 * @example
 * ```ts
 * const server: MockServer = await startMockServer();
 * console.log(server.url);
 * await server.close();
 * ```
 */
export interface MockServer {
  /** `http://host:port`, without a trailing slash: the client's `baseUrl`. */
  readonly url: string;
  /** The port it listens on (the one picked, for port 0). */
  readonly port: number;
  /** The store it serves: set it up directly in the same process. */
  readonly store: MockStore;
  /**
   * Stops accepting connections, lets requests in flight finish (closing their connections
   * after 1.5 s at the latest), writes the state file and resolves; rejects if the state could
   * not be written. Safe to call twice.
   */
  close(): Promise<void>;
}

/** The request's target as a URL, or undefined for one that is not a path (or is malformed). */
function parseTarget(target: string | undefined): URL | undefined {
  if (target === undefined) return undefined;
  // The absolute form (`GET http://host/path`), which HTTP/1.1 servers must take: its path counts.
  if (/^https?:\/\//i.test(target)) {
    try {
      return new URL(target);
    } catch {
      return undefined;
    }
  }
  if (!target.startsWith('/')) return undefined;
  try {
    // Prefixed rather than resolved, so that `//host/x` stays a path and names no host.
    return new URL(`http://mock.local${target}`);
  } catch {
    return undefined;
  }
}

/**
 * Starts the reference server: the task-record API's seven endpoints answered by a mock
 * store and its simulated engine, plus `/__mock` (the control API) and `/healthz`.
 *
 * @example
 * ```ts
 * import { startMockServer } from '@vwed/task-record/server';
 * import { createTaskRecordClient } from '@vwed/task-record';
 *
 * const server = await startMockServer({ seed: 'doc-examples', speed: 0 });
 * const client = createTaskRecordClient({ baseUrl: server.url });
 * const detail = await client.getTaskRecord('7b84fd4d-e947-4ec7-8535-05ede5f8aa9d');
 * await server.close();
 * ```
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  checkMockServerOptions(options);
  const host = options.host ?? '127.0.0.1';
  const control = options.control ?? true;
  const { cors } = options;
  // The message is whole already (`[vwed] cannot write the state file ...`): no second prefix.
  const onError = options.onError ?? ((error: Error) => console.error(error.message));
  const store = options.store ?? (await createServerStore(options));
  if (options.store && options.latencyMs !== undefined) store.latencyMs = options.latencyMs;

  const { stateFile: statePath } = options;
  // Until the server has started, a failed write stops the start and is thrown, not reported
  // too (the CLI printed it twice).
  let started = false;
  const stateFile =
    statePath === undefined
      ? undefined
      : new StateFileWriter(statePath, store, (error) => {
          if (started) onError(stateWriteError(statePath, error));
        });

  let closing: Promise<void> | undefined;
  // The exchange each connection is serving: a parse error after it must not overtake it.
  const inFlight: InFlightExchanges = new WeakMap();
  const send: typeof sendJson = (response, ...rest) => {
    // Once closing, an answer ends its connection: a kept-alive one would hold the close up.
    if (closing !== undefined) response.shouldKeepAlive = false;
    sendJson(response, ...rest);
  };
  const serve = async (
    request: IncomingMessage,
    response: ServerResponse,
    extra: Record<string, string>,
  ): Promise<void> => {
    if (cors !== undefined && isPreflight(request)) {
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
    if (path === '/healthz') {
      request.resume();
      if (method !== 'GET') {
        return send(
          response,
          405,
          { code: 405, message: `不支持的请求方法: ${method}, 此接口只支持 GET` },
          {
            ...extra,
            allow: 'GET',
          },
        );
      }
      return send(response, 200, { status: 'ok' }, extra);
    }
    const isControl = path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`);
    if (isControl && !control) {
      request.resume();
      return send(
        response,
        404,
        { code: 404, message: `未找到接口: ${method} ${path} (控制接口已关闭)` },
        extra,
      );
    }

    let body: Uint8Array | null = null;
    if (method === 'GET' || method === 'HEAD') {
      request.resume();
    } else {
      const read = await readRequestBody(request, maxBodyBytes);
      if (read.kind === 'aborted') return void response.destroy();
      if (read.kind === 'too-large') {
        // Closed after the answer: the rest of the body is never read.
        response.once('finish', () => request.socket.destroySoon());
        return send(
          response,
          413,
          { code: 413, message: `请求体超过 ${maxBodyBytes} 字节` },
          {
            ...extra,
            connection: 'close',
          },
        );
      }
      body = read.bytes;
    }

    if (store.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, store.latencyMs));
    const plain: MockRequest = {
      method,
      path: isControl ? path : apiPath(path),
      query: url.search === '' ? {} : Object.fromEntries(url.searchParams),
      body,
      contentType: request.headers['content-type'] ?? null,
    };
    const answer = isControl ? handleControlRequest(store, plain, onError) : answerMockRequest(store, plain);
    if (!answer) return send(response, 404, { code: 404, message: `未找到接口: ${method} ${path}` }, extra);
    send(response, answer.status, answer.body, { ...answer.headers, ...extra });
  };

  const server = createServer(
    {
      requestTimeout: options.requestTimeoutMs ?? 10_000,
      headersTimeout: options.requestTimeoutMs ?? 10_000,
      // How often Node looks for timed-out requests: often enough that the timeout means it.
      connectionsCheckingInterval: Math.min(1_000, Math.ceil((options.requestTimeoutMs ?? 10_000) / 4)),
    },
    (request, response) => {
      // The latest exchange of the connection; a finished one counts as none (no listener
      // per request to clear it: this is every request's path).
      inFlight.set(request.socket, { request, response });
      // Every answer carries them, a failure's too, so that a page can read why it failed.
      const extra = cors === undefined ? {} : corsHeaders(cors, request);
      serve(request, response, extra).catch((error: unknown) => {
        // A bug of the mock's, never the client's: still a JSON answer, and the server goes on.
        const message = `模拟服务器内部错误: ${error instanceof Error ? error.message : String(error)}`;
        if (!response.headersSent) send(response, 500, { code: 500, message }, extra);
        else response.destroy();
      });
    },
  );
  answerProtocolErrors(server, inFlight);

  await listen(server, options.port ?? 0, host);
  if (stateFile) {
    try {
      await stateFile.removeLeftovers();
      // At once: the file exists from the start, and a path that cannot be written stops it.
      await stateFile.writeNow();
    } catch (error) {
      await new Promise((resolve) => server.close(resolve));
      throw stateWriteError(stateFile.path, error as Error);
    }
    // The store says when its saved state changed, whether by a request or a direct call in
    // this process: a read that changes nothing writes nothing.
    partsOf(store).onChange = () => stateFile.changed();
  }
  started = true;
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : (options.port ?? 0);
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  const close = () => {
    closing ??= (async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const grace = setTimeout(() => server.closeAllConnections(), closeGraceMs);
      await closed;
      clearTimeout(grace);
      if (stateFile) {
        partsOf(store).onChange = undefined;
        // Rejects if the last state could not be written: the caller must hear of it.
        await stateFile.flush();
      }
    })();
    return closing;
  };
  return { url, port, store, close };
}

/** The store a server makes for itself: from the state file if there is one, else the seed. */
async function createServerStore(options: MockServerOptions): Promise<MockStore> {
  const base = {
    // Speed 0 is the clock stopped, in the store as in the CLI.
    clock: { speed: options.speed ?? 1 },
    httpStatus: options.httpStatus ?? 'mirror',
    latencyMs: options.latencyMs ?? 0,
  };
  const state = options.stateFile === undefined ? undefined : await readStateFile(options.stateFile);
  if (state === undefined) return createMockStore({ ...base, seed: options.seed ?? 'demo' });
  try {
    return createMockStore({ ...base, snapshot: state });
  } catch (error) {
    throw new Error(
      `[vwed] the state file ${options.stateFile} does not hold a mock state (${untaggedMessage(error)}); ` +
        'it was left untouched. Move it away, or pass another state file (--state, or the stateFile option).',
    );
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => reject(new ListenError(host, port, error));
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}
