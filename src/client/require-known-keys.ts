import { invalidArgument } from './require-argument.js';

/**
 * Checks an options argument: an object (else a `TypeError` naming `options`) with no key but
 * the known ones. A typo (`timeout` for `timeoutMs`) would otherwise be dropped in silence and
 * the default taken instead; the first unknown key is refused, with the known ones listed, as
 * the mocks refuse theirs (a `MockInputError`). One helper for every entry: the client's size
 * budget leaves no room for a second.
 *
 * @example
 * ```ts
 * requireKnownKeys('waitForTask', 'option ', { interval: 5 }, ['intervalMs', 'timeoutMs']);
 * // TypeError: [vwed] waitForTask: option interval must be one of the known options (intervalMs, timeoutMs), got "…"
 * ```
 */
export function requireKnownKeys<T>(where: string, prefix: string, value: T, known: readonly string[]): T {
  if (typeof value !== 'object' || value === null)
    throw invalidArgument(where, 'options', 'an object', value);
  for (const key of Object.keys(value))
    if (!known.includes(key))
      throw invalidArgument(where, prefix + key, `one of the known options (${known.join(', ')})`, '…');
  return value;
}
