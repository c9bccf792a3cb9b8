/**
 * The TypeError of a bad argument or option: where, which, what it must be, what came.
 * (A string is shown quoted, an object by its kind, never its content.)
 */
export function invalidArgument(where: string, name: string, expected: string, got: unknown): TypeError {
  const shown =
    typeof got === 'string'
      ? JSON.stringify(got)
      : typeof got === 'function'
        ? 'a function'
        : typeof got === 'object' && got !== null
          ? Array.isArray(got)
            ? 'an array'
            : 'an object'
          : String(got);
  return new TypeError(`[vwed] ${where}: ${name} must be ${expected}, got ${shown}`);
}

/**
 * Checks a string argument before anything reaches the network: it must be a string
 * with something in it besides white space. IDs are percent-encoded into the path, so
 * `a/b` or `?q` cannot change the route; `.` and `..` cannot be encoded out of the URL
 * parser's reach (it treats `%2e` as a dot too), so as IDs they are refused.
 *
 * A lone surrogate (`'\uD800'`) has no UTF-8 form: `encodeURIComponent` throws a URIError on
 * it inside openapi-fetch, and in a JSON body it would reach the server as text no engine can
 * store. (`/\p{Cs}/u` matches only unpaired halves; `isWellFormed` is ES2024, above our floor.)
 */
export function requireText(operation: string, name: string, value: unknown, isId = true): string {
  const text =
    typeof value === 'string' && value.trim() !== '' && !(isId && (value === '.' || value === '..'));
  if (text && !/\p{Cs}/u.test(value)) return value;
  throw invalidArgument(
    operation,
    name,
    text ? 'well-formed Unicode' : `a non-blank string${isId ? ' other than "." and ".."' : ''}`,
    value,
  );
}

/** Checks a number of milliseconds: finite and > 0 (or >= 0 when zero makes sense). */
export function requireDuration(where: string, name: string, value: unknown, allowZero = false): number {
  if (typeof value === 'number' && Number.isFinite(value) && (allowZero ? value >= 0 : value > 0))
    return value;
  throw invalidArgument(where, name, `a finite number ${allowZero ? '>=' : '>'} 0`, value);
}
