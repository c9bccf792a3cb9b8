import { MockInputError } from './mock-input-error.js';

/** What a value's JSON form starts from: its `toJSON()` (a Date's string) if it has one. */
function jsonSource(value: unknown): unknown {
  return typeof value === 'object' &&
    value !== null &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
    ? (value as { toJSON: () => unknown }).toJSON()
    : value;
}

/** A primitive as JSON has it: non-finite numbers become null; what JSON drops, undefined. */
function jsonPrimitive(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return undefined;
}

/** Deeper than any JSON the store takes (256 levels), far below what would exhaust memory. */
const maxCloneDepth = 10_000;

/** An empty container of the same kind, placed before it is filled so that key order holds. */
function emptyLike(value: object): Record<string, unknown> | unknown[] {
  return Array.isArray(value) ? [] : {};
}

/**
 * A JSON copy (what JSON.parse(JSON.stringify(value)) makes), so no caller's object is
 * shared with the store. An own `__proto__` key (JSON can carry one) is dropped: copied
 * with Object.assign it would set a prototype. Iterative, so a deeply nested definition
 * cannot overflow the stack the way JSON.stringify does.
 *
 * Each container is created empty and filled in order, a key at a time and never deleted
 * from: objects built that way keep V8's fast layout, which every later read and
 * `JSON.stringify` of the store's records benefits from.
 *
 * For JSON data: plain objects, arrays, strings, finite numbers, booleans, null, and values
 * with `toJSON` (a Date). A cycle, or nesting past 10,000 levels, is a TypeError (where
 * JSON.stringify would throw too) rather than a loop without end.
 *
 * @example
 * ```ts
 * const stored = cloneJson(definition.detail);
 * ```
 */
export function cloneJson<T>(value: T): T {
  const top = jsonSource(value);
  if (typeof top !== 'object' || top === null) return jsonPrimitive(top) as T;
  const root = emptyLike(top);
  // Triples, flat: a source container, the copy it fills, and its depth.
  const stack: unknown[] = [top, root, 1];
  while (stack.length > 0) {
    const depth = stack.pop() as number;
    const copy = stack.pop() as Record<string, unknown> | unknown[];
    const source = stack.pop() as Record<string, unknown> | unknown[];
    if (depth > maxCloneDepth) {
      throw new MockInputError(
        'invalid-argument',
        `[vwed] cloneJson: the value nests deeper than ${maxCloneDepth} levels, or is cyclic`,
      );
    }
    if (Array.isArray(source)) {
      const list = copy as unknown[];
      for (let index = 0; index < source.length; index++) {
        const element = jsonSource(source[index]);
        if (typeof element === 'object' && element !== null) {
          const inner = emptyLike(element);
          list.push(inner);
          stack.push(element, inner, depth + 1);
        } else {
          // In an array, what JSON drops becomes null.
          list.push(jsonPrimitive(element) ?? null);
        }
      }
      continue;
    }
    const record = copy as Record<string, unknown>;
    for (const key of Object.keys(source)) {
      if (key === '__proto__') continue;
      const element = jsonSource(source[key]);
      if (typeof element === 'object' && element !== null) {
        const inner = emptyLike(element);
        record[key] = inner;
        stack.push(element, inner, depth + 1);
      } else {
        const primitive = jsonPrimitive(element);
        if (primitive !== undefined) record[key] = primitive;
      }
    }
  }
  return root as T;
}
