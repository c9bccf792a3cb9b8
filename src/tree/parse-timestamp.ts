import { argumentError } from './assert-argument.js';

/** The engine's form (ruling R11), with the fraction and the offset the spec also allows. */
const timestampPattern =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?(Z|[+-]\d{2}:\d{2})?$/;

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
 * Read with a regular expression and `Date`'s calendar, but not with `Date.parse`, which reads a
 * timestamp without offset in the time zone of the machine it runs on, rolls impossible dates
 * over (`2025-02-30` becomes March 2) and keeps milliseconds only: this one is exact to the
 * microsecond.
 *
 * @example
 * ```ts
 * const micros = parseTimestamp('2025-09-29T17:32:13.393204');
 * // 1759167133393204
 * ```
 */
export function parseTimestamp(value: string): number | undefined {
  // Typed as text, but a server's bug can put anything here: it is no timestamp either.
  if (typeof value !== 'string') return undefined;
  const match = timestampPattern.exec(value);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  const second = Number(match[6]);
  const fraction = match[7] ?? '';
  const offset = match[8] ?? 'Z';
  const offsetMinutes = readOffsetMinutes(offset);
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
  return milliseconds * 1000 + Number(fraction.padEnd(6, '0'));
}

/** `Z` or `+08:00` in minutes east of UTC, or undefined when it names no offset (`+08:60`). */
function readOffsetMinutes(offset: string): number | undefined {
  if (offset === 'Z') return 0;
  const hours = Number(offset.slice(1, 3));
  const minutes = Number(offset.slice(4, 6));
  if (hours > 23 || minutes > 59) return undefined;
  return (offset.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
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
