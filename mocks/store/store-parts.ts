/**
 * What a `MockStore` is made of, behind its test API: the records, the definitions, the
 * periodic schedules, the engine's runs, the clock and the random stream, and the transport
 * state of the core. The commands (`mocks/store/commands/`), the engine host and the core's
 * operations work on these parts; the facade only checks a test's arguments and calls them.
 */
import { MockTransport } from '../core/mock-transport.js';
import { cloneJson } from './clone-json.js';
import { DefinitionCatalog } from './definition-catalog.js';
import { formatTimestamp } from './format-timestamp.js';
import { type ClockOption, createMockClock, type MockClock } from './mock-clock.js';
import { PeriodicSchedules } from './periodic-schedules.js';
import { RecordRepository } from './record-repository.js';
import { createSeededRandom, type SeededRandom } from './seeded-random.js';
import type { RunState, StoreState } from './store-state.js';

/** What the parts are made with: the store's options that outlive a reset. */
export interface StorePartsOptions {
  clock: ClockOption | undefined;
  httpStatus: 'mirror' | 'always-200';
  latencyMs: number;
  journalLimit: number;
}

/**
 * The parts of one store.
 *
 * @example
 * ```ts
 * const parts = partsOf(store);
 * parts.records.task(taskRecordId); // the stored record
 * ```
 */
export class StoreParts {
  // Both set by #load, from the state loaded.
  clock!: MockClock;
  random!: SeededRandom;
  readonly records = new RecordRepository({
    now: () => this.clock.now(),
    newId: () => this.random.id(),
  });
  readonly definitions = new DefinitionCatalog();
  readonly schedules = new PeriodicSchedules();
  /** The engine's runs in flight, by task record id. */
  readonly runs = new Map<string, RunState>();
  readonly transport: MockTransport;
  nextThreadId = 1;
  /**
   * Called after each change of the saved state (not of the request journal): a set-up call,
   * a stop, retry or set-error, a fault used, the clock moving. The reference server writes
   * its state file on it. Calls come in bursts; the listener batches them.
   */
  onChange: (() => void) | undefined;
  readonly #clockOption: ClockOption | undefined;
  readonly #initial: StoreState;

  /** Parts holding `initial` (taken as it is: the caller copies), which `reset` goes back to. */
  constructor(options: StorePartsOptions, initial: StoreState) {
    this.#clockOption = options.clock;
    this.#initial = initial;
    this.transport = new MockTransport(options);
    this.#load(initial);
  }

  changed(): void {
    this.onChange?.();
  }

  /** The store's time as the records show it. */
  timestamp(): string {
    return formatTimestamp(this.clock.now());
  }

  /** Back to the state the parts were made with: data, clock and random stream. */
  reset(): void {
    this.#load(this.#initial);
  }

  /**
   * Replaces everything with `state` (checked by the caller), the clock and the random stream
   * included; `reset` still goes back to what the parts were made with.
   */
  restore(state: StoreState): void {
    this.#load(state);
  }

  /** The state's parts, shared with the store: only to copy or serialize at once. */
  liveState(journal: boolean): StoreState {
    return {
      version: 1,
      now: this.clock.now(),
      random: this.random.state(),
      nextThreadId: this.nextThreadId,
      definitions: this.definitions.dump(),
      ...this.records.dump(),
      runs: [...this.runs.values()],
      schedules: this.schedules.dump(),
      faults: this.transport.faults.dump(),
      requests: journal ? [...this.transport.journal.entries()] : [],
    };
  }

  #load(state: StoreState): void {
    const copy = cloneJson(state);
    // The one part that can refuse a state, loaded first: a refusal changes nothing.
    this.records.load(copy);
    this.clock = createMockClock(this.#clockOption, copy.now);
    this.random = createSeededRandom(copy.random);
    this.nextThreadId = copy.nextThreadId;
    this.definitions.load(copy.definitions);
    this.runs.clear();
    for (const run of copy.runs) this.runs.set(run.taskRecordId, run);
    this.schedules.load(copy.schedules);
    this.transport.faults.load(copy.faults);
    this.transport.journal.load(copy.requests);
  }
}

/**
 * Where a store keeps its parts: a registered symbol, not a private field, so that the core
 * of a second copy of this package (ESM beside CommonJS in one app) reaches them too, and not
 * a declared member, so that the store's public type is its test API alone.
 */
const partsKey = Symbol.for('@vwed/task-record/mocks:store-parts');

/** Links a store to its parts (its constructor does, once). */
export function attachParts(store: object, parts: StoreParts): void {
  Object.defineProperty(store, partsKey, { value: parts });
}

/**
 * The parts of a store made by `createMockStore`.
 *
 * @throws {TypeError} When `store` is not one.
 */
export function partsOf(store: unknown): StoreParts {
  const parts =
    typeof store === 'object' && store !== null
      ? (store as { [partsKey]?: StoreParts })[partsKey]
      : undefined;
  if (parts === undefined) throw new TypeError('[vwed] expected a store from createMockStore()');
  return parts;
}
