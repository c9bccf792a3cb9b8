/**
 * Block input parameters: literals as stored, expressions evaluated, required ones present,
 * the definition's order kept.
 */
import { describe, expect, it } from 'vitest';
import type { InputParam } from '../../../mocks/expressions/index.js';
import { resolveInputParams } from '../../../mocks/expressions/index.js';
import { makeScope } from './scope.js';

const resolve = (params: Record<string, InputParam>) => resolveInputParams(params, makeScope());

describe('resolveInputParams', () => {
  it('resolves the blocks of the docs/task-definitions.md example', () => {
    expect(resolve({ list: { type: 'Simple', value: '[1,2,3,4,5]' } })).toStrictEqual({
      ok: true,
      values: { list: '[1,2,3,4,5]' },
    });
    expect(resolve({ message: { type: 'Expression', value: 'blocks.b1.item' } })).toStrictEqual({
      ok: true,
      values: { message: 3 },
    });
  });

  it('takes a Simple value exactly as stored, objects included', () => {
    const stored = { a: [1] };
    const resolved = resolve({
      text: { type: 'Simple', value: 'taskInputs.x' },
      number: { type: 'Simple', value: 7 },
      object: { type: 'Simple', value: stored },
      nothing: { type: 'Simple', value: undefined },
    });
    expect(resolved).toStrictEqual({
      ok: true,
      values: { text: 'taskInputs.x', number: 7, object: { a: [1] }, nothing: undefined },
    });
    expect(resolved.ok && resolved.values.object).toBe(stored);
  });

  it.each(['String', 'Json', 'simple', 'expression', ''])('takes the unknown type %o as Simple', (type) => {
    expect(resolve({ p: { type, value: 'blocks.b1.item' } })).toStrictEqual({
      ok: true,
      values: { p: 'blocks.b1.item' },
    });
  });

  it('evaluates every Expression against the scope', () => {
    expect(
      resolve({
        agv: { type: 'Expression', value: 'blocks.b5.selectedAgvId' },
        more: { type: 'Expression', value: 'taskInputs.x > task.variables.limit' },
        missing: { type: 'Expression', value: 'taskInputs.nothing' },
      }),
    ).toStrictEqual({ ok: true, values: { agv: 'AMB-01', more: true, missing: undefined } });
  });

  it('reports a failed expression with its parameter, and stops there', () => {
    expect(
      resolve({
        fine: { type: 'Expression', value: 'taskInputs.x' },
        broken: { type: 'Expression', value: 'blocks.b9.item' },
        unknown: { type: 'Expression', value: 'foo' },
      }),
    ).toStrictEqual({ ok: false, param: 'broken', reason: 'cannot read "item" of undefined (blocks.b9)' });
  });

  it.each([
    [42, 'expression of "p" must be a string, got 42'],
    [null, 'expression of "p" must be a string, got null'],
    [['taskInputs.x'], 'expression of "p" must be a string, got an array'],
  ])('refuses an Expression whose value is %o', (value, reason) => {
    expect(resolve({ p: { type: 'Expression', value } })).toStrictEqual({ ok: false, param: 'p', reason });
  });

  it.each([undefined, null, ''])('refuses a required parameter whose value is %o', (value) => {
    expect(resolve({ from: { type: 'Simple', value, required: true } })).toStrictEqual({
      ok: false,
      param: 'from',
      reason: 'required parameter "from" has no value',
    });
  });

  it('refuses a required expression that reads nothing', () => {
    expect(
      resolve({ message: { type: 'Expression', value: 'taskInputs.nothing', required: true } }),
    ).toStrictEqual({ ok: false, param: 'message', reason: 'required parameter "message" has no value' });
  });

  it('accepts 0, false and white space as values of a required parameter', () => {
    expect(
      resolve({
        zero: { type: 'Expression', value: 'taskInputs.zero', required: true },
        no: { type: 'Simple', value: false, required: true },
        blank: { type: 'Simple', value: ' ', required: true },
      }),
    ).toStrictEqual({ ok: true, values: { zero: 0, no: false, blank: ' ' } });
  });

  it('lets an optional parameter be empty', () => {
    expect(
      resolve({ a: { type: 'Simple', value: '' }, b: { type: 'Simple', value: null, required: false } }),
    ).toStrictEqual({ ok: true, values: { a: '', b: null } });
  });

  it('keeps the order of the definition', () => {
    const resolved = resolve({
      zeta: { type: 'Simple', value: 1 },
      alpha: { type: 'Expression', value: 'taskInputs.from' },
      mid: { type: 'Simple', value: 3 },
    });
    expect(resolved.ok && Object.keys(resolved.values)).toEqual(['zeta', 'alpha', 'mid']);
  });

  it('resolves no parameters to no values', () => {
    expect(resolve({})).toStrictEqual({ ok: true, values: {} });
  });

  it.each([
    [null, 'parameter "p" must be an object, got null'],
    ['Simple', 'parameter "p" must be an object, got "Simple"'],
  ])('refuses a malformed parameter %o instead of throwing', (param, reason) => {
    expect(resolve({ p: param as unknown as InputParam })).toStrictEqual({ ok: false, param: 'p', reason });
  });
});
