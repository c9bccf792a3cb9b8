import type jsep from 'jsep';
import { BINARY_OPERATORS, UNARY_OPERATORS } from './apply-operator.js';
import { describeNode } from './describe-node.js';
import { MAX_EXPRESSION_DEPTH } from './expression-limits.js';
import { isForbiddenKey } from './forbidden-keys.js';

/** The names an expression starts from; anything else is a mistake in the definition. */
const ROOT_NAMES: ReadonlySet<string> = new Set(['taskInputs', 'blocks', 'task']);

/**
 * Why a parsed tree is outside the language, or `undefined` when it is inside. Checked before
 * anything runs, so that a refused construct is refused even in a branch that `&&`, `||` or
 * `?:` would skip, and so that the recursive evaluator only ever sees a shallow tree.
 */
export function checkExpression(root: jsep.Expression): string | undefined {
  if (depthOf(root) > MAX_EXPRESSION_DEPTH)
    return `expression nests deeper than ${MAX_EXPRESSION_DEPTH} levels`;
  return checkNode(root);
}

// Iterative, and generic over node types, so that even a plugin's node cannot make it recurse.
function depthOf(root: jsep.Expression): number {
  let deepest = 0;
  const stack: [jsep.Expression, number][] = [[root, 1]];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [node, depth] = entry;
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_EXPRESSION_DEPTH) break;
    for (const value of Object.values(node))
      for (const child of Array.isArray(value) ? value : [value])
        if (isNode(child)) stack.push([child, depth + 1]);
  }
  return deepest;
}

function isNode(value: unknown): value is jsep.Expression {
  return (
    typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
  );
}

function checkNode(node: jsep.Expression): string | undefined {
  const core = node as jsep.CoreExpression;
  switch (core.type) {
    case 'Literal':
      return ['string', 'number', 'boolean'].includes(typeof core.value) || core.value === null
        ? undefined
        : `unsupported literal ${describeNode(node)}`;
    case 'Identifier':
      if (ROOT_NAMES.has(core.name)) return undefined;
      return core.name === 'new'
        ? '"new" is not allowed'
        : `unknown name "${core.name}" (an expression starts from taskInputs, blocks or task)`;
    case 'MemberExpression':
      return checkMember(core);
    case 'ArrayExpression':
      if (core.elements.includes(null)) return `empty array elements are not allowed (${describeNode(node)})`;
      return checkAll(core.elements as jsep.Expression[]);
    case 'UnaryExpression':
      if (!UNARY_OPERATORS.has(core.operator))
        return `operator "${core.operator}" is not allowed (${describeNode(node)})`;
      return checkNode(core.argument);
    case 'BinaryExpression':
      if (!BINARY_OPERATORS.has(core.operator))
        return `operator "${core.operator}" is not allowed (${describeNode(node)})`;
      return checkAll([core.left, core.right]);
    case 'ConditionalExpression':
      return checkAll([core.test, core.consequent, core.alternate]);
    case 'CallExpression':
      return `function calls are not allowed (${describeNode(node)})`;
    case 'ThisExpression':
      return '"this" is not allowed';
    case 'Compound':
    case 'SequenceExpression': {
      const parts = core.type === 'Compound' ? core.body : core.expressions;
      if (parts.length === 0) return 'expression is empty';
      // A part's own fault says more: `new Foo()` parses as the two parts `new` and `Foo()`.
      return checkAll(parts) ?? `sequences are not allowed: found ${parts.length} expressions`;
    }
    default:
      return `unsupported syntax (${describeNode(node)})`;
  }
}

function checkMember(node: jsep.MemberExpression): string | undefined {
  // In source order, so that the reason names the first fault a reader meets.
  const inObject = checkNode(node.object);
  if (inObject !== undefined) return inObject;
  if (node.optional) return `optional chaining "?." is not supported (${describeNode(node)})`;
  const property = node.property as jsep.CoreExpression;
  // A literal key is known now: refuse it here, even where evaluation would never reach it.
  const key = node.computed
    ? property.type === 'Literal' && typeof property.value === 'string'
      ? property.value
      : undefined
    : property.type === 'Identifier'
      ? property.name
      : undefined;
  if (key !== undefined && isForbiddenKey(key))
    return `property "${key}" is not allowed (${describeNode(node)})`;
  return node.computed ? checkNode(node.property) : undefined;
}

function checkAll(nodes: readonly jsep.Expression[]): string | undefined {
  for (const node of nodes) {
    const reason = checkNode(node);
    if (reason !== undefined) return reason;
  }
  return undefined;
}
