import type { ExecutionNode } from '../types.js';
import { walkBlocks } from './walk-blocks.js';

/**
 * Every block of an execution tree in one array, in pre-order (a block before its children,
 * children in their order), as a table or a search index wants them. A synthetic flat-results
 * root is left out, so flattening a normalized flat result gives the server's array back.
 *
 * @example
 * ```ts
 * import { flattenExecutionTree } from '@vwed/task-record';
 *
 * const names = flattenExecutionTree(root).map((node) => node.blockName);
 * // ['-1', 'b5', 'b6']
 * ```
 */
export function flattenExecutionTree(root: ExecutionNode): ExecutionNode[] {
  const nodes: ExecutionNode[] = [];
  walkBlocks('flattenExecutionTree', root, (node) => {
    nodes.push(node);
  });
  return nodes;
}
