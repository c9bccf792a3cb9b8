import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTimestamp } from '../../src/tree/parse-timestamp.js';
import { isPlainTimestamp } from '../../src/tree/summarize-execution-tree.js';
import { HEAVY_TIMEOUT_MS } from '../timeouts.js';
import { referenceMicros } from './reference.js';

describe('parseTimestamp', () => {
  it('reads the engine form to the microsecond, as if it were UTC', () => {
    expect(parseTimestamp('2025-09-29T17:32:13.393204')).toBe(
      Date.UTC(2025, 8, 29, 17, 32, 13, 393) * 1000 + 204,
    );
    expect(parseTimestamp('2024-01-01T12:00:00')).toBe(Date.UTC(2024, 0, 1, 12) * 1000);
    expect(parseTimestamp('1969-12-31T23:59:59.5')).toBe(-500_000);
  });

  it('gives the difference of two timestamps exactly, whatever the time zone of the machine', () => {
    const start = parseTimestamp('2025-09-29T17:32:13.393204') as number;
    const end = parseTimestamp('2025-09-29T17:32:55.880506') as number;
    expect(end - start).toBe(42_487_302);
  });

  it('applies an offset when there is one', () => {
    expect(parseTimestamp('2025-09-29T17:32:13+08:00')).toBe(Date.UTC(2025, 8, 29, 9, 32, 13) * 1000);
    expect(parseTimestamp('2025-09-29T17:32:13.5-01:30')).toBe(Date.UTC(2025, 8, 29, 19, 2, 13, 500) * 1000);
    expect(parseTimestamp('2025-09-29T17:32:13Z')).toBe(parseTimestamp('2025-09-29T17:32:13'));
  });

  it.each([
    '',
    'yesterday',
    '2025-09-29 17:32:13',
    '2025-09-29T17:32',
    '2025-09-29T17:32:13.',
    '2025-09-29T17:32:13.1234567',
    '2025-02-29T00:00:00',
    '2024-13-01T00:00:00',
    '2024-04-31T00:00:00',
    '2024-01-01T24:00:00',
    '2024-01-01T00:60:00',
    '2024-01-01T00:00:60',
    '2024-01-01T00:00:00+8:00',
    '2024-01-01T00:00:00+08:60',
    '2024-01-01T00:00:00Zulu',
    '２０２４-01-01T00:00:00',
    // Pinned when the hand-written reader became a regular expression: nothing around the form.
    ' 2024-01-01T00:00:00',
    '2024-01-01T00:00:00\n',
    '2024-01-01t00:00:00',
    '2024-01-01T00:00:00z',
    '2024-01-01T00:00:00,5',
    '1900-02-29T00:00:00',
  ])('gives undefined for %j, never throws', (value) => {
    expect(parseTimestamp(value)).toBeUndefined();
  });

  it('reads the years 0000 to 0099 as themselves, not as 1900 to 1999 (what Date.UTC makes of them)', () => {
    const utcMicros = (year: number, month: number, day: number) =>
      new Date(0).setUTCFullYear(year, month - 1, day) * 1000;
    expect(parseTimestamp('0050-01-01T00:00:00')).toBe(utcMicros(50, 1, 1));
    expect(parseTimestamp('0099-12-31T00:00:00+00:00')).toBe(utcMicros(99, 12, 31));
    // Year 0 (1 BC) is a leap year of the proleptic Gregorian calendar.
    expect(parseTimestamp('0000-02-29T00:00:00Z')).toBe(utcMicros(0, 2, 29));
  });

  it('knows the leap days of the Gregorian calendar, and the day an offset crosses into', () => {
    expect(parseTimestamp('2000-02-29T00:00:00')).toBe(Date.UTC(2000, 1, 29) * 1000);
    expect(parseTimestamp('2024-02-29T23:30:00-01:00')).toBe(Date.UTC(2024, 2, 1, 0, 30) * 1000);
    expect(parseTimestamp('2025-01-01T00:30:00+01:00')).toBe(Date.UTC(2024, 11, 31, 23, 30) * 1000);
  });

  it('agrees with Date on any instant, in any form the spec allows (property)', {
    timeout: HEAVY_TIMEOUT_MS,
  }, () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2200-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom('', 'Z', '+08:00', '-05:30'),
        (date, extraMicros, digits, offset) => {
          const fraction = String(date.getUTCMilliseconds() * 1000 + extraMicros)
            .padStart(6, '0')
            .slice(0, digits);
          const value = `${date.toISOString().slice(0, 19)}${digits > 0 ? `.${fraction}` : ''}${offset}`;
          expect(parseTimestamp(value)).toBe(referenceMicros(value));
        },
      ),
    );
  });
});

describe('isPlainTimestamp', () => {
  it('accepts the engine form, with or without a fraction', () => {
    expect(isPlainTimestamp('2025-09-29T17:32:13.393204')).toBe(true);
    expect(isPlainTimestamp('2025-09-29T17:32:13.3')).toBe(true);
    expect(isPlainTimestamp('2025-09-29T17:32:13')).toBe(true);
  });

  it('refuses anything with an offset, whose text order is not time order', () => {
    expect(isPlainTimestamp('2025-09-29T17:32:13Z')).toBe(false);
    expect(isPlainTimestamp('2025-09-29T17:32:13.39320Z')).toBe(false);
    expect(isPlainTimestamp('2025-09-29T17:32:13+08:00')).toBe(false);
    expect(isPlainTimestamp('2025-09-29T17:32:13.3+08:00')).toBe(false);
    expect(isPlainTimestamp('2025-09-29')).toBe(false);
    // The bounds of the form: a '.' with no digit after it, and a seventh fractional digit.
    expect(isPlainTimestamp('2025-09-29T17:32:13.')).toBe(false);
    expect(isPlainTimestamp('2025-09-29T17:32:13.1234567')).toBe(false);
    // A server's bug, not text: no plain timestamp, and no TypeError.
    expect(isPlainTimestamp(7 as unknown as string)).toBe(false);
    expect(isPlainTimestamp(['2025-09-29T17:32:13'] as unknown as string)).toBe(false);
  });
});
