/**
 * Writes a clock reading (milliseconds) the way the engine writes times (ruling R11):
 * a local date-time without an offset, with six fractional digits
 * (`2025-04-30T17:28:19.105000`). The clock already counts in "local" milliseconds, so
 * the UTC fields of the reading are the local time.
 */
export function formatTimestamp(ms: number): string {
  const date = new Date(ms);
  const pad = (value: number, length = 2) => String(value).padStart(length, '0');
  return (
    `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}.` +
    `${pad(date.getUTCMilliseconds(), 3)}000`
  );
}
