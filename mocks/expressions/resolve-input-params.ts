import { evaluateExpression } from './evaluate-expression.js';
import type { ExpressionScope } from './expression-scope.js';
import { isForbiddenKey } from './forbidden-keys.js';
import { showValue } from './show-value.js';

/**
 * One block input parameter as a task definition stores it: `Simple` holds a literal,
 * `Expression` holds source for `evaluateExpression`.
 *
 * @example
 * ```ts
 * import type { InputParam } from './expressions/index.js';
 *
 * const list: InputParam = { type: 'Simple', value: '[1,2,3,4,5]' };
 * const message: InputParam = { type: 'Expression', value: 'blocks.b1.item', required: true };
 * ```
 */
export interface InputParam {
  type: string;
  value: unknown;
  required?: boolean;
}

/**
 * Every parameter's value by name, in the order of the definition, or the first parameter
 * that has none and why.
 *
 * @example
 * ```ts
 * import type { ResolvedParams } from './expressions/index.js';
 *
 * const resolved: ResolvedParams = resolveInputParams(block.inputParams, scope);
 * if (!resolved.ok) fail(`参数 ${resolved.param}: ${resolved.reason}`);
 * ```
 */
export type ResolvedParams =
  | { ok: true; values: Record<string, unknown> }
  | { ok: false; param: string; reason: string };

/**
 * Resolves a block's input parameters before it runs. `Simple` (and any type this mock does
 * not know, so that new kinds cannot break it) is taken as stored: the list `"[1,2,3]"` stays
 * a string for the block to parse, as the engine does. `Expression` is evaluated against the
 * scope. A `required` parameter must end up other than `undefined`, `null` and `''`. The names
 * `__proto__`, `constructor` and `prototype` are skipped. A malformed parameter fails
 * with a reason rather than throwing.
 *
 * @example
 * ```ts
 * import { resolveInputParams } from './expressions/index.js';
 *
 * const scope = { taskInputs: {}, blocks: { b1: { index: 0, item: 1, size: 5 } }, task: { variables: {} } };
 * resolveInputParams(
 *   {
 *     list: { type: 'Simple', value: '[1,2,3,4,5]' },
 *     message: { type: 'Expression', value: 'blocks.b1.item', required: true },
 *   },
 *   scope,
 * ); // { ok: true, values: { list: '[1,2,3,4,5]', message: 1 } }
 * ```
 */
export function resolveInputParams(
  params: Record<string, InputParam>,
  scope: ExpressionScope,
): ResolvedParams {
  // A plain object, so that the values serialize and compare as usual; the keys that could
  // reach its prototype never get in.
  const values: Record<string, unknown> = {};
  for (const [param, input] of Object.entries(params)) {
    if (isForbiddenKey(param)) continue;
    const resolved = resolveParam(param, input, scope);
    if (!resolved.ok) return { ok: false, param, reason: resolved.reason };
    values[param] = resolved.value;
  }
  return { ok: true, values };
}

type ResolvedParam = { ok: true; value: unknown } | { ok: false; reason: string };

function resolveParam(param: string, input: unknown, scope: ExpressionScope): ResolvedParam {
  // Definitions come from users of the mock: a malformed one must fail, not crash the engine.
  if (typeof input !== 'object' || input === null)
    return { ok: false, reason: `parameter "${param}" must be an object, got ${showValue(input)}` };
  const { type, value, required } = input as Partial<InputParam>;
  let resolved: ResolvedParam = { ok: true, value };
  if (type === 'Expression')
    resolved =
      typeof value === 'string'
        ? evaluateExpression(value, scope)
        : { ok: false, reason: `expression of "${param}" must be a string, got ${showValue(value)}` };
  if (
    resolved.ok &&
    required === true &&
    (resolved.value === undefined || resolved.value === null || resolved.value === '')
  )
    return { ok: false, reason: `required parameter "${param}" has no value` };
  return resolved;
}
