import type { ExecutionNode } from '../types.js';
import { assertFunction } from './assert-argument.js';
import { walkBlocks } from './walk-blocks.js';

/**
 * A test on a node, given what a walk visitor gets: the node, its parent, depth, index among
 * its siblings and its ancestors (root to parent, valid only during the call).
 *
 * @example
 * ```ts
 * import type { ExecutionNodePredicate } from '@vwed/task-record';
 *
 * const failedLeaf: ExecutionNodePredicate = (node) =>
 *   node.executionStatus === 2000 && node.children.length === 0;
 * ```
 */
export type ExecutionNodePredicate = (
  node: ExecutionNode,
  parent: ExecutionNode | undefined,
  depth: number,
  index: number,
  ancestors: readonly ExecutionNode[],
) => boolean;

/**
 * The first block, in pre-order, for which `predicate` is true, or `undefined`. The walk stops
 * at the match. A synthetic flat-results root is never tested.
 *
 * @example
 * ```ts
 * import { findExecutionNode } from '@vwed/task-record';
 *
 * const agvBlock = findExecutionNode(root, (node) => node.blockType === 'CSelectAgvBp');
 * ```
 */
export function findExecutionNode(
  root: ExecutionNode,
  predicate: ExecutionNodePredicate,
): ExecutionNode | undefined {
  assertFunction('findExecutionNode', 'predicate', predicate);
  let found: ExecutionNode | undefined;
  walkBlocks('findExecutionNode', root, (node, parent, depth, index, ancestors) => {
    if (!predicate(node, parent, depth, index, ancestors)) return undefined;
    found = node;
    return 'stop';
  });
  return found;
}
