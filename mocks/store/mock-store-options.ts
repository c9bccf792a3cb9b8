/**
 * The options of `createMockStore`, checked at once: a wrong one is a MockInputError (a
 * TypeError) that names it, what it must be and what came.
 */
import { checkStoreState } from './check-store-state.js';
import { describeValue } from './describe-value.js';
import { type ClockOption, maxClockSpeed } from './mock-clock.js';
import { MockInputError, type MockInputErrorCode, refuseInput } from './mock-input-error.js';
import type { StoreState } from './store-state.js';
import { unknownOption } from './unknown-option.js';

/**
 * Options of {@link createMockStore}.
 *
 * @example
 * ```ts
 * import { createMockStore, type MockStoreOptions } from '@vwed/task-record/mocks';
 *
 * const options: MockStoreOptions = { seed: 'doc-examples', randomSeed: 7, httpStatus: 'always-200' };
 * const store = createMockStore(options);
 * ```
 */
export interface MockStoreOptions {
  /** Starting data: nothing (default), the document's examples, or a demo. Ignored with `snapshot`. */
  seed?: 'empty' | 'doc-examples' | 'demo';
  /** The seed of IDs and vehicle choices. Default 1. */
  randomSeed?: number;
  /**
   * Virtual time (default: moves only with `advance` and `runUntilIdle`), or wall time at a
   * speed factor; `{ speed: 0 }` is the clock stopped, the same as `'virtual'`.
   */
  clock?: ClockOption;
  /** Answer failures with their HTTP status (default, ruling R4) or always HTTP 200. */
  httpStatus?: 'mirror' | 'always-200';
  /** A state from `snapshot()` to start from. */
  snapshot?: StoreState;
  /**
   * Real milliseconds the adapters wait before each answer, to show loading states. Default 0:
   * in virtual time nothing waits on a real timer unless asked to.
   */
  latencyMs?: number;
  /**
   * How many of the latest requests `store.requests` keeps. Default 10,000: enough for any
   * test, and a long-running server's memory and state file stay bounded.
   */
  journalLimit?: number;
}

/** Every option of {@link MockStoreOptions}: any other key is a typo, refused. */
const mockStoreOptionNames = [
  'seed',
  'randomSeed',
  'clock',
  'httpStatus',
  'snapshot',
  'latencyMs',
  'journalLimit',
] as const satisfies readonly (keyof MockStoreOptions)[];

function fail(option: string, expected: string, got: unknown, code?: MockInputErrorCode): never {
  return refuseInput('createMockStore', `option ${option}`, expected, got, code);
}

/** Refuses a clock that is neither virtual nor a wall-clock speed in range. */
function checkClock(clock: MockStoreOptions['clock']): void {
  if (clock === undefined || clock === 'virtual') return;
  const speed = typeof clock === 'object' && clock !== null ? clock.speed : undefined;
  // 0 is allowed: the clock stopped, as the CLI's `--speed 0` means. The same ceiling as
  // the CLI's too: faster, a periodic task would start thousands of runs a second.
  if (!(typeof speed === 'number' && speed >= 0 && speed <= maxClockSpeed)) {
    fail('clock', `'virtual' or { speed: a number from 0 to ${maxClockSpeed} }`, clock);
  }
}

/**
 * Refuses a bad option at once, with a MockInputError that names it.
 *
 * @throws {MockInputError} `invalid-option`, `unknown-option` or `invalid-snapshot`.
 * @example
 * ```ts
 * checkStoreOptions({ seeds: 'demo' } as MockStoreOptions); // throws: unknown option "seeds"
 * ```
 */
export function checkStoreOptions(options: MockStoreOptions): void {
  if (typeof options !== 'object' || options === null) fail('options', 'an object', options);
  const unknown = unknownOption(options, mockStoreOptionNames);
  if (unknown !== undefined) {
    throw new MockInputError(
      'unknown-option',
      `[vwed] createMockStore: unknown option ${JSON.stringify(unknown)}; the options are ${mockStoreOptionNames.join(', ')}`,
    );
  }
  const { seed, httpStatus, randomSeed, journalLimit, latencyMs } = options;
  if (seed !== undefined && !['empty', 'doc-examples', 'demo'].includes(seed)) {
    fail('seed', "'empty', 'doc-examples' or 'demo'", seed);
  }
  if (httpStatus !== undefined && httpStatus !== 'mirror' && httpStatus !== 'always-200') {
    fail('httpStatus', "'mirror' or 'always-200'", httpStatus);
  }
  if (randomSeed !== undefined && !Number.isInteger(randomSeed)) fail('randomSeed', 'an integer', randomSeed);
  if (journalLimit !== undefined && !(Number.isInteger(journalLimit) && journalLimit >= 0)) {
    fail('journalLimit', 'an integer >= 0', journalLimit);
  }
  checkClock(options.clock);
  if (options.snapshot !== undefined) checkStoreState('createMockStore', 'option snapshot', options.snapshot);
  if (
    latencyMs !== undefined &&
    !(typeof latencyMs === 'number' && Number.isFinite(latencyMs) && latencyMs >= 0)
  ) {
    throw new MockInputError(
      'invalid-option',
      `[vwed] createMockStore: latencyMs must be a finite number >= 0, got ${describeValue(latencyMs)}`,
    );
  }
}
