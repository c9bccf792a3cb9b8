/**
 * Moving the store's time: the engine's runs and the periodic schedules go on in time
 * order, as far as the clock goes.
 */
import { nextWake, runEngineUntil } from '../../engine/run-engine.js';
import { cloneJson } from '../clone-json.js';
import { describeValue } from '../describe-value.js';
import { engineContextOf } from '../engine-host.js';
import { MockInputError } from '../mock-input-error.js';
import type { StoreParts } from '../store-parts.js';
import { createRun } from './create-run.js';

/** Runs the engine and the periodic schedules up to `target`, in time order. */
function runSchedulesAndEngine(parts: StoreParts, target: number): void {
  const context = engineContextOf(parts);
  for (;;) {
    const schedule = parts.schedules.due(target);
    const until = schedule ? schedule.nextAt : target;
    runEngineUntil(context, until, (ms) => parts.clock.set(ms));
    parts.clock.set(until);
    if (!schedule) return;
    const stored = parts.definitions.stored(schedule.definitionId);
    if (stored?.period === undefined) {
      schedule.enabled = false;
      continue;
    }
    schedule.nextAt += stored.period;
    createRun(parts, stored, cloneJson(schedule.inputParams), { source: schedule.source });
  }
}

/**
 * Runs everything due up to `target` and moves the clock there.
 *
 * @example
 * ```ts
 * runUntil(parts, parts.clock.now() + 1_000);
 * ```
 */
export function runUntil(parts: StoreParts, target: number): void {
  const before = parts.clock.now();
  runSchedulesAndEngine(parts, target);
  // Time is state too (it is saved): a clock that moved is a change, whatever ran.
  if (parts.clock.now() !== before) parts.changed();
}

/**
 * For a wall clock: catches the engine up with wall time (a virtual clock: nothing to do).
 * The core does it before each request, so that an answer shows the time it is given at.
 *
 * @example
 * ```ts
 * syncWithWallTime(parts);
 * ```
 */
export function syncWithWallTime(parts: StoreParts): void {
  if (parts.clock.mode === 'wall') runUntil(parts, parts.clock.target());
}

/**
 * `store.advance(ms)`: moves the store's time on by `ms`, running everything due on the
 * way. On a wall clock it is a jump: time goes on from the new reading.
 *
 * @throws {MockInputError} `invalid-argument` when `ms` is not a whole number >= 0.
 * @example
 * ```ts
 * advance(parts, 5_000);
 * ```
 */
export function advance(parts: StoreParts, ms: number): void {
  // Whole milliseconds: the engine's times and durations are integers (execution_time is).
  if (!Number.isSafeInteger(ms) || ms < 0) {
    throw new MockInputError(
      'invalid-argument',
      `[vwed] advance: ms must be a whole number >= 0, got ${describeValue(ms)}`,
    );
  }
  // From where wall time has got to, not from the last request's reading.
  syncWithWallTime(parts);
  runUntil(parts, parts.clock.now() + ms);
  parts.changed();
}

/**
 * `store.runUntilIdle(maxMs)`: advances until no run is left, at most `maxMs` of the store's
 * time (a bound, so a test can never spin forever; a periodic definition always has a next
 * run, and with one this advances the whole bound).
 *
 * @throws {MockInputError} `invalid-argument` when `maxMs` is not a finite number >= 0.
 * @example
 * ```ts
 * runUntilIdle(parts, 60 * 60 * 1_000);
 * ```
 */
export function runUntilIdle(parts: StoreParts, maxMs: number): void {
  if (typeof maxMs !== 'number' || !Number.isFinite(maxMs) || maxMs < 0) {
    throw new MockInputError(
      'invalid-argument',
      `[vwed] runUntilIdle: maxMs must be a finite number >= 0, got ${describeValue(maxMs)}`,
    );
  }
  const limit = parts.clock.now() + maxMs;
  const context = engineContextOf(parts);
  for (;;) {
    const wake = nextWake(context);
    const scheduled = parts.schedules.nextAt();
    const next = wake === undefined || (scheduled !== undefined && scheduled < wake) ? scheduled : wake;
    if (next === undefined || next > limit) break;
    runUntil(parts, next);
  }
  // A periodic definition always has a next run: with one, the whole bound passes.
  if (parts.schedules.nextAt() !== undefined) runUntil(parts, limit);
  parts.changed();
}
