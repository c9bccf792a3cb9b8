import type { ExecutionNode, ExecutionResults } from '../types.js';
import {
  argumentError,
  assertExecutionNode,
  describeNodeCandidate,
  isExecutionNodeLike,
} from './assert-argument.js';
import { FLAT_RESULTS_ROOT_TYPE } from './flat-results-root.js';

/**
 * The execution results in one shape: a root node, whichever shape the server sent.
 *
 * @example
 * ```ts
 * import type { NormalizedExecutionResults } from '@vwed/task-record';
 *
 * const banner = ({ mode }: NormalizedExecutionResults) =>
 *   mode === 'flat' ? 'The task definition could not be read: blocks in start order.' : '';
 * ```
 */
export interface NormalizedExecutionResults {
  /** `'nested'`: the server sent the definition's tree; `'flat'`: an array of nodes (ruling R9). */
  readonly mode: 'nested' | 'flat';
  /** The tree's root; in flat mode a synthetic root whose children are the flat nodes. */
  readonly root: ExecutionNode;
}

const fn = 'normalizeExecutionResults';

/**
 * Gives both shapes of `getExecutionResults` (the nested tree, or in flat mode an array of nodes,
 * ruling R9) one shape: `{ mode, root }`, so that the rest of the toolkit only sees trees.
 *
 * In flat mode the root is a new, synthetic node (`blockType` {@link FLAT_RESULTS_ROOT_TYPE},
 * `level` -1, no record) whose children are the flat nodes in their order; the other functions
 * of the toolkit leave it out of what they report. In nested mode the root is `data` itself.
 * The input is never changed.
 *
 * @example
 * ```ts
 * import { normalizeExecutionResults, summarizeExecutionTree } from '@vwed/task-record';
 *
 * const { mode, root } = normalizeExecutionResults(body.data);
 * if (mode === 'flat') console.warn('the task definition could not be read: blocks in start order');
 * const { progress } = summarizeExecutionTree(root);
 * ```
 */
export function normalizeExecutionResults(data: ExecutionResults): NormalizedExecutionResults {
  if (!Array.isArray(data)) {
    if (!isExecutionNodeLike(data)) {
      const expected = 'an execution node or, in flat mode, an array of them';
      throw argumentError(fn, 'data', expected, data, describeNodeCandidate(data));
    }
    return { mode: 'nested', root: data };
  }
  data.forEach((node: unknown, index) => {
    assertExecutionNode(fn, `data[${index}]`, node);
  });
  return { mode: 'flat', root: flatResultsRoot(data) };
}

function flatResultsRoot(nodes: readonly ExecutionNode[]): ExecutionNode {
  return {
    blockId: '',
    blockName: '',
    blockType: FLAT_RESULTS_ROOT_TYPE,
    blockTypeName: '平铺结果',
    level: -1,
    inputParams: {},
    executionStatus: 1006,
    executionRecord: {
      recordId: null,
      status: 1006,
      startedOn: null,
      endedOn: null,
      endedReason: null,
      inputParamsValue: null,
      outputParamsValue: null,
      remark: null,
    },
    logs: [],
    // A copy: the caller's array must not change when someone edits the tree they got back.
    children: nodes.slice(),
  };
}
