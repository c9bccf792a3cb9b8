/**
 * A value as a refusal shows it (`got 42`, `got "5000"`): its JSON, or its String() form when
 * it has none or cannot be serialized (undefined, NaN, a BigInt, a cycle). The store's argument
 * checks share it, so that showing the bad value can never throw a second error.
 *
 * @example
 * ```ts
 * throw new TypeError(`[vwed] runTask: inputParams must be an object, got ${describeValue(given)}`);
 * ```
 */
export function describeValue(value: unknown): string {
  // NaN and Infinity have no JSON (it would say `null`): their own names say what came.
  if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
