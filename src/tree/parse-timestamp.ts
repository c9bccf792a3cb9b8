import { argumentError } from './assert-argument.js';

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
 * Hand-written rather than `Date`, which reads a timestamp without offset in the time zone of
 * the machine it runs on and keeps milliseconds only: this one is exact to the microsecond.
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
  const length = value.length;
  if (
    length < 19 ||
    value.charCodeAt(4) !== 45 ||
    value.charCodeAt(7) !== 45 ||
    value.charCodeAt(10) !== 84 ||
    value.charCodeAt(13) !== 58 ||
    value.charCodeAt(16) !== 58
  ) {
    return undefined;
  }
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  const hour = digits(value, 11, 2);
  const minute = digits(value, 14, 2);
  const second = digits(value, 17, 2);
  if (
    year < 0 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59 ||
    second < 0 ||
    second > 59
  ) {
    return undefined;
  }
  let position = 19;
  let micros = 0;
  if (position < length && value.charCodeAt(position) === 46) {
    position++;
    let scale = 100_000;
    const end = position + 6;
    while (position < length && position < end) {
      const digit = value.charCodeAt(position) - 48;
      if (digit < 0 || digit > 9) break;
      micros += digit * scale;
      scale /= 10;
      position++;
    }
    if (scale === 100_000) return undefined;
  }
  let offsetMinutes = 0;
  if (position < length) {
    const sign = value.charCodeAt(position);
    if (sign === 90 && position + 1 === length) {
      // `Z`: already UTC.
    } else if (
      (sign === 43 || sign === 45) &&
      length - position === 6 &&
      value.charCodeAt(position + 3) === 58
    ) {
      const offsetHours = digits(value, position + 1, 2);
      const offsetRest = digits(value, position + 4, 2);
      if (offsetHours < 0 || offsetHours > 23 || offsetRest < 0 || offsetRest > 59) return undefined;
      offsetMinutes = (sign === 43 ? 1 : -1) * (offsetHours * 60 + offsetRest);
    } else {
      return undefined;
    }
  }
  const seconds =
    daysFromCivil(year, month, day) * 86_400 + hour * 3600 + (minute - offsetMinutes) * 60 + second;
  return seconds * 1_000_000 + micros;
}

/** The number written in `count` ASCII digits at `start`, or -1 if one of them is not a digit. */
function digits(value: string, start: number, count: number): number {
  let result = 0;
  for (let position = start; position < start + count; position++) {
    const digit = value.charCodeAt(position) - 48;
    if (digit < 0 || digit > 9) return -1;
    result = result * 10 + digit;
  }
  return result;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`). */
function daysFromCivil(year: number, month: number, day: number): number {
  const shifted = month <= 2 ? year - 1 : year;
  const era = Math.floor(shifted / 400);
  const yearOfEra = shifted - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
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
