import type { ExecutionNode } from '../types.js';
import { assertFunction } from './assert-argument.js';
import type { ExecutionNodePredicate } from './find-execution-node.js';
import { walkBlocks } from './walk-blocks.js';

/**
 * Every block, in pre-order, for which `predicate` is true. A synthetic flat-results root is
 * never tested.
 *
 * @example
 * ```ts
 * import { findExecutionNodes } from '@vwed/task-record';
 *
 * const notReached = findExecutionNodes(root, (node) => node.executionStatus === 1006);
 * ```
 */
export function findExecutionNodes(root: ExecutionNode, predicate: ExecutionNodePredicate): ExecutionNode[] {
  assertFunction('findExecutionNodes', 'predicate', predicate);
  const found: ExecutionNode[] = [];
  walkBlocks('findExecutionNodes', root, (node, parent, depth, index, ancestors) => {
    if (predicate(node, parent, depth, index, ancestors)) found.push(node);
  });
  return found;
}
