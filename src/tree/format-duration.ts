/**
 * A duration for people, short and in one unit system for both locales: `0.4ms`, `496ms`,
 * `42.45s`, `2m 05s`, `1h 02m 05s`. The unit is chosen after rounding, so 999.7 ms reads `1.00s`
 * and never `1000ms`.
 *
 * @example
 * ```ts
 * formatDuration(42_487.302); // '42.49s'
 * ```
 */
export function formatDuration(milliseconds: number): string {
  // A negative duration only comes from records that end before they start: show it, signed.
  return milliseconds < 0 ? `-${formatMagnitude(-milliseconds)}` : formatMagnitude(milliseconds);
}

function formatMagnitude(milliseconds: number): string {
  const tenths = Math.round(milliseconds * 10) / 10;
  if (tenths < 10) return `${tenths}ms`;
  const whole = Math.round(milliseconds);
  if (whole < 1000) return `${whole}ms`;
  const centiseconds = Math.round(milliseconds / 10);
  if (centiseconds < 6000) return `${(centiseconds / 100).toFixed(2)}s`;
  const seconds = Math.round(milliseconds / 1000);
  const twoDigits = (value: number) => String(value).padStart(2, '0');
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m ${twoDigits(seconds % 60)}s`;
  return `${Math.floor(seconds / 3600)}h ${twoDigits(Math.floor(seconds / 60) % 60)}m ${twoDigits(seconds % 60)}s`;
}
