/**
 * Headers as a plain object of strings; `undefined` values are left out. A name or a value
 * that `fetch` would refuse (a space in a name; CR, LF or NUL in a value, or a character
 * above U+00FF) is refused by the client with a `TypeError` that never shows the value.
 *
 * @example
 * ```ts
 * import type { HeaderRecord } from '@vwed/task-record';
 *
 * const headers: HeaderRecord = { Authorization: token ? `Bearer ${token}` : undefined };
 * ```
 */
export type HeaderRecord = Record<string, string | undefined>;
