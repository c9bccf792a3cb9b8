import { parseArgs } from 'node:util';
import { controlTokenEnvVar, controlTokenProblem, controlTokenRule } from './control-token.js';
import {
  isCorsOrigin,
  isLatencyMs,
  isPort,
  isSpeed,
  type MockServerOptions,
  maxLatencyMs,
  maxSpeed,
} from './mock-server-options.js';

/** The CLI's default port. */
export const defaultCliPort = 4010;

/**
 * What the command line asks for: help, the version, or a server with these options.
 *
 * @example
 * ```ts
 * const command: CliCommand = parseCliArguments(['--port', '0', '--seed', 'empty']);
 * ```
 */
export type CliCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'start'; options: MockServerOptions };

/**
 * A command line the CLI cannot run: the message says which flag and why. The CLI prints it
 * with the usage and exits with code 2.
 *
 * @example
 * ```ts
 * try { parseCliArguments(['--port', 'x']); } catch (error) { if (error instanceof CliUsageError) process.exit(2); }
 * ```
 */
export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

/**
 * The `--help` text.
 *
 * @example
 * ```ts
 * console.log(usage);
 * ```
 */
export const usage = `Usage: vwed-mock-server [options]

The reference server of @vwed/task-record: the VWED task-record API, answered by a
simulated task engine, over real HTTP.

Options:
  --port N              port to listen on (default ${defaultCliPort}; 0 picks a free one)
  --host HOST           address to listen on (default 127.0.0.1)
  --seed NAME           starting data: demo (default), doc-examples or empty
  --state FILE          keep the state in FILE: loaded at start, written after every change
  --speed N             engine time against wall time (default 1; 0 stops the clock,
                        then only POST /__mock/clock/advance moves it; at most ${maxSpeed})
  --http-status MODE    mirror (default: HTTP status = body code) or always-200
  --cors ORIGIN         allow browser calls from ORIGIN ('*' for any; default off)
  --no-control          turn the control API (/__mock/...) off
  --control-token TOKEN
                        require Authorization: Bearer TOKEN on every /__mock request
                        (${controlTokenRule});
                        read from ${controlTokenEnvVar} when not given, which
                        keeps it out of ps. Needed for the control API on a host other
                        than loopback (127.0.0.0/8, ::1, localhost), such as 0.0.0.0
  --latency MS          wait MS milliseconds before each answer (default 0)
  -h, --help            show this help
  -v, --version         show the version

Control API (unless --no-control): POST /__mock/definitions,
DELETE /__mock/definitions/{id}, POST /__mock/tasks, POST /__mock/clock/advance,
POST /__mock/clock/run-until-idle, POST and DELETE /__mock/faults,
GET /__mock/requests?operation=&taskRecordId=&since=, POST /__mock/reset,
GET and PUT /__mock/snapshot; and GET /healthz, which never needs the token. Both files
below are in the package (node_modules/@vwed/task-record/ in a project that
installed it):
  openapi/mock-control.yaml      the control API
  docs/task-definitions.md       the task definitions the engine runs`;

function number(flag: string, text: string | undefined, check: (value: number) => boolean, expected: string) {
  // Plain decimals only: Number() would also take `0x10`, `1e3` and `Infinity`.
  const value = text !== undefined && /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (!check(value)) throw new CliUsageError(`--${flag} must be ${expected}, got ${JSON.stringify(text)}`);
  return value;
}

function oneOf<T extends string>(
  flag: string,
  text: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (text === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(text)) {
    throw new CliUsageError(`--${flag} must be one of ${allowed.join(', ')}, got ${JSON.stringify(text)}`);
  }
  return text as T;
}

/**
 * `--speed -1` as `--speed=-1`: parseArgs reads a value that starts with a dash as a flag and
 * answered with its own puzzle ("argument is ambiguous ... use '--speed=-XYZ'"). Joined, the
 * value reaches the option's check, which says what range it takes.
 */
