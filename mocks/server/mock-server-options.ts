import type { MockStore } from '../store/create-mock-store.js';
import { maxClockSpeed } from '../store/mock-clock.js';
import { MockInputError, type MockInputErrorCode, refuseInput } from '../store/mock-input-error.js';
import { unknownOption } from '../store/unknown-option.js';
import { controlTokenProblem, controlTokenRule } from './control-token.js';
import { ExposedControlError } from './exposed-control-error.js';
import { isLoopbackHost } from './is-loopback-host.js';

/**
 * Options of {@link startMockServer}. The defaults are the CLI's, except the port: a
 * program gets a free port unless it asks for one.
 *
 * @example
 * ```ts
 * import type { MockServerOptions } from '@vwed/task-record/server';
 *
 * const options: MockServerOptions = { port: 4010, seed: 'doc-examples', speed: 0, cors: '*' };
 * ```
 */
export interface MockServerOptions {
  /** The port; 0 (the default) picks a free one. */
  port?: number;
  /** The address to listen on. Default `127.0.0.1`: the mock is for this machine unless asked. */
  host?: string;
  /** A store to serve. Without one the server makes its own from `seed`, `speed` and `httpStatus`. */
  store?: MockStore;
  /** The data of a store the server makes: `demo` (default), `doc-examples` or `empty`. */
  seed?: 'demo' | 'doc-examples' | 'empty';
  /**
   * A JSON file that holds the store's state: loaded at start if it exists (instead of the
   * seed), written atomically after every change and on close. A file that cannot be
   * parsed stops the start and is left untouched.
   */
  stateFile?: string;
  /** An origin allowed to call the server from a browser (`'*'` for any). Default: none. */
  cors?: string;
  /**
   * Serve the control API under `/__mock` (default true). On a host that is not loopback
   * (`0.0.0.0`, a LAN address, a name other than `localhost`) the server refuses to start with
   * it on and no `controlToken`: anyone on the network could reset the state.
   */
  control?: boolean;
  /**
   * A secret that every control request must carry as `Authorization: Bearer <token>`; without
   * it (or with another) `/__mock` and every path under it answer 401 and change nothing.
   * `/healthz`, the task-record API and CORS preflights stay open. 16 to 1024 printable ASCII
   * characters without spaces; never shown in an answer, a log line or an error. Default: none
   * (only allowed on a loopback host).
   */
  controlToken?: string;
  /** Ruling R4: failures with their own HTTP status (default `mirror`) or always HTTP 200. */
  httpStatus?: 'mirror' | 'always-200';
  /**
   * How fast the simulated engine runs against wall time: 1 (default) is real time, 10 ten
   * times faster. 0 stops the clock (as `createMockStore({ clock: { speed: 0 } })` does): time
   * moves only with `POST /__mock/clock/advance`, or `advance` on `server.store`.
   */
  speed?: number;
  /** Real milliseconds to wait before each answer, to show loading states. Default 0. */
  latencyMs?: number;
  /**
   * How long a client may take to send a whole request (headers and body) before the server
   * answers 408 and closes the connection. Default 10,000 ms.
   */
  requestTimeoutMs?: number;
  /**
   * Called with errors that happen away from any request: a state write that failed, as an
   * Error whose message says which file (`[vwed] cannot write the state file ...`), with the
   * file system's error as its `cause`. Default: the message written to stderr. The server
   * goes on; the next change tries the write again. Also a bug of the mock's that a control
   * request hit (answered 500): an Error naming the request, with the thrown value as `cause`.
   */
  onError?: (error: Error) => void;
}

/** The largest `speed`, the store's own ceiling: one bound for the API and the CLI. */
export const maxSpeed = maxClockSpeed;

/** The longest `latencyMs`: longer, a client's own timeout would fire first. */
export const maxLatencyMs = 60_000;

// The checks the CLI's flags share with the options, so that the two cannot drift apart.
/** @example `isPort(4010) // true` */
export const isPort = (value: unknown): boolean =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 65535;
/** @example `isCorsOrigin('http://localhost:5173') // true` */
export const isCorsOrigin = (value: unknown): boolean =>
  typeof value === 'string' && (value === '*' || /^https?:\/\/[^/\s]+$/.test(value));
/** @example `isSpeed(0) // true: the clock stopped` */
export const isSpeed = (value: unknown): boolean =>
  typeof value === 'number' && value >= 0 && value <= maxSpeed;
