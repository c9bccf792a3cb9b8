import type { ExecutionNode } from '../types.js';

/**
 * The `blockType` of the synthetic root that {@link normalizeExecutionResults} puts above the
 * nodes of a flat result (ruling R9). Real block types end in `Bp`; this one cannot collide.
 *
 * @example
 * ```ts
 * import { FLAT_RESULTS_ROOT_TYPE } from '@vwed/task-record';
 *
 * const isContainer = (node: ExecutionNode) => node.blockType === FLAT_RESULTS_ROOT_TYPE;
 * ```
 */
export const FLAT_RESULTS_ROOT_TYPE = 'vwed:FlatResultsRoot';

/**
 * Whether a node is the synthetic root of a flat result rather than a block of the task. The
 * walk visits it; flatten, find, paths, the summary and the rendering leave it out.
 *
 * @example
 * ```ts
 * import { isFlatResultsRoot, normalizeExecutionResults } from '@vwed/task-record';
 *
 * const { root } = normalizeExecutionResults(data);
 * const blocks = isFlatResultsRoot(root) ? root.children : [root];
 * ```
 */
export function isFlatResultsRoot(node: ExecutionNode): boolean {
  return node.blockType === FLAT_RESULTS_ROOT_TYPE;
}
