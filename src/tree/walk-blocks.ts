import type { ExecutionNode } from '../types.js';
import { assertExecutionNode } from './assert-argument.js';
import { isFlatResultsRoot } from './flat-results-root.js';
import { type ExecutionTreeVisitor, walkExecutionTree } from './walk-execution-tree.js';

/**
 * The pre-order walk the reporting functions share: every node but a synthetic flat-results
 * root, which is a container and not a block. `fn` names the public function in argument errors.
 *
 * @example
 * ```ts
 * walkBlocks('flattenExecutionTree', root, (node) => void nodes.push(node));
 * ```
 */
export function walkBlocks(fn: string, root: ExecutionNode, visitor: ExecutionTreeVisitor): void {
  assertExecutionNode(fn, 'root', root);
  if (!isFlatResultsRoot(root)) {
    walkExecutionTree(root, visitor);
    return;
  }
  walkExecutionTree(root, (node, parent, depth, index, ancestors) =>
    node === root ? undefined : visitor(node, parent, depth, index, ancestors),
  );
}