/** @example `isLatencyMs(250) // true` */
export const isLatencyMs = (value: unknown): boolean =>
  typeof value === 'number' && value >= 0 && value <= maxLatencyMs;

/** Every option of {@link MockServerOptions}: any other key is a typo, refused. */
const mockServerOptionNames = [
  'port',
  'host',
  'store',
  'seed',
  'stateFile',
  'cors',
  'control',
  'controlToken',
  'httpStatus',
  'speed',
  'latencyMs',
  'requestTimeoutMs',
  'onError',
] as const satisfies readonly (keyof MockServerOptions)[];

function refuse(option: string, expected: string, got: unknown, code?: MockInputErrorCode): never {
  return refuseInput('startMockServer', `option ${option}`, expected, got, code);
}

/**
 * Refuses a bad option at once, with a MockInputError (a TypeError) that names it: the server must not start
 * half right.
 *
 * @example
 * ```ts
 * checkMockServerOptions({ port: 70000 }); // MockInputError: option port must be an integer from 0 to 65535
 * ```
 */
export function checkMockServerOptions(options: MockServerOptions): void {
  if (typeof options !== 'object' || options === null) refuse('options', 'an object', options);
  const unknown = unknownOption(options, mockServerOptionNames);
  if (unknown !== undefined)
    refuse(unknown, `one of the known options (${mockServerOptionNames.join(', ')})`, '…', 'unknown-option');
  const { port, host, seed, stateFile, cors, control, httpStatus, speed, latencyMs, requestTimeoutMs } =
    options;
  if (port !== undefined && !isPort(port)) {
    refuse('port', 'an integer from 0 to 65535', port);
  }
  if (host !== undefined && (typeof host !== 'string' || host === ''))
    refuse('host', 'a host name or address', host);
  if (seed !== undefined && !['demo', 'doc-examples', 'empty'].includes(seed)) {
    refuse('seed', "'demo', 'doc-examples' or 'empty'", seed);
  }
  if (stateFile !== undefined && (typeof stateFile !== 'string' || stateFile === '')) {
    refuse('stateFile', 'a file path', stateFile);
  }
  if (cors !== undefined && !isCorsOrigin(cors)) {
    refuse('cors', "an origin like 'http://localhost:5173', or '*'", cors);
  }
  if (control !== undefined && typeof control !== 'boolean') refuse('control', 'a boolean', control);
  if (options.onError !== undefined && typeof options.onError !== 'function') {
    refuse('onError', 'a function', options.onError);
  }
  if (httpStatus !== undefined && httpStatus !== 'mirror' && httpStatus !== 'always-200') {
    refuse('httpStatus', "'mirror' or 'always-200'", httpStatus);
  }
  if (speed !== undefined && !isSpeed(speed)) {
    refuse('speed', `a number from 0 to ${maxSpeed}`, speed);
  }
  if (latencyMs !== undefined && !isLatencyMs(latencyMs)) {
    refuse('latencyMs', `a number of ms from 0 to ${maxLatencyMs}`, latencyMs);
  }
  if (
    requestTimeoutMs !== undefined &&
    !(Number.isInteger(requestTimeoutMs) && requestTimeoutMs >= 100 && requestTimeoutMs <= 600_000)
  ) {
    refuse('requestTimeoutMs', 'an integer of ms from 100 to 600000', requestTimeoutMs);
  }
  checkControlToken(options);
  if (options.store !== undefined) {
    // A given store brings its own data, clock and status mode: these would be silently ignored.
    for (const name of ['seed', 'speed', 'httpStatus', 'stateFile'] as const) {
      if (options[name] !== undefined) refuse(name, 'left out when a store is given', options[name]);
    }
  }
}

/** A refusal of the controlToken option: its form, but the value is never shown. */
function refuseToken(expected: string, got: string): never {
  throw new MockInputError(
    'invalid-option',
    `[vwed] startMockServer: option controlToken must be ${expected}, ${got}`,
  );
}

/**
 * The control token, if any, follows the rules, is given only with the control API on, and is
 * there when the server listens beyond this machine.
 */
function checkControlToken({ host, control, controlToken }: MockServerOptions): void {
  if (controlToken !== undefined) {
    const problem = controlTokenProblem(controlToken);
    if (problem !== undefined) refuseToken(controlTokenRule, `got ${problem} (not shown)`);
    if (control === false) refuseToken('left out when control is false', 'got a token (not shown)');
  }
  const listening = host ?? '127.0.0.1';
  if (control !== false && controlToken === undefined && !isLoopbackHost(listening))
    throw new ExposedControlError(listening);
}
