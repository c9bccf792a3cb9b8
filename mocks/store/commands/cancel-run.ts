/** Ending a task's run where it is, without ending any record: what stop and set-error do first. */
import type { StoreParts } from '../store-parts.js';

/**
 * Ends a task's run, if it has one: its threads stop, its definition is no longer kept.
 *
 * @example
 * ```ts
 * cancelRun(parts, taskRecordId);
 * ```
 */
export function cancelRun(parts: StoreParts, taskRecordId: string): void {
  parts.runs.delete(taskRecordId);
  parts.definitions.endRun(taskRecordId);
  parts.changed();
}
