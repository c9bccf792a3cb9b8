/**
 * The checks of the control client's arguments: a bad one rejects with a `TypeError` naming
 * it before anything is sent, as the task-record client's do. They check what the client can
 * know (a shape, a range); what only the store knows (is there such a definition?) is the
 * server's 400.
 */
import type { OperationName } from '../client/operation-name.js';
import { invalidArgument } from '../client/require-argument.js';
import { requireKnownKeys } from '../client/require-known-keys.js';
import type { JournalFilter, RunTaskOptions } from './mock-control-types.js';

/**
 * The longest one `advanceClock` or `runUntilIdle` may move the clock: one hour, the control
 * API's maximum (`openapi/mock-control.yaml`).
 */
export const MAX_CLOCK_STEP_MS = 3_600_000;

/** Checks a whole number of ms the clock may move: 0 to one hour. */
export function requireClockMs(method: string, name: string, value: unknown): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_CLOCK_STEP_MS)
    return value;
  throw invalidArgument(method, name, `a whole number from 0 to ${MAX_CLOCK_STEP_MS}`, value);
}

/** Checks a plain object (not null, not an array); `undefined` too when it is optional. */
export function requireObject<T extends object>(method: string, name: string, value: T): T;
export function requireObject<T extends object>(
  method: string,
  name: string,
  value: T | undefined,
  optional: true,
): T | undefined;
export function requireObject(method: string, name: string, value: unknown, optional = false) {
  if (optional && value === undefined) return value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value;
  throw invalidArgument(method, name, optional ? 'an object or undefined' : 'an object', value);
}

/**
 * `runTask`'s options, checked: each of `scenario`, `source` and `variables` an object when
 * given, no other key (`{ blocks }` without `scenario` around it is a common slip).
 */
export function requireRunTaskOptions(options: RunTaskOptions | undefined): RunTaskOptions {
  const checked = requireObject('runTask', 'options', options, true) ?? {};
  requireKnownKeys('runTask', 'options.', checked, ['scenario', 'source', 'variables']);
  for (const key of ['scenario', 'source', 'variables'] as const) {
    requireObject('runTask', `options.${key}`, checked[key], true);
  }
  return checked;
}

/**
 * The task-record API's operations, the names a journal entry can have: the operation table's
 * keys, written out so that this entry does not carry the table (a test holds them equal).
 */
export const operationNames: readonly string[] = [
  'getBlockRecords',
  'getBlockRecord',
  'stopTask',
  'getExecutionResults',
  'getTaskRecord',
  'retryTask',
  'setTaskError',
] satisfies OperationName[];

/**
 * `requests`' filter as the query of `GET /__mock/requests`: strings, `undefined` left out. An
 * operation that is not one of the API's (`getTaskRcord`) is refused: it would match nothing,
 * and the test would pass on an empty journal.
 */
export function journalQuery(filter: JournalFilter | undefined): Record<string, string> {
  const checked = requireObject('requests', 'filter', filter, true) ?? {};
  requireKnownKeys('requests', 'filter.', checked, ['operation', 'taskRecordId', 'since']);
  const query: Record<string, string> = {};
  for (const key of ['operation', 'taskRecordId'] as const) {
    const value = checked[key];
    if (value === undefined) continue;
    if (typeof value !== 'string') throw invalidArgument('requests', `filter.${key}`, 'a string', value);
    if (key === 'operation' && !operationNames.includes(value))
      throw invalidArgument('requests', 'filter.operation', `one of ${operationNames.join(', ')}`, value);
    query[key] = value;
  }
  const { since } = checked;
  if (since !== undefined) {
    if (!(typeof since === 'number' && Number.isSafeInteger(since) && since >= 0))
      throw invalidArgument('requests', 'filter.since', 'a whole number >= 0', since);
    query.since = String(since);
  }
  return query;
}
