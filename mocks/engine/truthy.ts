/**
 * Whether a condition holds: JavaScript's truthiness, except that the strings `""`, `"false"`,
 * `"0"`, `"null"` and `"undefined"` (any case, trimmed) are false, since a `Simple` value is
 * often a string (docs/task-definitions.md).
 *
 * @example
 * ```ts
 * truthy('false'); // false
 * truthy(' TRUE '); // true
 * ```
 */
export function truthy(value: unknown): boolean {
  if (typeof value === 'string')
    return !['', 'false', '0', 'null', 'undefined'].includes(value.trim().toLowerCase());
  return Boolean(value);
}
