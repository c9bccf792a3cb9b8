import { argumentError } from './assert-argument.js';

/** The engine's form (ruling R11), with the fraction and the offset the spec also allows. */
const timestampPattern = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,6})?(?:Z|[+-]\d\d:\d\d)?$/;

/**
 * Reads a timestamp as the engine writes it (ruling R11: `2025-09-29T17:32:13.393204`, server
 * local time, up to six fractional digits, no offset) into microseconds since 1970-01-01.
 *
 * A timestamp without an offset is read as if it were UTC. The server's time zone is unknown to
 * a client, so any fixed choice gives the same differences, and UTC is the one that does not
 * depend on where the code runs (no drift, no daylight-saving jumps). An offset (`Z`,
 * `+08:00`), which the spec accepts from newer servers, is applied. Anything else, including
 * impossible dates and values that are not text, gives `undefined`: timestamps are data from a
 * server and never throw.
 *
 * Checked with a regular expression and counted with `Date`'s calendar, but not read with
 * `Date.parse`, which reads a timestamp without offset in the time zone of the machine it runs
 * on, rolls impossible dates over (`2025-02-30` becomes March 2) and keeps milliseconds only:
 * this one is exact to the microsecond.
 *
 * @example
 * ```ts
 * const micros = parseTimestamp('2025-09-29T17:32:13.393204');
 * // 1759167133393204
 * ```
 */
export function parseTimestamp(value: string): number | undefined {
  // Typed as text, but a server's bug can put anything here: it is no timestamp either.
  if (typeof value !== 'string' || !timestampPattern.test(value)) return undefined;
  const year = numberAt(value, 0, 4);
  const month = numberAt(value, 5, 2);
  const day = numberAt(value, 8, 2);
  const hour = numberAt(value, 11, 2);
  const minute = numberAt(value, 14, 2);
  const second = numberAt(value, 17, 2);
  // After the seconds, both optional: a fraction (`.393204`), then an offset (`Z`, `+08:00`).
  const offsetAt = offsetStart(value);
  const fractionDigits = Math.max(offsetAt - 20, 0);
  const micros = fractionDigits === 0 ? 0 : numberAt(value, 20, fractionDigits) * 10 ** (6 - fractionDigits);
  const offsetMinutes = readOffsetMinutes(value, offsetAt);
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    offsetMinutes === undefined
  ) {
    return undefined;
  }
  // Not Date.UTC, which reads the years 0 to 99 as 1900 to 1999.
  const midnight = new Date(0).setUTCFullYear(year, month - 1, day);
  const milliseconds = midnight + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000;
  return milliseconds * 1000 + micros;
}

/**
 * The number written in `count` digits at `start`, which the pattern has checked are digits.
 * Read in place, not through capture groups or slices: those made `summarizeExecutionTree`,
 * which reads the end of every failed block, 1.6-1.9x its hand-written baseline on the bench's
 * tree (30,000 failures; the bound is 2x), against 1.3-1.5x read in place, measured side by
 * side as bench/tree.bench.ts does.
 */
function numberAt(value: string, start: number, count: number): number {
  let number = 0;
  for (let index = start; index < start + count; index++) number = number * 10 + value.charCodeAt(index) - 48;
  return number;
}

/** Where the offset starts (its `Z`, `+` or `-`), or the length when there is none. */
function offsetStart(value: string): number {
  for (const sign of 'Z+-') {
    const at = value.indexOf(sign, 19);
    if (at !== -1) return at;
  }
  return value.length;
}

/** The offset at `offsetAt` in minutes east of UTC (0 for none or `Z`); undefined for `+08:60`. */
function readOffsetMinutes(value: string, offsetAt: number): number | undefined {
  if (offsetAt === value.length || value[offsetAt] === 'Z') return 0;
  const hours = numberAt(value, offsetAt + 1, 2);
  const minutes = numberAt(value, offsetAt + 4, 2);
  if (hours > 23 || minutes > 59) return undefined;
  return (value[offsetAt] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Reads a `now` option (a timestamp in the engine's form, so that it is on the server's clock
 * like the records) into microseconds; `undefined` when absent. A bad value is a `TypeError`:
 * unlike data, an option is the caller's to get right.
 *
 * @example
 * ```ts
 * const nowMicros = readNowOption('summarizeExecutionTree', options.now);
 * ```
 */
export function readNowOption(fn: string, now: unknown): number | undefined {
  if (now === undefined) return undefined;
  const micros = typeof now === 'string' ? parseTimestamp(now) : undefined;
  if (micros === undefined) {
    throw argumentError(fn, 'options.now', "a timestamp like '2025-09-29T17:32:13.393204'", now);
  }
  return micros;
}
