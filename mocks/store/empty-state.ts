import type { StoreState } from './store-state.js';

/**
 * The state of a store with nothing in it, its clock at `now` and its random stream at `random`.
 *
 * @example
 * ```ts
 * const parts = new StoreParts(options, emptyState(defaultEpoch, 1));
 * ```
 */
export function emptyState(now: number, random: number): StoreState {
  return {
    version: 1,
    now,
    random,
    nextThreadId: 1,
    definitions: [],
    tasks: [],
    blocks: [],
    logs: [],
    runs: [],
    schedules: [],
    faults: [],
    requests: [],
  };
}
