import type jsep from 'jsep';
import { applyBinary, applyUnary } from './apply-operator.js';
import { describeNode } from './describe-node.js';
import { ExpressionFailure } from './expression-failure.js';
import type { ExpressionScope } from './expression-scope.js';
import { memberKey, readMember } from './read-member.js';

/**
 * The value of a tree that `checkExpression` accepted. Recursive, which is safe because the
 * check bounds the depth; a failure throws `ExpressionFailure`.
 */
export function evaluateNode(node: jsep.Expression, scope: ExpressionScope): unknown {
  const core = node as jsep.CoreExpression;
  switch (core.type) {
    case 'Literal':
      return core.value;
    case 'Identifier':
      return readRoot(core.name, scope);
    case 'MemberExpression': {
      const object = evaluateNode(core.object, scope);
      const key = core.computed
        ? memberKey(evaluateNode(core.property, scope), core)
        : (core.property as jsep.Identifier).name;
      return readMember(object, key, core);
    }
    case 'ArrayExpression':
      return core.elements.map((element) => evaluateNode(element as jsep.Expression, scope));
    case 'UnaryExpression':
      return applyUnary(core.operator, evaluateNode(core.argument, scope));
    case 'BinaryExpression': {
      const left = evaluateNode(core.left, scope);
      // Short-circuit as JavaScript does: the right side may read what the left side guards.
      if (core.operator === '&&') return left ? evaluateNode(core.right, scope) : left;
      if (core.operator === '||') return left ? left : evaluateNode(core.right, scope);
      return applyBinary(core.operator, left, evaluateNode(core.right, scope));
    }
    case 'ConditionalExpression':
      return evaluateNode(core.test, scope)
        ? evaluateNode(core.consequent, scope)
        : evaluateNode(core.alternate, scope);
    default:
      throw new ExpressionFailure(`unsupported syntax (${describeNode(node)})`);
  }
}

function readRoot(name: string, scope: ExpressionScope): unknown {
  switch (name) {
    case 'taskInputs':
      return scope.taskInputs;
    case 'blocks':
      return scope.blocks;
    case 'task':
      return scope.task;
    default:
      throw new ExpressionFailure(`unknown name "${name}"`);
  }
}
