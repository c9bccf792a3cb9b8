import { MockInputError } from './mock-input-error.js';

/** Deeper than any JSON the store takes (256 levels), far below what would exhaust memory. */
const maxCloneDepth = 10_000;

type Container = Record<string, unknown> | unknown[];

/**
 * A JSON copy (what JSON.parse(JSON.stringify(value)) makes), so that no caller's object is
 * shared with the store: `toJSON` is read (a Date becomes its string), non-finite numbers
 * become null, and what JSON leaves out (undefined, functions, symbols) is left out of an
 * object and null in an array. An own `__proto__` key (JSON.parse makes one) is dropped:
 * assigned to the copy, it would set a prototype.
 *
 * Iterative, where JSON.stringify recurses and overflows the stack a few thousand levels down.
 * A cycle, or nesting past 10,000 levels, is a MockInputError (a TypeError, as JSON.stringify
 * throws on a cycle) rather than a loop without end.
 *
 * @example
 * ```ts
 * const stored = cloneJson(definition.detail);
 * ```
 */
export function cloneJson<T>(value: T): T {
  /** Containers copied empty (so that each is in its place, in key order), still to fill. */
  const unfilled: { source: Container; copy: Container; depth: number }[] = [];

  /** `item` as JSON has it: a primitive, undefined for what JSON leaves out, or an empty copy. */
  const copyOf = (item: unknown, depth: number): unknown => {
    const source = hasToJson(item) ? item.toJSON() : item;
    // -0 is written 0, as JSON writes it; a non-finite number is null.
    if (typeof source === 'number') return Number.isFinite(source) ? source + 0 : null;
    if (typeof source === 'string' || typeof source === 'boolean' || source === null) return source;
    if (typeof source !== 'object') return undefined;
    if (depth > maxCloneDepth) {
      throw new MockInputError(
        'invalid-argument',
        `[vwed] cloneJson: the value nests deeper than ${maxCloneDepth} levels, or is cyclic`,
      );
    }
    const copy: Container = Array.isArray(source) ? [] : {};
    unfilled.push({ source: source as Container, copy, depth });
    return copy;
  };

  const root = copyOf(value, 1);
  for (let next = unfilled.pop(); next !== undefined; next = unfilled.pop()) {
    const { source, copy, depth } = next;
    if (Array.isArray(source)) {
      for (let index = 0; index < source.length; index++) {
        (copy as unknown[]).push(copyOf(source[index], depth + 1) ?? null);
      }
    } else {
      for (const key of Object.keys(source)) {
        if (key === '__proto__') continue;
        const item = copyOf(source[key], depth + 1);
        if (item !== undefined) (copy as Record<string, unknown>)[key] = item;
      }
    }
  }
  return root as T;
}

function hasToJson(value: unknown): value is { toJSON: () => unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  );
}
