import type jsep from 'jsep';
import { describeNode } from './describe-node.js';
import { ExpressionFailure } from './expression-failure.js';
import { isForbiddenKey } from './forbidden-keys.js';
import { showValue } from './show-value.js';

/**
 * The key of `object[key]` as a property name. Only strings and integers: `items[true]` or
 * `items[1.5]` is a mistake that JavaScript would quietly turn into `undefined`.
 */
export function memberKey(value: unknown, node: jsep.MemberExpression): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  throw new ExpressionFailure(
    `property key must be a string or an integer, got ${showValue(value)} (${describeNode(node)})`,
  );
}

/**
 * `object[key]` as the language reads it: a missing property is `undefined`, as in
 * JavaScript, but only own properties count, so nothing inherited (`toString`, `__proto__`,
 * array methods) can be reached; the forbidden keys are refused even when computed at run time.
 */
export function readMember(object: unknown, key: string, node: jsep.MemberExpression): unknown {
  if (isForbiddenKey(key))
    throw new ExpressionFailure(`property "${key}" is not allowed (${describeNode(node)})`);
  if (object === undefined || object === null)
    throw new ExpressionFailure(
      `cannot read ${JSON.stringify(key)} of ${String(object)} (${describeNode(node.object)})`,
    );
  return Object.hasOwn(object, key) ? (object as Record<string, unknown>)[key] : undefined;
}
