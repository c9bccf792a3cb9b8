import type { ExecutionNode } from '../types.js';
import { argumentError } from './assert-argument.js';
import type { ExecutionNodePredicate } from './find-execution-node.js';
import { isFlatResultsRoot } from './flat-results-root.js';
import { walkBlocks } from './walk-blocks.js';

const fn = 'getExecutionPath';

/**
 * The blocks from the root down to the first block (pre-order) that matches, both included, or
 * `undefined` when none does: a breadcrumb. Give a predicate, or a block name (block names
 * identify blocks in the block records). A synthetic flat-results root is not part of the path.
 *
 * @example
 * ```ts
 * import { getExecutionPath } from '@vwed/task-record';
 *
 * getExecutionPath(root, 'b6')?.map((node) => node.blockName).join(' > ');
 * // '-1 > b5 > b6'
 * ```
 */
export function getExecutionPath(
  root: ExecutionNode,
  predicateOrBlockName: ExecutionNodePredicate | string,
): ExecutionNode[] | undefined {
  let predicate: ExecutionNodePredicate;
  if (typeof predicateOrBlockName === 'string') {
    predicate = (node) => node.blockName === predicateOrBlockName;
  } else if (typeof predicateOrBlockName === 'function') {
    predicate = predicateOrBlockName;
  } else {
    throw argumentError(
      fn,
      'predicateOrBlockName',
      'a function or a block name (string)',
      predicateOrBlockName,
    );
  }
  let path: ExecutionNode[] | undefined;
  walkBlocks(fn, root, (node, parent, depth, index, ancestors) => {
    if (!predicate(node, parent, depth, index, ancestors)) return undefined;
    path = ancestors.slice(isFlatResultsRoot(root) ? 1 : 0);
    path.push(node);
    return 'stop';
  });
  return path;
}
