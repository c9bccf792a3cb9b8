/**
 * The expression language of block input parameters, for the simulated task engine: jsep
 * parses, a small evaluator reads the tree, and nothing runs code. Runs anywhere.
 *
 * Left out on purpose: the parser, checker and evaluator steps, the operator tables and the
 * limits, which are how `evaluateExpression` works, not a promise to the engine.
 */

export type { EvaluationResult } from './evaluate-expression.js';
export { evaluateExpression } from './evaluate-expression.js';
export type { ExpressionScope } from './expression-scope.js';
export type { InputParam, ResolvedParams } from './resolve-input-params.js';
export { resolveInputParams } from './resolve-input-params.js';
