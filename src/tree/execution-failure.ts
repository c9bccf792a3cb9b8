import type { ExecutionNode } from '../types.js';

/**
 * A failed block, where it sits and why it failed.
 *
 * @example
 * ```ts
 * import type { ExecutionFailure } from '@vwed/task-record';
 *
 * const describe = ({ path, reason }: ExecutionFailure) =>
 *   `${path.map((node) => node.blockName).join(' > ')}: ${reason ?? 'no reason given'}`;
 * ```
 */
export interface ExecutionFailure {
  readonly node: ExecutionNode;
  /** The blocks from the root down to this one, both included (never a synthetic root). */
  readonly path: readonly ExecutionNode[];
  /** The record's `endedReason`, e.g. `任务终止`. */
  readonly reason: string | null;
}

/**
 * One link of a failure's path. Paths share the links of their common ancestors, so that the
 * failures of a chain 100,000 blocks deep, where each parent fails with its child, cost 100,000
 * links rather than 100,000 paths of up to 100,000 nodes.
 *
 * @example
 * ```ts
 * const rootLink: PathLink = { node: root, parent: undefined, length: 1 };
 * const childLink: PathLink = { node: child, parent: rootLink, length: 2 };
 * ```
 */
export interface PathLink {
  readonly node: ExecutionNode;
  readonly parent: PathLink | undefined;
  /** How many nodes the path ending here has. */
  readonly length: number;
}

/**
 * A failure whose `path` is built from its link when first read, then kept.
 *
 * @example
 * ```ts
 * const failure = new LinkedExecutionFailure({ node, parent: rootLink, length: 2 });
 * failure.path; // [root, node]
 * ```
 */
export class LinkedExecutionFailure implements ExecutionFailure {
  readonly node: ExecutionNode;
  readonly reason: string | null;
  readonly #link: PathLink;
  #path: readonly ExecutionNode[] | undefined;

  constructor(link: PathLink) {
    this.node = link.node;
    this.reason = link.node.executionRecord.endedReason;
    this.#link = link;
  }

  get path(): readonly ExecutionNode[] {
    if (this.#path === undefined) {
      const path = new Array<ExecutionNode>(this.#link.length);
      for (let link: PathLink | undefined = this.#link; link !== undefined; link = link.parent) {
        path[link.length - 1] = link.node;
      }
      // Frozen: every reader of the summary gets this same array.
      this.#path = Object.freeze(path);
    }
    return this.#path;
  }

  /** `path` lives on the prototype: this puts it in `JSON.stringify(summary)` too. */
  toJSON(): ExecutionFailure {
    return { node: this.node, path: this.path, reason: this.reason };
  }
}