const numericFlags = new Set(['--port', '--speed', '--latency']);

function joinNegativeValues(args: readonly string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    const next = args[index + 1];
    if (numericFlags.has(arg) && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      index++;
    } else {
      joined.push(arg);
    }
  }
  return joined;
}

/** A token that follows the rules, or the refusal, which says what is wrong and never shows it. */
function checkedToken(source: string, value: string): string {
  const problem = controlTokenProblem(value);
  if (problem !== undefined)
    throw new CliUsageError(`${source} must be ${controlTokenRule}, got ${problem} (not shown)`);
  return value;
}

/**
 * The control token: `--control-token`, else the environment's. An empty variable is refused
 * (a failed `$(...)` must not leave the server open), and ignored with `--no-control`: an
 * exported variable is no request to serve the control API.
 */
function readControlToken(
  flag: string | undefined,
  noControl: boolean,
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  if (flag !== undefined) {
    if (noControl)
      throw new CliUsageError('--control-token has no use with --no-control: leave one of them out');
    return checkedToken('--control-token', flag);
  }
  const fromEnv = env[controlTokenEnvVar];
  return noControl || fromEnv === undefined ? undefined : checkedToken(controlTokenEnvVar, fromEnv);
}

/**
 * Reads the CLI's arguments, and from `env` (the CLI passes `process.env`) the control token
 * when `--control-token` is not given. Strict: an unknown flag, a missing value or a bad one
 * is a {@link CliUsageError}, never a default taken in silence.
 *
 * @example
 * ```ts
 * parseCliArguments(['--speed', '10', '--cors', '*']);
 * // { kind: 'start', options: { port: 4010, speed: 10, cors: '*', ... } }
 * ```
 */
export function parseCliArguments(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): CliCommand {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(joinNegativeValues(args));
  } catch (error) {
    throw new CliUsageError((error as Error).message.replace(/\. To specify a positional.*$/s, ''));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  if (positionals.length > 0)
    throw new CliUsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  const options: MockServerOptions = {
    port:
      values.port === undefined
        ? defaultCliPort
        : number('port', values.port, isPort, 'an integer from 0 to 65535'),
    host: values.host ?? '127.0.0.1',
    seed: oneOf('seed', values.seed, ['demo', 'doc-examples', 'empty'] as const) ?? 'demo',
    control: !values['no-control'],
  };
  if (values.host !== undefined && values.host.trim() === '')
    throw new CliUsageError('--host must not be empty');
  if (values.state !== undefined) {
    if (values.state.trim() === '') throw new CliUsageError('--state must be a file path');
    options.stateFile = values.state;
  }
  if (values.speed !== undefined) {
    options.speed = number('speed', values.speed, isSpeed, `a number from 0 to ${maxSpeed}`);
  }
  const httpStatus = oneOf('http-status', values['http-status'], ['mirror', 'always-200'] as const);
  if (httpStatus !== undefined) options.httpStatus = httpStatus;
  if (values.cors !== undefined) {
    if (!isCorsOrigin(values.cors)) {
      throw new CliUsageError(
        `--cors must be an origin like http://localhost:5173, or '*', got ${JSON.stringify(values.cors)}`,
      );
    }
    options.cors = values.cors;
  }
  const controlToken = readControlToken(values['control-token'], values['no-control'] === true, env);
  if (controlToken !== undefined) options.controlToken = controlToken;
  if (values.latency !== undefined) {
    options.latencyMs = number(
      'latency',
      values.latency,
      isLatencyMs,
      `a number of ms from 0 to ${maxLatencyMs}`,
    );
  }
  return { kind: 'start', options };
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      state: { type: 'string' },
      speed: { type: 'string' },
      'http-status': { type: 'string' },
      cors: { type: 'string' },
      'no-control': { type: 'boolean' },
      'control-token': { type: 'string' },
      latency: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}
