/**
 * Small display helpers shared by the list, the detail and the tree: status badges in the
 * right vocabulary, and durations from the engine's timestamps.
 */
import { type StatusVocabulary, statusLabel } from '@vwed/task-record';

/** The colour family of a status; the CSS gives each one colour (`.tone-failed` is red, ...). */
export type Tone = 'success' | 'running' | 'failed' | 'idle' | 'cancelled' | 'unknown';

// The same integer means different things per vocabulary (ruling R2): 2002 is a paused task
// but a cancelled block record, so the tone is looked up per vocabulary, never by code alone.
const tones: Record<StatusVocabulary, Record<number, Tone>> = {
  task: {
    1000: 'success',
    1001: 'running',
    1002: 'idle',
    2000: 'failed',
    2001: 'cancelled',
    2002: 'cancelled',
  },
  blockRecord: { 1000: 'success', 1001: 'running', 1002: 'idle', 2000: 'failed', 2002: 'cancelled' },
  executionNode: { 1000: 'success', 1001: 'running', 1006: 'idle', 2000: 'failed', 2001: 'cancelled' },
};

/** The tone of a status code in its vocabulary; an unknown code (a newer server's) gets its own. */
export function toneOf(code: number, vocabulary: StatusVocabulary): Tone {
  return tones[vocabulary][code] ?? 'unknown';
}

/**
 * A status badge: the label as `statusLabel` words it, the colour as a class, and the raw code
 * in `data-status` so tests and styles can select on the code itself.
 */
export function statusBadge(code: number, vocabulary: StatusVocabulary): HTMLSpanElement {
  const badge = element('span', `badge tone-${toneOf(code, vocabulary)}`, statusLabel(code, { vocabulary }));
  badge.dataset.status = String(code);
  badge.title = `${statusLabel(code, { vocabulary, locale: 'zh' })} (${code})`;
  return badge;
}

/**
 * Milliseconds since the epoch of one of the engine's timestamps (`2025-04-30T17:28:19.105648`,
 * no offset, ruling R11). Read as UTC on purpose: only differences between readings are shown,
 * and reading them all the same way keeps those right whatever the browser's time zone.
 */
export function parseEngineTime(timestamp: string | null | undefined): number | undefined {
  if (!timestamp) return undefined;
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(timestamp) ? timestamp : `${timestamp}Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * The time from `start` to `end`, or to `now` while it has no end, for people (`850ms`,
 * `4.2s`, `3m 05s`); empty when it never started.
 */
export function durationBetween(start: string | null, end: string | null, now: string): string {
  const from = parseEngineTime(start);
  const to = parseEngineTime(end ?? now);
  if (from === undefined || to === undefined) return '';
  return formatDuration(Math.max(0, to - from));
}

/** A duration in milliseconds, short: `850ms`, `4.2s`, `3m 05s`, `1h 02m`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(seconds / 3600)}h ${String(Math.floor(seconds / 60) % 60).padStart(2, '0')}m`;
}

/** The time of day of an engine timestamp, to the millisecond (`17:28:19.105`). */
export function timeOfDay(timestamp: string | null): string {
  return timestamp?.slice(11, 23) ?? '';
}

/**
 * Creates an element with a class and text. Text is always set as text, never as HTML: the
 * names and logs come from a server and must not be able to inject markup.
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text = '',
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className !== '') created.className = className;
  if (text !== '') created.textContent = text;
  return created;
}
