import type { ExecutionNode } from '../types.js';
import { argumentError, assertExecutionNode, assertFunction, readOptions } from './assert-argument.js';

/**
 * What a visitor may answer: `'skip'` the node's subtree (pre-order only) or `'stop'` the walk.
 *
 * @example
 * ```ts
 * import type { ExecutionTreeWalkAction } from '@vwed/task-record';
 *
 * const pruneNotRun = (node: ExecutionNode): ExecutionTreeWalkAction | undefined =>
 *   node.executionStatus === 1006 ? 'skip' : undefined;
 * ```
 */
export type ExecutionTreeWalkAction = 'skip' | 'stop';

/**
 * The order of a walk: a parent before its children (`'pre'`) or after them (`'post'`).
 *
 * @example
 * ```ts
 * import type { ExecutionTreeOrder } from '@vwed/task-record';
 *
 * const childrenFirst: ExecutionTreeOrder = 'post';
 * ```
 */
export type ExecutionTreeOrder = 'pre' | 'post';

/**
 * Called once per node. `ancestors` runs from the root to `parent` (so its length is `depth`);
 * it is the walk's own stack, read-only and valid only during the call: copy it
 * (`[...ancestors]`) to keep it. `index` is the node's position among its siblings (0 for the root).
 *
 * @example
 * ```ts
 * import type { ExecutionTreeVisitor } from '@vwed/task-record';
 *
 * const printIndented: ExecutionTreeVisitor = (node, _parent, depth) => {
 *   console.log(`${'  '.repeat(depth)}${node.blockName}`);
 * };
 * ```
 */
export type ExecutionTreeVisitor = (
  node: ExecutionNode,
  parent: ExecutionNode | undefined,
  depth: number,
  index: number,
  ancestors: readonly ExecutionNode[],
  // biome-ignore lint/suspicious/noConfusingVoidType: a visitor with a block body and no return must type-check.
) => ExecutionTreeWalkAction | undefined | void;

/**
 * Options of {@link walkExecutionTree}.
 *
 * @example
 * ```ts
 * import { type WalkExecutionTreeOptions, walkExecutionTree } from '@vwed/task-record';
 *
 * const postOrder: WalkExecutionTreeOptions = { order: 'post' };
 * walkExecutionTree(root, (node) => console.log(node.blockName), postOrder);
 * ```
 */
export interface WalkExecutionTreeOptions {
  /** `'pre'` (default): a node before its children; `'post'`: after them. */
  readonly order?: ExecutionTreeOrder;
}

const fn = 'walkExecutionTree';

/**
 * Visits every node of an execution tree, depth first, children in their order, without
 * recursion (a chain 100,000 levels deep is fine) and without allocating per node.
 *
 * The visitor can answer `'skip'` to leave out the node's children (pre-order; in post-order
 * they were visited already and `'skip'` does nothing) or `'stop'` to end the walk. Any other
 * answer goes on. The tree is never changed.
 *
 * A synthetic root from {@link normalizeExecutionResults} is visited like any node: the walk
 * is the structural primitive (the other functions of the toolkit leave that root out).
 *
 * @example
 * ```ts
 * import { walkExecutionTree } from '@vwed/task-record';
 *
 * walkExecutionTree(root, (node, _parent, depth) => {
 *   console.log(`${'  '.repeat(depth)}${node.blockName}`);
 *   if (node.executionStatus === 1006) return 'skip'; // nothing ran below a block that did not
 * });
 * ```
 */
export function walkExecutionTree(
  root: ExecutionNode,
  visitor: ExecutionTreeVisitor,
  options?: WalkExecutionTreeOptions,
): void {
  assertExecutionNode(fn, 'root', root);
  assertFunction(fn, 'visitor', visitor);
  const { order = 'pre' } = readOptions(fn, options);
  if (order !== 'pre' && order !== 'post') throw argumentError(fn, 'options.order', "'pre' or 'post'", order);
  walk(root, visitor, order === 'post');
}

// One frame per ancestor that has children: `ancestors` (what the visitor sees) and `cursors`
// (the next child of each). Leaves, most of a tree, never get one, and nothing is allocated per
// node. Pre-order visits a node when its parent's frame reaches it; post-order visits a leaf
// there too, and a node with children when its own frame leaves the stack.
function walk(root: ExecutionNode, visitor: ExecutionTreeVisitor, post: boolean): void {
  if (!post) {
    const first = visitor(root, undefined, 0, 0, []);
    if (first === 'stop' || first === 'skip') return;
  }
  const ancestors: ExecutionNode[] = [root];
  const cursors: number[] = [0];
  let depth = 1;
  while (depth > 0) {
    const parent = ancestors[depth - 1] as ExecutionNode;
    const children = parent.children;
    const count = children.length;
    let index = cursors[depth - 1] as number;
    let descended = false;
    while (index < count) {
      const child = children[index] as ExecutionNode;
      const hasChildren = child.children.length > 0;
      const action = post && hasChildren ? undefined : visitor(child, parent, depth, index, ancestors);
      index++;
      if (action === 'stop') return;
      if (hasChildren && action !== 'skip') {
        cursors[depth - 1] = index;
        ancestors.push(child);
        cursors.push(0);
        depth++;
        descended = true;
        break;
      }
    }
    if (!descended) {
      ancestors.pop();
      cursors.pop();
      depth--;
      if (post) {
        const grandparent = depth > 0 ? ancestors[depth - 1] : undefined;
        const position = depth > 0 ? (cursors[depth - 1] as number) - 1 : 0;
        if (visitor(parent, grandparent, depth, position, ancestors) === 'stop') return;
      }
    }
  }
}
