/**
 * A tiny static file server for the built demo (`examples/browser/dist`), on node:http alone.
 * `npm run demo` builds the page and runs this file; the e2e test imports `serveDirectory`.
 *
 *   npm run demo -- [--port 5173] [--host 127.0.0.1] [--dir path] [--help]
 *
 * `--port 0` picks a free port. Only for local use: no caching, no compression, no ranges.
 * Exit codes: 1 when it cannot serve (port taken, nothing built), 2 for a bad command line.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseServeArguments, ServeUsageError, serveUsage } from './parse-serve-arguments.js';

/** The prefix of every line this script prints for a failure: one per line. */
const prefix = 'demo: ';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Options of {@link serveDirectory}. */
export interface ServeOptions {
  /** The port; 0 (the default) picks a free one. */
  port?: number;
  /** The address to listen on; default 127.0.0.1, so the demo is not exposed to the network. */
  host?: string;
}

/** A running server: its base URL (no trailing slash) and how to stop it. */
export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves the files under `dir`: `/` is `index.html`, known types get their content type, and
 * anything else, or anything outside `dir`, is a 404.
 */
export async function serveDirectory(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const host = options.host ?? '127.0.0.1';
  const server = createServer((request, response) => {
    handle(root, request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'internal error');
      else response.destroy();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', fail);
      done();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        // Browsers keep connections open; without this, close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}

async function handle(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('allow', 'GET, HEAD');
    send(response, 405, 'text/plain; charset=utf-8', 'method not allowed');
    return;
  }
  const file = filePath(root, request.url ?? '/');
  const type = file === undefined ? undefined : contentTypes[extname(file).toLowerCase()];
  if (file === undefined || type === undefined || !(await isFile(file))) {
    send(response, 404, 'text/plain; charset=utf-8', 'not found');
    return;
  }
  const body = await readFile(file);
  send(response, 200, type, request.method === 'HEAD' ? undefined : body, body.length);
}

/**
 * The file a URL path names inside `root`, or undefined when it would leave `root` (`..`,
 * an encoded `%2e%2e`, a backslash) or cannot be decoded. The path is resolved first and
 * checked after, so no spelling of a traversal gets through.
 */
function filePath(root: string, url: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return undefined;
  const relative = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  const file = resolve(root, `.${relative}`);
  return file.startsWith(root + sep) ? file : undefined;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer | undefined,
  length = body === undefined ? 0 : Buffer.byteLength(body),
): void {
  response.writeHead(status, {
    'content-type': type,
    'content-length': length,
    // Always the latest build: the demo is rebuilt often and never deployed.
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(body);
}

/** `npm run demo`: serves the built page and prints its URL until Ctrl-C. */
async function main(): Promise<void> {
  let command: ReturnType<typeof parseServeArguments>;
  try {
    command = parseServeArguments(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof ServeUsageError)) throw error;
    console.error(`${prefix}${error.message}\nRun npm run demo -- --help for the options.`);
    process.exitCode = 2;
    return;
  }
  if (command.kind === 'help') return void console.log(serveUsage);
  const { port, host, dir } = command;
  if (!(await isFile(resolve(dir, 'index.html')))) {
    const shown = relative(process.cwd(), resolve(dir)) || '.';
    console.error(`${prefix}${shown} has no index.html: run npm run build:demo first.`);
    process.exitCode = 1;
    return;
  }
  let server: StaticServer;
  try {
    server = await serveDirectory(dir, { port, host });
  } catch (error) {
    console.error(`${prefix}${listenFailure(error, host, port)}`);
    process.exitCode = 1;
    return;
  }
  console.log(`VWED task-record demo: ${server.url}/  (add ?speed=10 to run the engine 10x faster)`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Why the server could not listen, in one sentence, with the flag that gets past it. */
function listenFailure(error: unknown, host: string, port: number): string {
  const address = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') {
    return (
      `cannot listen on ${address}: the port is already in use. ` +
      'Use npm run demo -- --port N for another port, or --port 0 for any free one.'
    );
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return `cannot listen on ${address}: ${host} is not an address of this machine. Use --host 127.0.0.1.`;
  }
  return `cannot listen on ${address}: ${error instanceof Error ? error.message : String(error)}`;
}

// Run as a script, not when the e2e test imports serveDirectory.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    // A bug of this script's: still one line, never a stack trace for a user.
    console.error(`${prefix}${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
