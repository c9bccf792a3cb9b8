/**
 * The schedules of periodic definitions (`periodicTask: 1`, `period`): a run of one starts
 * the next every period, until a stop disables it, as the document says of stop.
 */
import { cloneJson } from './clone-json.js';
import type { Schedule, TaskSource } from './store-state.js';

/**
 * The store's periodic schedules, one per definition at most.
 *
 * @example
 * ```ts
 * const schedules = new PeriodicSchedules();
 * schedules.start('def-1', clock.now() + 60_000, { from: 'A' }, {});
 * schedules.due(clock.now() + 60_000); // the schedule, due then
 * ```
 */
export class PeriodicSchedules {
  #schedules: Schedule[] = [];

  /** Starts (or restarts) a definition's schedule: its next run at `nextAt`, with these inputs. */
  start(
    definitionId: string,
    nextAt: number,
    inputParams: Record<string, unknown>,
    source: TaskSource,
  ): void {
    this.#schedules = this.#schedules.filter((schedule) => schedule.definitionId !== definitionId);
    this.#schedules.push({
      definitionId,
      nextAt,
      enabled: true,
      inputParams: cloneJson(inputParams),
      source: cloneJson(source),
    });
  }

  /** Disables a definition's schedule: what a stop does, and a definition made non-periodic. */
  disable(definitionId: string): void {
    for (const schedule of this.#schedules)
      if (schedule.definitionId === definitionId) schedule.enabled = false;
  }

  /** The enabled schedule due earliest, at `target` or before, if any. */
  due(target: number): Schedule | undefined {
    let due: Schedule | undefined;
    for (const candidate of this.#schedules) {
      if (candidate.enabled && candidate.nextAt <= target && (!due || candidate.nextAt < due.nextAt)) {
        due = candidate;
      }
    }
    return due;
  }

  /** When the next enabled schedule is due, or undefined when none is enabled. */
  nextAt(): number | undefined {
    let next: number | undefined;
    for (const schedule of this.#schedules) {
      if (schedule.enabled && (next === undefined || schedule.nextAt < next)) next = schedule.nextAt;
    }
    return next;
  }

  /** Replaces every schedule with a state's (taken as they are: the caller copies). */
  load(schedules: Schedule[]): void {
    this.#schedules = schedules;
  }

  /** The schedules, sharing the objects: only to copy or serialize at once. */
  dump(): Schedule[] {
    return this.#schedules;
  }
}
