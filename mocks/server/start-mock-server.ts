/**
 * The reference server: the mock's core served over node:http. A thin adapter, like the MSW
 * handlers: it turns a Node request into the core's plain request and the core's answer into
 * a response, so the server and MSW cannot disagree. It adds only what a real socket needs:
 * body limits, timeouts, CORS, the control API and its token, a health check and the state file.
 */
import { createServer, type Server } from 'node:http';
import { untaggedMessage } from '../core/untagged-message.js';
import { createMockStore, type MockStore } from '../store/create-mock-store.js';
import { partsOf } from '../store/store-parts.js';
import { answerProtocolErrors, type InFlightExchanges } from './answer-protocol-errors.js';
import { corsHeaders } from './cors.js';
import { createControlAuthorizer } from './create-control-authorizer.js';
import { ListenError } from './listen-error.js';
import { checkMockServerOptions, type MockServerOptions } from './mock-server-options.js';
import { sendJson } from './send-json.js';
import { type ExchangeContext, serveExchange } from './serve-exchange.js';
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
  const send: typeof sendJson = (response, ...rest) => {
    // Once closing, an answer ends its connection: a kept-alive one would hold the close up.
    if (closing !== undefined) response.shouldKeepAlive = false;
    sendJson(response, ...rest);
  };
  const control = options.control ?? true;
  const server = createHttpServer(options.requestTimeoutMs ?? 10_000, {
    store,
    control,
    // Only the token's hash is kept, inside the check: nothing here can print the token.
    authorize:
      control && options.controlToken !== undefined
        ? createControlAuthorizer(options.controlToken)
        : undefined,
    cors: options.cors,
    onError,
    send,
  });

  await listen(server, options.port ?? 0, host);
  if (stateFile) await startStateFile(server, store, stateFile);
  started = true;
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : (options.port ?? 0);
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  const close = () => {
    closing ??= closeServer(server, store, stateFile);
    return closing;
  };
  return { url, port, store, close };
}

/** The node:http server answering each request with `serveExchange`, and a mock's bug with a JSON 500. */
function createHttpServer(requestTimeoutMs: number, context: ExchangeContext): Server {
  const { cors, send } = context;
  // The exchange each connection is serving: a parse error after it must not overtake it.
  const inFlight: InFlightExchanges = new WeakMap();
  const server = createServer(
    {
      requestTimeout: requestTimeoutMs,
      headersTimeout: requestTimeoutMs,
      // How often Node looks for timed-out requests: often enough that the timeout means it.
      connectionsCheckingInterval: Math.min(1_000, Math.ceil(requestTimeoutMs / 4)),
    },
    (request, response) => {
      // The latest exchange of the connection; a finished one counts as none (no listener
      // per request to clear it: this is every request's path).
      inFlight.set(request.socket, { request, response });
      // Every answer carries them, a failure's too, so that a page can read why it failed.
      const extra = cors === undefined ? {} : corsHeaders(cors, request);
      serveExchange(context, request, response, extra).catch((error: unknown) => {
        // A bug of the mock's, never the client's: still a JSON answer, and the server goes on.
        const message = `模拟服务器内部错误: ${error instanceof Error ? error.message : String(error)}`;
        if (!response.headersSent) send(response, 500, { code: 500, message }, extra);
        else response.destroy();
      });
    },
  );
  answerProtocolErrors(server, inFlight);
  return server;
}

/**
 * Writes the state file at once, so that it exists from the start and a path that cannot be
 * written stops the start (the server is closed again), then on each change of the store.
 */
async function startStateFile(server: Server, store: MockStore, stateFile: StateFileWriter): Promise<void> {
  try {
    await stateFile.removeLeftovers();
    await stateFile.writeNow();
  } catch (error) {
    await new Promise((resolve) => server.close(resolve));
    throw stateWriteError(stateFile.path, error as Error);
  }
  // The store says when its saved state changed, whether by a request or a direct call in
  // this process: a read that changes nothing writes nothing.
  partsOf(store).onChange = () => stateFile.changed();
}

/**
 * Stops accepting connections, closes the idle ones at once and the busy ones after the
 * grace period, then writes the last state; rejects if it could not be written.
 */
async function closeServer(server: Server, store: MockStore, stateFile: StateFileWriter | undefined) {
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
