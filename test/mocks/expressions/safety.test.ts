/**
 * What a hostile or broken definition could try: prototype pollution, sizes and nesting meant
 * to exhaust the stack, and scope values that throw. None of it throws out of
 * `evaluateExpression`, and `Object.prototype` is the same afterwards.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluateExpression, resolveInputParams } from '../../../mocks/expressions/index.js';
import { makeScope } from './scope.js';

const evaluate = (source: string) => evaluateExpression(source, makeScope());

/** Everything of `Object.prototype` that pollution would change, to compare after each test. */
function prototypeSnapshot() {
  return Object.getOwnPropertyNames(Object.prototype).map((name) => [
    name,
    Object.getOwnPropertyDescriptor(Object.prototype, name),
  ]);
}

let before: ReturnType<typeof prototypeSnapshot>;
beforeEach(() => {
  before = prototypeSnapshot();
});
afterEach(() => {
  expect(prototypeSnapshot()).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('prototype pollution', () => {
  it.each([
    ['blocks.__proto__', 'property "__proto__" is not allowed (blocks.__proto__)'],
    ['taskInputs["constructor"]', 'property "constructor" is not allowed (taskInputs["constructor"])'],
    ['taskInputs["__proto__"]["polluted"]', 'property "__proto__" is not allowed (taskInputs["__proto__"])'],
    ['taskInputs.constructor.prototype', 'property "constructor" is not allowed (taskInputs.constructor)'],
    ['blocks.b1.prototype', 'property "prototype" is not allowed (blocks.b1.prototype)'],
    ['task["__pro" + "to__"]', 'property "__proto__" is not allowed (task["__pro" + "to__"])'],
    [
      'taskInputs[task.variables.danger].polluted',
      'property "__proto__" is not allowed (taskInputs[task.variables.danger])',
    ],
    ['false && blocks.__proto__', 'property "__proto__" is not allowed (blocks.__proto__)'],
    [
      'true ? 1 : taskInputs["constructor"]',
      'property "constructor" is not allowed (taskInputs["constructor"])',
    ],
  ])('%s is refused', (source, reason) => {
    expect(evaluate(source)).toStrictEqual({ ok: false, reason });
  });

  it('an own "__proto__" key, as JSON.parse makes one, is refused too', () => {
    const taskInputs = JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1}') as Record<
      string,
      unknown
    >;
    const scope = { ...makeScope(), taskInputs };
    expect(evaluateExpression('taskInputs["__proto__"].polluted', scope)).toStrictEqual({
      ok: false,
      reason: 'property "__proto__" is not allowed (taskInputs["__proto__"])',
    });
    expect(evaluateExpression('taskInputs.constructor', scope)).toStrictEqual({
      ok: false,
      reason: 'property "constructor" is not allowed (taskInputs.constructor)',
    });
  });

  it('parameters named after the prototype are never copied', () => {
    const params = JSON.parse(
      `{"__proto__": {"type": "Simple", "value": {"polluted": true}},
        "constructor": {"type": "Expression", "value": "blocks.b9.item"},
        "prototype": {"type": "Simple", "value": 1},
        "kept": {"type": "Simple", "value": 2}}`,
    );
    const resolved = resolveInputParams(params, makeScope());
    expect(resolved).toStrictEqual({ ok: true, values: { kept: 2 } });
    if (!resolved.ok) return;
    expect(Object.getPrototypeOf(resolved.values)).toBe(Object.prototype);
    expect(Object.keys(resolved.values)).toEqual(['kept']);
    expect(JSON.stringify(resolved.values)).toBe('{"kept":2}');
  });
});

describe('size and nesting', () => {
  const nested = (levels: number, open: string, inner: string, close: string) =>
    `${open.repeat(levels)}${inner}${close.repeat(levels)}`;

  it.each([
    ['parentheses 5,000 deep', nested(5000, '(', '1', ')')],
    ['arrays 5,000 deep', nested(5000, '[', '1', ']')],
    ['members 5,000 deep', nested(5000, 'taskInputs[', '0', ']')],
    ['unary minus 5,000 deep', nested(5000, '-', '1', '')],
    ['conditionals 5,000 deep', nested(5000, 'true ? 1 : ', '2', '')],
    ['100,000 characters', `taskInputs.${'x'.repeat(99_989)}`],
  ])('%s: refused for its length, without throwing', (_name, source) => {
    expect(source.length).toBeGreaterThan(2000);
    expect(evaluate(source)).toStrictEqual({
      ok: false,
      reason: `expression is too long: ${source.length} characters, at most 2000`,
    });
  });

  it('2,000 characters are still accepted', () => {
    const source = `${' '.repeat(1988)}taskInputs.x`;
    expect(source).toHaveLength(2000);
    expect(evaluate(source)).toStrictEqual({ ok: true, value: 5 });
  });

  it.each([
    ['101 parentheses', nested(101, '(', '1', ')')],
    ['999 parentheses', nested(999, '(', '1', ')')],
    ['999 brackets', nested(999, '[', '1', ']')],
    ['101 computed members', `${'taskInputs['.repeat(101)}0${']'.repeat(101)}`],
    ['101 unary minus', nested(101, '-', '1', '')],
    ['1,999 unary minus', nested(1999, '-', '1', '')],
    ['100 unary minus on a member', nested(100, '-', 'taskInputs.x', '')],
    ['499 nested conditionals', nested(499, '0?0:', '1', '')],
    ['999 additions', `1${'+1'.repeat(999)}`],
  ])('%s: refused for its depth, without throwing', (_name, source) => {
    expect(source.length).toBeLessThanOrEqual(2000);
    expect(evaluate(source)).toStrictEqual({ ok: false, reason: 'expression nests deeper than 100 levels' });
  });

  it.each([
    ['100 parentheses', nested(100, '(', '1', ')'), 1],
    ['99 unary minus: 100 levels with the literal', nested(99, '-', '1', ''), -1],
    ['99 additions: 100 levels', `1${'+1'.repeat(99)}`, 100],
    [
      'brackets inside strings do not count',
      `"${'('.repeat(500)}" + "${'['.repeat(500)}"`,
      `${'('.repeat(500)}${'['.repeat(500)}`,
    ],
  ])('%s: still accepted', (_name, source, value) => {
    expect(evaluate(source)).toStrictEqual({ ok: true, value });
  });
});

describe('scopes that misbehave', () => {
  it('a value that JavaScript refuses to compute with fails instead of throwing', () => {
    const scope = { ...makeScope(), taskInputs: { big: 10n } };
    expect(evaluateExpression('taskInputs.big + 1', scope)).toStrictEqual({
      ok: false,
      reason: expect.stringMatching(/^evaluation failed: .*BigInt/),
    });
  });

  it('a getter that throws fails instead of throwing', () => {
    const taskInputs = Object.defineProperty({}, 'trap', {
      enumerable: true,
      get() {
        throw new Error('no access');
      },
    }) as Record<string, unknown>;
    expect(evaluateExpression('taskInputs.trap', { ...makeScope(), taskInputs })).toStrictEqual({
      ok: false,
      reason: 'evaluation failed: no access',
    });
  });

  it('a source that is not a string fails instead of throwing', () => {
    expect(evaluateExpression(42 as unknown as string, makeScope())).toStrictEqual({
      ok: false,
      reason: 'expression must be a string, got 42',
    });
  });

  it('nothing is written to the scope', () => {
    const scope = makeScope();
    const before = JSON.stringify(scope);
    for (const source of [
      'taskInputs.x + 1',
      '-blocks.b1.item',
      'task.variables.x == "x"',
      '!taskInputs.items',
    ])
      expect(evaluateExpression(source, scope).ok).toBe(true);
    expect(JSON.stringify(scope)).toBe(before);
    expect(Object.isFrozen(scope.taskInputs)).toBe(true);
  });
});
