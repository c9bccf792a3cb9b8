import type { ExecutionNode } from '../types.js';

/**
 * Names what a function received, for the `[vwed]` messages: `null`, `an array`,
 * `a string ("x")`, `a number (3)`, `an object`.
 *
 * @example
 * ```ts
 * describeValue([1]); // 'an array'
 * ```
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'string':
      return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
    case 'number':
    case 'bigint':
    case 'boolean':
      return `a ${typeof value} (${String(value)})`;
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    default:
      return 'an object';
  }
}

/**
 * The `TypeError` every function of the tree toolkit throws for a bad argument.
 *
 * @example
 * ```ts
 * throw argumentError('walkExecutionTree', 'visitor', 'a function', 42);
 * // TypeError: [vwed] walkExecutionTree: visitor must be a function, got a number (42)
 * ```
 */
export function argumentError(
  fn: string,
  argument: string,
  expected: string,
  received: unknown,
  described = describeValue(received),
): TypeError {
  return new TypeError(`[vwed] ${fn}: ${argument} must be ${expected}, got ${described}`);
}

/**
 * Names what came where a node was expected; an object is most likely a node without its
 * `children`, so the message says so.
 *
 * @example
 * ```ts
 * describeNodeCandidate({ blockName: 'b1' }); // 'an object without a children array'
 * ```
 */
export function describeNodeCandidate(value: unknown): string {
  const described = describeValue(value);
  return described === 'an object' ? 'an object without a children array' : described;
}

/**
 * Whether `value` looks like an execution node: an object with a `children` array. Only a root
 * is checked: the rest of the tree is trusted to follow the generated type, which keeps the
 * walk at the speed of a bare loop.
 *
 * @example
 * ```ts
 * isExecutionNodeLike({ children: [] }); // true
 * ```
 */
export function isExecutionNodeLike(value: unknown): value is ExecutionNode {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Array.isArray((value as { children?: unknown }).children)
  );
}

/**
 * Checks that `value` looks like an execution node (see {@link isExecutionNodeLike}).
 *
 * @example
 * ```ts
 * assertExecutionNode('flattenExecutionTree', 'root', data);
 * ```
 */
export function assertExecutionNode(
  fn: string,
  argument: string,
  value: unknown,
): asserts value is ExecutionNode {
  if (!isExecutionNodeLike(value)) {
    const expected = 'an execution node (an object with a children array)';
    throw argumentError(fn, argument, expected, value, describeNodeCandidate(value));
  }
}

/**
 * Checks that `value` is a function.
 *
 * @example
 * ```ts
 * assertFunction('findExecutionNode', 'predicate', predicate);
 * ```
 */
export function assertFunction(
  fn: string,
  argument: string,
  value: unknown,
): asserts value is (...args: never[]) => unknown {
  if (typeof value !== 'function') throw argumentError(fn, argument, 'a function', value);
}

/**
 * Checks that an options argument is absent or a plain object, and gives an object to read.
 *
 * @example
 * ```ts
 * const { order = 'pre' } = readOptions('walkExecutionTree', options);
 * ```
 */
export function readOptions<Options extends object>(
  fn: string,
  value: Options | undefined,
): Partial<Options> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw argumentError(fn, 'options', 'an object or undefined', value);
  }
  return value;
}
