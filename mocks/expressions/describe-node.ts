import type jsep from 'jsep';

// Long enough for a path such as `blocks.selectAgv.selectedAgvId`, short enough for a log line.
const MAX_SHOWN = 80;

/**
 * A node written back as source, for a reason to say where it went wrong (jsep keeps no
 * positions). Nested operations get parentheses, so the shape is clear whatever the
 * original spacing. Only for trees already known to be shallow: it recurses.
 */
export function describeNode(node: jsep.Expression): string {
  const text = write(node);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

function write(node: jsep.Expression | null): string {
  if (node === null) return '';
  const core = node as jsep.CoreExpression;
  switch (core.type) {
    case 'Literal':
      return typeof core.raw === 'string' ? core.raw : String(core.value);
    case 'Identifier':
      return core.name;
    case 'ThisExpression':
      return 'this';
    case 'MemberExpression':
      return core.computed
        ? `${write(core.object)}${core.optional ? '?.' : ''}[${write(core.property)}]`
        : `${write(core.object)}${core.optional ? '?.' : '.'}${write(core.property)}`;
    case 'CallExpression':
      return `${write(core.callee)}(${core.arguments.map(write).join(', ')})`;
    case 'ArrayExpression':
      return `[${core.elements.map(write).join(', ')}]`;
    case 'UnaryExpression':
      return `${core.operator}${operand(core.argument)}`;
    case 'BinaryExpression':
      return `${operand(core.left)} ${core.operator} ${operand(core.right)}`;
    case 'ConditionalExpression':
      return `${operand(core.test)} ? ${operand(core.consequent)} : ${operand(core.alternate)}`;
    case 'Compound':
      return core.body.map(write).join(', ');
    case 'SequenceExpression':
      return `(${core.expressions.map(write).join(', ')})`;
    default:
      return `<${String((node as { type: unknown }).type)}>`;
  }
}

function operand(node: jsep.Expression): string {
  const text = write(node);
  return node.type === 'BinaryExpression' || node.type === 'ConditionalExpression' ? `(${text})` : text;
}
