/**
 * The command line of `npm run demo` (examples/browser/serve.ts): a port, a host, a directory,
 * or `--help`. Strict, so that a misspelt flag is said at once rather than ignored.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** The demo's port: Vite's usual one, so that the page's address looks familiar. */
export const defaultDemoPort = 5173;

/**
 * The `--help` text.
 *
 * @example
 * ```ts
 * console.log(serveUsage);
 * ```
 */
export const serveUsage = `Usage: npm run demo -- [options]

Builds the browser demo of @vwed/task-record and serves it (a repository script).

Options:
  --port N      port to listen on (default ${defaultDemoPort}; 0 picks a free one)
  --host HOST   address to listen on (default 127.0.0.1)
  --dir PATH    the built page to serve (default examples/browser/dist)
  -h, --help    show this help`;

/**
 * A command line serve.ts cannot run: the message says which flag and why.
 *
 * @example
 * ```ts
 * try { parseServeArguments(['--port', 'x']); } catch (error) { if (error instanceof ServeUsageError) process.exit(2); }
 * ```
 */
export class ServeUsageError extends Error {
  override name = 'ServeUsageError';
}

/**
 * What the command line asks for: the help, or a server on this port, host and directory.
 *
 * @example
 * ```ts
 * parseServeArguments(['--port', '0']); // { kind: 'serve', port: 0, host: '127.0.0.1', dir: '.../dist' }
 * ```
 */
export type ServeCommand = { kind: 'help' } | { kind: 'serve'; port: number; host: string; dir: string };

/**
 * Reads serve.ts's arguments; throws a {@link ServeUsageError} for an unknown flag, a missing
 * value or a bad port.
 *
 * @example
 * ```ts
 * const command = parseServeArguments(process.argv.slice(2));
 * ```
 */
export function parseServeArguments(args: readonly string[]): ServeCommand {
  let values: { port?: string; host?: string; dir?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        dir: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new ServeUsageError((error as Error).message.replace(/\. To specify a positional.*$/s, ''));
  }
  if (values.help) return { kind: 'help' };
  // Digits only: Number() would also take `0x10`, `1e3` and ''.
  const port =
    values.port === undefined ? defaultDemoPort : /^\d+$/.test(values.port) ? Number(values.port) : -1;
  if (port < 0 || port > 65_535) {
    throw new ServeUsageError(
      `--port must be an integer from 0 to 65535, got ${JSON.stringify(values.port)}`,
    );
  }
  if (values.host !== undefined && values.host.trim() === '')
    throw new ServeUsageError('--host must not be empty');
  return {
    kind: 'serve',
    port,
    host: values.host ?? '127.0.0.1',
    dir: values.dir ?? fileURLToPath(new URL('./dist', import.meta.url)),
  };
}
