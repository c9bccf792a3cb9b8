/**
 * A value as a refusal shows it (`got 42`, `got "5000"`): its JSON, or its String() form when
 * it has none or cannot be serialized (undefined, a BigInt, a cycle). The store's argument
 * checks share it, so that showing the bad value can never throw a second error.
 *
 * @example
 * ```ts
 * throw new TypeError(`[vwed] runTask: inputParams must be an object, got ${describeValue(given)}`);
 * ```
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
