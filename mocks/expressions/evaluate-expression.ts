import { checkExpression } from './check-expression.js';
import { evaluateNode } from './evaluate-node.js';
import { ExpressionFailure } from './expression-failure.js';
import type { ExpressionScope } from './expression-scope.js';
import { parseExpression } from './parse-expression.js';
import { showValue } from './show-value.js';

/**
 * The value of an expression, or why it has none: a short English reason that says what went
 * wrong and where.
 *
 * @example
 * ```ts
 * import type { EvaluationResult } from './expressions/index.js';
 *
 * const result: EvaluationResult = evaluateExpression('taskInputs.from', scope);
 * const message = result.ok ? String(result.value) : `[vwed] ${result.reason}`;
 * ```
 */
export type EvaluationResult = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * Evaluates a block parameter's expression against the task's state, with jsep as the parser
 * and nothing that runs code. The language: number, string, `true`/`false`/`null` literals;
 * the roots `taskInputs`, `blocks` and `task`; `.name` and `[key]` on own properties only
 * (a missing one is `undefined`); array literals; `== != === !== < <= > >=`, `&& || !`,
 * `+ - * / %`, unary `-` and `+`, and `a ? b : c`, all with JavaScript's meaning.
 *
 * Never throws. Refused: calls, `this`, `new`, assignment, sequences, the keys `__proto__`,
 * `constructor` and `prototype`, sources over 2,000 characters and trees deeper than 100 levels.
 *
 * @example
 * ```ts
 * import { evaluateExpression } from './expressions/index.js';
 *
 * const scope = {
 *   taskInputs: { from: 'A' },
 *   blocks: { b1: { index: 2, item: 3, size: 5 } },
 *   task: { variables: { limit: 4 } },
 * };
 * evaluateExpression('blocks.b1.item < task.variables.limit', scope); // { ok: true, value: true }
 * evaluateExpression('blocks.b9.item', scope);
 * // { ok: false, reason: 'cannot read "item" of undefined (blocks.b9)' }
 * ```
 */
export function evaluateExpression(source: string, scope: ExpressionScope): EvaluationResult {
  try {
    if (typeof source !== 'string')
      return { ok: false, reason: `expression must be a string, got ${showValue(source)}` };
    const parsed = parseExpression(source);
    if (!parsed.ok) return parsed;
    const refused = checkExpression(parsed.node);
    if (refused !== undefined) return { ok: false, reason: refused };
    return { ok: true, value: evaluateNode(parsed.node, scope) };
  } catch (error) {
    // Anything but a failure of ours came from the scope's own values (a BigInt in
    // arithmetic, a throwing getter): still a failed evaluation, not a crash of the engine.
    return { ok: false, reason: error instanceof ExpressionFailure ? error.message : unexpected(error) };
  }
}

function unexpected(error: unknown): string {
  try {
    return `evaluation failed: ${error instanceof Error ? error.message : showValue(error)}`;
  } catch {
    return 'evaluation failed';
  }
}
