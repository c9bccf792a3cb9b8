/**
 * The store's clock. Virtual by default: it moves only when a test calls `advance` or
 * `runUntilIdle`, so nothing in the mock waits on a real timer and a test with fake timers,
 * or one that never advances, cannot hang a request. With `{ speed }` it follows wall time
 * at that factor (the reference server and the browser demo); `{ speed: 0 }` is the clock
 * stopped, the same as `'virtual'`, as `vwed-mock-server --speed 0` is.
 *
 * Readings are "local" milliseconds: formatted with UTC getters they read as the
 * engine's local time (ruling R11).
 *
 * @example
 * ```ts
 * import { type ClockOption, createMockStore } from '@vwed/task-record/mocks';
 *
 * const clock: ClockOption = { speed: 10 }; // wall time, ten times faster
 * const store = createMockStore({ clock });
 *
 * // Stopped: only advance and runUntilIdle move it, whatever the wall time.
 * const stopped = createMockStore({ clock: { speed: 0 } });
 * stopped.advance(1_000);
 * ```
 */
/** The fastest `{ speed }`: faster, a periodic task would start thousands of runs a second. */
export const maxClockSpeed = 1_000;

export type ClockOption = 'virtual' | { speed: number };

/**
 * Whether a clock of this option follows wall time. Speed 0 does not: a wall clock at
 * factor 0 would stand still anyway, and as a virtual one it starts at the same fixed moment
 * as the CLI's `--speed 0`, so the two cannot differ.
 */
export function followsWallTime(option: ClockOption | undefined): option is { speed: number } {
  return typeof option === 'object' && option !== null && option.speed !== 0;
}

export interface MockClock {
  readonly mode: 'virtual' | 'wall';
  /** The current reading. */
  now(): number;
  /**
   * Moves the clock to `ms` (never backwards). A wall clock moved past wall time jumps ahead
   * and goes on following wall time from there.
   */
  set(ms: number): void;
  /** For a wall clock, the reading that wall time has reached; a virtual clock returns now(). */
  target(): number;
}

/** 2025-04-30T08:00:00, near the document's examples. */
export const defaultEpoch = Date.UTC(2025, 3, 30, 8, 0, 0);

export function createMockClock(option: ClockOption = 'virtual', startAt = defaultEpoch): MockClock {
  let current = startAt;
  if (!followsWallTime(option)) {
    return {
      mode: 'virtual',
      now: () => current,
      set: (ms) => {
        current = Math.max(current, ms);
      },
      target: () => current,
    };
  }
  const { speed } = option;
  const wallStart = Date.now();
  // What `set` moved the clock past wall time by: `advance` on a wall clock is a jump, not a pause.
  let ahead = 0;
  // Whole milliseconds, as the engine writes them, whatever the speed factor.
  const reading = () => startAt + ahead + Math.floor((Date.now() - wallStart) * speed);
  return {
    mode: 'wall',
    now: () => current,
    set: (ms) => {
      current = Math.max(current, ms);
      const wall = reading();
      if (current > wall) ahead += current - wall;
    },
    target: () => Math.max(current, reading()),
  };
}
