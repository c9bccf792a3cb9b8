import type { ExecutionNode } from '../types.js';
import type { PathLink } from './execution-failure.js';

/**
 * The path links of the failures a pre-order walk meets, made only when a failure needs them:
 * failures below the same ancestors share those ancestors' links, so that a chain 100,000
 * blocks deep whose every block failed costs 100,000 links, not 100,000 paths.
 *
 * @example
 * ```ts
 * const paths = new FailurePaths(isFlatResultsRoot(root));
 * walkExecutionTree(root, (node, _parent, depth, _index, ancestors) => {
 *   paths.moveTo(depth);
 *   if (node.executionStatus === 2000) links.push(paths.linkTo(node, depth, ancestors));
 * });
 * ```
 */
export class FailurePaths {
  /** `#links[k]` is the link of the walk's ancestor at depth k, for every k below `#valid`. */
  readonly #links: PathLink[] = [];
  #valid = 0;
  /** The depth of a path's first node: 1 below a synthetic flat-results root, which starts none. */
  readonly #first: number;

  constructor(belowSyntheticRoot: boolean) {
    this.#first = belowSyntheticRoot ? 1 : 0;
  }

  /** The walk reached a node at `depth`: the links from there down were of nodes it has left. */
  moveTo(depth: number): void {
    if (depth < this.#valid) this.#valid = depth;
  }

  /** The link of `node`, at `depth` below `ancestors` (the walk's own, root first). */
  linkTo(node: ExecutionNode, depth: number, ancestors: readonly ExecutionNode[]): PathLink {
    for (let k = Math.max(this.#valid, this.#first); k < depth; k++) {
      this.#links[k] = this.#link(ancestors[k] as ExecutionNode, k);
    }
    const link = this.#link(node, depth);
    this.#links[depth] = link;
    this.#valid = depth + 1;
    return link;
  }

  #link(node: ExecutionNode, depth: number): PathLink {
    const parent = depth > this.#first ? this.#links[depth - 1] : undefined;
    return { node, parent, length: depth - this.#first + 1 };
  }
}
