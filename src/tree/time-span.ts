import type { ExecutionNode } from '../types.js';
import { parseTimestamp } from './parse-timestamp.js';
import { walkBlocks } from './walk-blocks.js';

/**
 * The earliest start and the latest end of a tree's blocks, as written and in microseconds.
 *
 * @example
 * ```ts
 * const wallTimeMs = (span: TimeSpan) =>
 *   span.start === undefined || span.end === undefined ? null : (span.end - span.start) / 1000;
 * ```
 */
export interface TimeSpan {
  readonly startedOn: string | null;
  readonly endedOn: string | null;
  readonly start: number | undefined;
  readonly end: number | undefined;
}

/**
 * The time span from the winners of a loop that compared plain timestamps as text (see
 * `isPlainTimestamp`), or from an exact pass when that loop met another form (`irregular`) or a
 * winner is no real date (`2025-13-45T...`), which could hide a real one behind it.
 *
 * @example
 * ```ts
 * const span = resolveTimeSpan(root, earliestText, latestText, sawOffset, 'summarizeExecutionTree');
 * ```
 */
export function resolveTimeSpan(
  root: ExecutionNode,
  startedOn: string | null,
  endedOn: string | null,
  irregular: boolean,
  fn: string,
): TimeSpan {
  const start = startedOn === null ? undefined : parseTimestamp(startedOn);
  const end = endedOn === null ? undefined : parseTimestamp(endedOn);
  if (irregular || (startedOn !== null && start === undefined) || (endedOn !== null && end === undefined)) {
    return exactTimeSpan(root, fn);
  }
  return { startedOn, endedOn, start, end };
}

/** The slow, exact pass: every timestamp parsed, the unreadable ones left out. */
function exactTimeSpan(root: ExecutionNode, fn: string): TimeSpan {
  let startedOn: string | null = null;
  let endedOn: string | null = null;
  let start: number | undefined;
  let end: number | undefined;
  walkBlocks(fn, root, (node) => {
    const record = node.executionRecord;
    const started = record.startedOn === null ? undefined : parseTimestamp(record.startedOn);
    if (started !== undefined && (start === undefined || started < start)) {
      start = started;
      startedOn = record.startedOn;
    }
    const ended = record.endedOn === null ? undefined : parseTimestamp(record.endedOn);
    if (ended !== undefined && (end === undefined || ended > end)) {
      end = ended;
      endedOn = record.endedOn;
    }
  });
  return { startedOn, endedOn, start, end };
}
