/**
 * What an expression can read: the task's inputs, the outputs of the blocks run so far (by
 * block name) and the task's variables, as the roots `taskInputs`, `blocks` and `task`.
 *
 * @example
 * ```ts
 * import type { ExpressionScope } from './expressions/index.js';
 *
 * const scope: ExpressionScope = {
 *   taskInputs: { from: 'A' },
 *   blocks: { b1: { index: 0, item: 1, size: 5 } },
 *   task: { variables: { retries: 2 } },
 * };
 * ```
 */
export interface ExpressionScope {
  taskInputs: Record<string, unknown>;
  blocks: Record<string, Record<string, unknown>>;
  task: { variables: Record<string, unknown> };
}
