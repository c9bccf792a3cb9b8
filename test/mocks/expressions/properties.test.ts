/**
 * Properties: nothing makes `evaluateExpression` throw, and random arithmetic, comparison and
 * boolean expressions over small integers, written with only the parentheses JavaScript
 * needs, evaluate to what the same operations compute in TypeScript.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateExpression } from '../../../mocks/expressions/index.js';
import { HEAVY_TIMEOUT_MS } from '../../timeouts.js';
import { makeScope } from './scope.js';

// Pieces of the language and of attacks on it, so that random strings often come close to
// something that parses.
const tokens = [
  'taskInputs',
  'blocks',
  'task',
  'variables',
  'items',
  'b1',
  'x',
  '__proto__',
  'constructor',
  '.',
  '[',
  ']',
  '(',
  ')',
  '"',
  "'",
  '\\',
  ',',
  ';',
  '?',
  ':',
  '?.',
  '+',
  '-',
  '*',
  '/',
  '%',
  '!',
  '=',
  '==',
  '===',
  '<',
  '>=',
  '&&',
  '||',
  '0',
  '1',
  '1.5',
  'e',
  'true',
  'null',
  'new',
  'this',
  ' ',
];

describe('evaluateExpression never throws', { timeout: HEAVY_TIMEOUT_MS }, () => {
  it.each([
    ['any string', fc.string({ maxLength: 200 })],
    ['any code points', fc.string({ unit: 'binary', maxLength: 200 })],
    ['strings of language pieces', fc.string({ unit: fc.constantFrom(...tokens), maxLength: 60 })],
  ])('on %s', (_name, source) => {
    fc.assert(
      fc.property(source, (text) => {
        const result = evaluateExpression(text, makeScope());
        if (result.ok) return;
        expect(result.reason).toMatch(/^[\x20-\x7e]/);
      }),
      { numRuns: 1000 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

type Operation =
  | { kind: 'literal'; value: number }
  | { kind: 'unary'; operator: '-' | '+' | '!'; argument: Operation }
  | { kind: 'binary'; operator: string; left: Operation; right: Operation }
  | { kind: 'conditional'; test: Operation; consequent: Operation; alternate: Operation };

type Operands = (a: number, b: number) => unknown;

// Each operator with JavaScript's precedence (higher binds tighter; all of these associate to
// the left) and the reference that TypeScript computes. Operands are pure literals, so the
// eager `&&` and `||` here give what short-circuiting would.
const binaryOperators: Record<string, [precedence: number, reference: Operands]> = {
  '||': [1, (a, b) => a || b],
  '&&': [2, (a, b) => a && b],
  // biome-ignore lint/suspicious/noDoubleEquals: the reference for the language's loose equality
  '==': [6, (a, b) => a == b],
  // biome-ignore lint/suspicious/noDoubleEquals: the reference for the language's loose equality
  '!=': [6, (a, b) => a != b],
  '===': [6, (a, b) => a === b],
  '!==': [6, (a, b) => a !== b],
  '<': [7, (a, b) => a < b],
  '<=': [7, (a, b) => a <= b],
  '>': [7, (a, b) => a > b],
  '>=': [7, (a, b) => a >= b],
  '+': [9, (a, b) => a + b],
  '-': [9, (a, b) => a - b],
  '*': [10, (a, b) => a * b],
  '/': [10, (a, b) => a / b],
  '%': [10, (a, b) => a % b],
};
const CONDITIONAL = 0;
const UNARY = 14;
const ATOM = 20;

const operationArbitrary = fc.letrec<{ operation: Operation }>((tie) => ({
  operation: fc.oneof(
    { maxDepth: 6, depthIdentifier: 'operation' },
    fc.record({ kind: fc.constant('literal' as const), value: fc.integer({ min: 0, max: 9 }) }),
    fc.record({
      kind: fc.constant('unary' as const),
      operator: fc.constantFrom('-' as const, '+' as const, '!' as const),
      argument: tie('operation'),
    }),
    fc.record({
      kind: fc.constant('binary' as const),
      operator: fc.constantFrom(...Object.keys(binaryOperators)),
      left: tie('operation'),
      right: tie('operation'),
    }),
    fc.record({
      kind: fc.constant('conditional' as const),
      test: tie('operation'),
      consequent: tie('operation'),
      alternate: tie('operation'),
    }),
  ),
})).operation;

function precedenceOf(operation: Operation): number {
  switch (operation.kind) {
    case 'literal':
      return ATOM;
    case 'unary':
      return UNARY;
    case 'binary':
      return binaryOf(operation.operator)[0];
    case 'conditional':
      return CONDITIONAL;
  }
}

/** Source with parentheses only where JavaScript's precedence needs them. */
function write(operation: Operation, minimum = CONDITIONAL): string {
  const text = writeBare(operation);
  return precedenceOf(operation) < minimum ? `(${text})` : text;
}

function writeBare(operation: Operation): string {
  switch (operation.kind) {
    case 'literal':
      return String(operation.value);
    case 'unary':
      // `- -1`, not `--1`, which JavaScript reads as a decrement.
      return `${operation.operator}${operation.argument.kind === 'unary' ? ' ' : ''}${write(operation.argument, UNARY)}`;
    case 'binary': {
      const own = binaryOf(operation.operator)[0];
      return `${write(operation.left, own)} ${operation.operator} ${write(operation.right, own + 1)}`;
    }
    case 'conditional':
      return `${write(operation.test, CONDITIONAL + 1)} ? ${write(operation.consequent)} : ${write(operation.alternate)}`;
  }
}

/** The reference: the same operations, computed by TypeScript. */
function compute(operation: Operation): unknown {
  switch (operation.kind) {
    case 'literal':
      return operation.value;
    case 'unary': {
      const value = compute(operation.argument) as number;
      return operation.operator === '-' ? -value : operation.operator === '+' ? +value : !value;
    }
    case 'conditional':
      return compute(operation.test) ? compute(operation.consequent) : compute(operation.alternate);
    case 'binary':
      return binaryOf(operation.operator)[1](
        compute(operation.left) as number,
        compute(operation.right) as number,
      );
  }
}

function binaryOf(operator: string): [precedence: number, reference: Operands] {
  const entry = binaryOperators[operator];
  if (entry === undefined) throw new Error(`no such operator in the test: ${operator}`);
  return entry;
}

describe('evaluateExpression computes as TypeScript does', () => {
  it('the writer puts parentheses only where they are needed', () => {
    const sum: Operation = {
      kind: 'binary',
      operator: '+',
      left: { kind: 'literal', value: 1 },
      right: { kind: 'literal', value: 2 },
    };
    expect(write({ kind: 'binary', operator: '*', left: sum, right: sum })).toBe('(1 + 2) * (1 + 2)');
    expect(write({ kind: 'binary', operator: '-', left: sum, right: sum })).toBe('1 + 2 - (1 + 2)');
    expect(
      write({ kind: 'unary', operator: '-', argument: { kind: 'unary', operator: '-', argument: sum } }),
    ).toBe('- -(1 + 2)');
  });

  it('for random expressions over small integers', { timeout: HEAVY_TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(operationArbitrary, (operation) => {
        const source = write(operation);
        expect(evaluateExpression(source, makeScope())).toStrictEqual({
          ok: true,
          value: compute(operation),
        });
      }),
      { numRuns: 2000 },
    );
  });
});
