/**
 * Text to match literally inside a regular expression: every character RegExp gives a
 * meaning is escaped.
 *
 * @example
 * ```ts
 * new RegExp(`^${regexpLiteral('/api/v1.0')}/`).test('/api/v1.0/detail'); // true; '/api/v1x0/' is not
 * ```
 */
export function regexpLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
