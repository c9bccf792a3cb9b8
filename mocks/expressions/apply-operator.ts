import { ExpressionFailure } from './expression-failure.js';

/**
 * The operators of the expression language, with JavaScript's meaning (loose and strict
 * equality, `+` that concatenates strings, truthiness). Bitwise operators, `**` and `??` parse
 * in jsep but are not part of the language.
 */
export const UNARY_OPERATORS: ReadonlySet<string> = new Set(['-', '+', '!']);

// `&&` and `||` are here for the checker; the evaluator short-circuits them itself.
export const BINARY_OPERATORS: ReadonlySet<string> = new Set([
  '==',
  '!=',
  '===',
  '!==',
  '<',
  '<=',
  '>',
  '>=',
  '&&',
  '||',
  '+',
  '-',
  '*',
  '/',
  '%',
]);

/** A unary operator, once the checker has let it through. */
export function applyUnary(operator: string, value: unknown): unknown {
  switch (operator) {
    case '-':
      return -(value as number);
    case '+':
      return +(value as number);
    case '!':
      return !value;
    default:
      throw new ExpressionFailure(`operator "${operator}" is not allowed`);
  }
}

/** A binary operator other than `&&` and `||`, once the checker has let it through. */
export function applyBinary(operator: string, left: unknown, right: unknown): unknown {
  // The casts only quiet the compiler: the operands keep JavaScript's coercions.
  const a = left as number;
  const b = right as number;
  switch (operator) {
    case '==':
      // biome-ignore lint/suspicious/noDoubleEquals: the language has JavaScript's loose equality
      return a == b;
    case '!=':
      // biome-ignore lint/suspicious/noDoubleEquals: the language has JavaScript's loose equality
      return a != b;
    case '===':
      return a === b;
    case '!==':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '+':
      return (left as string) + (right as string);
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '%':
      return a % b;
    default:
      throw new ExpressionFailure(`operator "${operator}" is not allowed`);
  }
}
