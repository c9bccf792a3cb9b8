import type { RetryOptions } from './client-options.js';

/** HTTP statuses worth another attempt: the server or a proxy may answer the next one. */
export const retryableStatuses: ReadonlySet<number> = new Set([408, 429, 502, 503, 504]);

/**
 * The wait before attempt `attempt + 1`: exponential backoff with "equal jitter" (half
 * fixed, half random, so retries from many clients spread out but never come at once),
 * or the server's `Retry-After` when it asks for longer. `undefined` means: do not
 * retry, the server asks for more than `maxRetryAfterMs`.
 */
export function retryDelay(
  attempt: number,
  retryAfterMs: number | undefined,
  options: Required<RetryOptions>,
  random: () => number = Math.random,
): number | undefined {
  if (retryAfterMs !== undefined && retryAfterMs > options.maxRetryAfterMs) return undefined;
  const backoff = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  const jittered = backoff / 2 + (random() * backoff) / 2;
  return Math.max(jittered, retryAfterMs ?? 0);
}

/**
 * Reads `Retry-After` (seconds, or an HTTP date) as milliseconds from `now`;
 * `undefined` when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
