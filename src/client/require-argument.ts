/**
 * Checks a string argument before anything reaches the network: it must be a string
 * with something in it besides white space. IDs are percent-encoded into the path, so
 * `a/b` or `?q` cannot change the route; `.` and `..` cannot be encoded out of the URL
 * parser's reach (it treats `%2e` as a dot too), so as IDs they are refused.
 */
export function requireText(operation: string, name: string, value: unknown, isId = true): string {
  const problem =
    typeof value !== 'string'
      ? `must be a string, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`
      : value.trim() === ''
        ? `must not be empty or blank, got ${JSON.stringify(value)}`
        : isId && (value === '.' || value === '..')
          ? `cannot be ${JSON.stringify(value)}, a path segment of its own`
          : '';
  if (problem) throw new TypeError(`[vwed] ${operation}: ${name} ${problem}`);
  return value as string;
}
