/**
 * The mock's store as a test sees it: `MockStore`, the documented test API and nothing
 * else. Each method checks its arguments and calls a command over the store's parts
 * (`mocks/store/commands/`); the request handlers reach the same parts through the core.
 */

import { seedDemo } from '../fixtures/demo.js';
import { docExamplesState } from '../fixtures/doc-examples.js';
import { checkStoreState } from './check-store-state.js';
import { cloneJson } from './clone-json.js';
import { addDefinition, removeDefinition, type TaskDefinitionInput } from './commands/add-definition.js';
import { advance, runUntilIdle } from './commands/advance-time.js';
import type { RunTaskOptions } from './commands/create-run.js';
import { runTask } from './commands/run-task.js';
import { emptyState } from './empty-state.js';
import { defaultEpoch, followsWallTime } from './mock-clock.js';
import { checkStoreOptions, type MockStoreOptions } from './mock-store-options.js';
import { attachParts, StoreParts } from './store-parts.js';
import type { Fault, FaultInput, JournalEntry, StoreState } from './store-state.js';

/**
 * An isolated in-memory store with its engine and clock: what `createMockStore` returns.
 * Hand it to `createTaskRecordHandlers({ store })` or `startMockServer({ store })`, and set
 * up each test's state with its methods.
 *
 * @example
 * ```ts
 * import { createMockStore, type MockStore } from '@vwed/task-record/mocks';
 *
 * const store: MockStore = createMockStore({ seed: 'demo' });
 * store.advance(5_000);
 * ```
 */
export class MockStore {
  readonly #parts: StoreParts;

  /**
   * The same as {@link createMockStore}`(options)`.
   *
   * @throws {MockInputError} A wrong or unknown option, before anything is made.
   */
  constructor(options: MockStoreOptions = {}) {
    checkStoreOptions(options);
    this.#parts = new StoreParts(
      {
        clock: options.clock,
        httpStatus: options.httpStatus ?? 'mirror',
        latencyMs: options.latencyMs ?? 0,
        journalLimit: options.journalLimit ?? 10_000,
      },
      initialState(options),
    );
    attachParts(this, this.#parts);
  }

  /** Answer failures with their HTTP status (`'mirror'`, ruling R4) or always HTTP 200. */
  get httpStatus(): 'mirror' | 'always-200' {
    return this.#parts.transport.httpStatus;
  }

  /** Real milliseconds the adapters wait before each answer; change it at any time. */
  get latencyMs(): number {
    return this.#parts.transport.latencyMs;
  }

  set latencyMs(ms: number) {
    this.#parts.transport.latencyMs = ms;
  }

  /** Adds (or replaces) a task definition. `detail` may be an object or a JSON string. */
  addDefinition(definition: TaskDefinitionInput): void {
    addDefinition(this.#parts, definition);
  }

  /** Removes a task definition: its records remain, and their tree falls back to flat mode (R9). */
  removeDefinition(definitionId: string): boolean {
    return removeDefinition(this.#parts, definitionId);
  }

  /**
   * Starts a run of a definition, as the engine's `run_task` does, and returns the new
   * task record's id. The run goes on as the clock advances.
   */
  runTask(
    definitionId: string,
    inputParams: Record<string, unknown> = {},
    options: RunTaskOptions = {},
  ): string {
    return runTask(this.#parts, definitionId, inputParams, options);
  }

  /**
   * Moves the store's time on by `ms`, running everything due on the way. On a wall clock it
   * is a jump: time goes on from the new reading.
   */
  advance(ms: number): void {
    advance(this.#parts, ms);
  }

  /**
   * Advances until no run is left, at most `maxMs` of virtual time (default one hour): a
   * bound, so a test can never spin forever. (A periodic definition always has a next
   * run: with one, this advances the whole bound.)
   */
  runUntilIdle(maxMs = 60 * 60 * 1_000): void {
    runUntilIdle(this.#parts, maxMs);
  }

  /** The store's time: "local" epoch milliseconds, as the records' timestamps read (R11). */
  now(): number {
    return this.#parts.clock.now();
  }

  /**
   * The next `times` requests of `operation` answer `status` with `message`. Returns the
   * fault as queued, with its defaults filled in.
   */
  injectFault(fault: FaultInput): Fault {
    const queued = this.#parts.transport.faults.inject(fault);
    this.#parts.changed();
    return queued;
  }

  /** Drops every injected fault not used yet; returns how many there were. */
  clearFaults(): number {
    const cleared = this.#parts.transport.faults.clear();
    this.#parts.changed();
    return cleared;
  }

  /** Every request the handlers served, oldest first (the latest `journalLimit`). */
  get requests(): readonly JournalEntry[] {
    return this.#parts.transport.journal.entries();
  }

  /** The whole state as plain data; `createMockStore({ snapshot })` restores it. */
  snapshot(): StoreState {
    return cloneJson(this.#parts.liveState(true));
  }

  /**
   * Replaces the whole state with one from `snapshot()`: records, definitions, runs in flight,
   * schedules, faults, the journal, the clock's reading and the random stream. The store's
   * options stay (clock mode, httpStatus, latencyMs, journalLimit), and `reset()` still goes
   * back to the state the store was created with.
   *
   * Any object is taken to the check (the control client's `StoreState` type as well as this
   * entry's): what is not such a state is refused.
   *
   * @throws {MockInputError} `invalid-snapshot` for what is not such a state; nothing changes.
   */
  restore(state: StoreState | object): void {
    checkStoreState('restore', 'state', state);
    this.#parts.restore(state);
    this.#parts.changed();
  }

  /** Back to the state the store was created with: data, clock and random stream. */
  reset(): void {
    this.#parts.reset();
    this.#parts.changed();
  }
}

/** The state a store starts from: a snapshot's copy, or a seed's state. */
function initialState(options: MockStoreOptions): StoreState {
  const randomSeed = Number.isInteger(options.randomSeed) ? (options.randomSeed as number) : 1;
  // A wall clock starts at the local time of now; a virtual one at a fixed moment, for repeatable runs.
  const start = followsWallTime(options.clock)
    ? Date.now() - new Date().getTimezoneOffset() * 60_000
    : defaultEpoch;
  if (options.snapshot) return cloneJson(options.snapshot);
  if (options.seed === 'doc-examples') return docExamplesState(randomSeed);
  if (options.seed === 'demo') return demoState(start, randomSeed);
  return emptyState(start, randomSeed);
}

/** The demo, made in virtual time over the ten minutes that end at `now`. */
function demoState(now: number, randomSeed: number): StoreState {
  const options = { clock: undefined, httpStatus: 'mirror', latencyMs: 0, journalLimit: 10_000 } as const;
  const parts = new StoreParts(options, emptyState(now - 10 * 60_000, randomSeed));
  seedDemo(parts);
  advance(parts, Math.max(0, now - parts.clock.now()));
  return cloneJson(parts.liveState(true));
}

/**
 * Creates an isolated mock store: its own definitions, records, clock and engine.
 *
 * @throws {MockInputError} A wrong or unknown option, before anything is made.
 * @example
 * ```ts
 * import { createMockStore } from '@vwed/task-record/mocks';
 *
 * const store = createMockStore({ seed: 'doc-examples' });
 * const id = store.runTask('3273c7cb-b4bb-47df-9d47-17f96bc401fc', { from: 'A', to: 'B' });
 * store.runUntilIdle();
 * ```
 */
export function createMockStore(options: MockStoreOptions = {}): MockStore {
  return new MockStore(options);
}
