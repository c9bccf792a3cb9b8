/**
 * cloneJson, the store's copy of everything it takes and gives: JSON's semantics, without
 * JSON.stringify's recursion. Pinned before it was rewritten plainly (issue [3/5]).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cloneJson } from '../../mocks/store/clone-json.js';
import { isMockInputError } from '../../mocks/store/mock-input-error.js';

/** A value nested `depth` containers deep, alternating arrays and objects. */
function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = depth; level > 0; level--) value = level % 2 === 0 ? [value] : { inner: value };
  return value;
}

describe('cloneJson', () => {
  it('makes what JSON.parse(JSON.stringify(value)) makes, less __proto__ keys, and shares nothing (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const copy = cloneJson(value);
        const viaJson = JSON.parse(JSON.stringify(value), (key, inner) =>
          key === '__proto__' ? undefined : inner,
        );
        expect(copy).toStrictEqual(viaJson);
        if (typeof value === 'object' && value !== null) expect(copy).not.toBe(value);
      }),
    );
  });

  // Regression (found by the property above with seed -1547767211): -0 stayed -0, where JSON
  // makes it 0.
  it('writes -0 as 0, as JSON does', () => {
    expect(Object.is(cloneJson({ a: -0 }).a, 0)).toBe(true);
    expect(Object.is(cloneJson([-0])[0], 0)).toBe(true);
  });

  it('keeps the key order', () => {
    expect(Object.keys(cloneJson({ b: 1, a: 2, 10: 3, c: { z: 1, y: 2 } }))).toEqual(['10', 'b', 'a', 'c']);
  });

  it('drops an own __proto__ key, at any depth, and sets no prototype', () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}, "a": [{"__proto__": 1, "b": 2}]}');
    const copy = cloneJson(value);
    expect(Object.hasOwn(copy, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(copy).toStrictEqual({ a: [{ b: 2 }] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads toJSON, at the top and inside', () => {
    const date = new Date(Date.UTC(2025, 8, 29, 17, 32, 13));
    expect(cloneJson(date)).toBe('2025-09-29T17:32:13.000Z');
    expect(cloneJson({ at: date, custom: { toJSON: () => ({ x: [1] }) } })).toStrictEqual({
      at: '2025-09-29T17:32:13.000Z',
      custom: { x: [1] },
    });
  });

  it('writes non-finite numbers as null, and what JSON leaves out as JSON does', () => {
    expect(cloneJson({ nan: Number.NaN, inf: Number.POSITIVE_INFINITY, minus: -Infinity })).toStrictEqual({
      nan: null,
      inf: null,
      minus: null,
    });
    const left = { gone: undefined, fn: () => 1, symbol: Symbol('s'), kept: 0 };
    expect(cloneJson(left)).toStrictEqual({ kept: 0 });
    // In an array, each becomes null, and so does a hole.
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point.
    expect(cloneJson([undefined, () => 1, Symbol('s'), Number.NaN, , 1])).toStrictEqual([
      null,
      null,
      null,
      null,
      null,
      1,
    ]);
    expect(cloneJson(undefined)).toBeUndefined();
    expect(cloneJson(Number.NaN)).toBeNull();
  });

  it('copies 10,000 levels of nesting without overflowing the stack', () => {
    const value = nested(10_000);
    expect(() => JSON.stringify(value)).toThrow(RangeError);
    // Compared level by level: a recursive comparison would overflow too.
    let original = value;
    let copy = cloneJson(value);
    for (let level = 1; level <= 10_000; level++) {
      // Not `expect(copy).not.toBe(original)`, which compares them deeply, recursively.
      expect(copy !== original).toBe(true);
      expect(Array.isArray(copy)).toBe(Array.isArray(original));
      original = Array.isArray(original) ? original[0] : (original as { inner: unknown }).inner;
      copy = Array.isArray(copy) ? copy[0] : (copy as { inner: unknown }).inner;
    }
    expect(copy).toBe('bottom');
  });

  it('refuses deeper nesting, and a cycle, with a MockInputError rather than a hang', () => {
    for (const value of [nested(10_001), nested(1_000_000)]) {
      try {
        cloneJson(value);
        expect.unreachable('cloneJson took it');
      } catch (error) {
        expect(isMockInputError(error)).toBe(true);
        expect(error).toBeInstanceOf(TypeError);
        expect((error as Error).message).toMatch(/^\[vwed\] cloneJson: .*nests deeper than 10000 levels/);
      }
    }
    const cyclic: Record<string, unknown> = { a: [1] };
    cyclic.self = cyclic;
    expect(() => cloneJson(cyclic)).toThrow(/cyclic/);
    const list: unknown[] = [];
    list.push({ list });
    expect(() => cloneJson(list)).toThrow(TypeError);
  });
});
