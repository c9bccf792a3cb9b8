import type { ExecutionNode } from '../types.js';
import { assertExecutionNode, readOptions } from './assert-argument.js';
import { type ExecutionFailure, LinkedExecutionFailure, type PathLink } from './execution-failure.js';
import { isFlatResultsRoot } from './flat-results-root.js';
import { parseTimestamp, readNowOption } from './parse-timestamp.js';
import { NO_END, NO_START, resolveTimeSpan } from './time-span.js';

/**
 * How many blocks have each execution status (ruling R2, node vocabulary).
 *
 * @example
 * ```ts
 * import type { ExecutionStatusCounts } from '@vwed/task-record';
 *
 * const settled = (counts: ExecutionStatusCounts) => counts.success + counts.failed + counts.cancelled;
 * ```
 */
export interface ExecutionStatusCounts {
  /** 1000 */
  readonly success: number;
  /** 1001 */
  readonly running: number;
  /** 1006: in the definition, no record yet. */
  readonly notExecuted: number;
  /** 2000 */
  readonly failed: number;
  /** 2001 */
  readonly cancelled: number;
  /** Any code this version does not know (a newer server's). */
  readonly other: number;
}

/**
 * What {@link summarizeExecutionTree} tells about a run.
 *
 * @example
 * ```ts
 * import type { ExecutionTreeSummary } from '@vwed/task-record';
 *
 * const headline = (summary: ExecutionTreeSummary) =>
 *   `${summary.executed}/${summary.total} blocks run, ${summary.counts.failed} failed`;
 * ```
 */
export interface ExecutionTreeSummary {
  /** The number of blocks (a synthetic flat-results root is not one). */
  readonly total: number;
  /** Blocks by execution status; the counts add up to `total`. */
  readonly counts: ExecutionStatusCounts;
  /** Blocks whose status is not 1006 (`total - notExecuted`). */
  readonly executed: number;
  /** Blocks with status 1006. */
  readonly notExecuted: number;
  /**
   * Settled blocks (success, failed, cancelled) over all blocks, 0 to 1 (0 for no blocks). The
   * blocks of a branch not taken stay 1006, so a finished run can end below 1: use the task's
   * status to know whether it is over.
   */
  readonly progress: number;
  /** Blocks with status 1001, in pre-order. */
  readonly runningNodes: readonly ExecutionNode[];
  /** Blocks with status 2000, in pre-order, with their paths and reasons. */
  readonly failures: readonly ExecutionFailure[];
  /**
   * The failure that happened first: the earliest `endedOn`; on a tie, a block before its
   * ancestors (a parent fails because its child did), otherwise the earlier in pre-order.
   */
  readonly firstFailure: ExecutionFailure | undefined;
  /** The earliest `startedOn` of any block, as the server wrote it; null when none started. */
  readonly startedOn: string | null;
  /** The latest `endedOn` of any block, as the server wrote it; null when none ended. */
  readonly endedOn: string | null;
  /**
   * Milliseconds (microsecond precision) from `startedOn` to `endedOn`, or to `now` when a
   * block is still running and the `now` option is later; null without a start or an end.
   */
  readonly wallTimeMs: number | null;
}

/**
 * Options of {@link summarizeExecutionTree}.
 *
 * @example
 * ```ts
 * import type { SummarizeExecutionTreeOptions } from '@vwed/task-record';
 *
 * const options: SummarizeExecutionTreeOptions = { now: '2025-09-29T17:33:00.000000' };
 * ```
 */
export interface SummarizeExecutionTreeOptions {
  /**
   * The current time on the server's clock, in the engine's form (`2025-09-29T17:33:00.000000`),
   * to count running blocks up to it. The summary never reads the clock itself.
   */
  readonly now?: string;
}

const fn = 'summarizeExecutionTree';

/**
 * Sums up a run in one pass over its tree: how many blocks, how many of each status, how far
 * along, which blocks run, which failed (with their paths and reasons) and which failed first,
 * and the wall time from the earliest start to the latest end. Pure: the same tree (and `now`)
 * gives the same summary; the tree is never changed. Iterative, so any depth is fine.
 *
 * @example
 * ```ts
 * import { normalizeExecutionResults, summarizeExecutionTree } from '@vwed/task-record';
 *
 * const summary = summarizeExecutionTree(normalizeExecutionResults(body.data).root);
 * console.log(`${Math.round(summary.progress * 100)}%`, summary.counts.failed, 'failed');
 * if (summary.firstFailure) {
 *   const where = summary.firstFailure.path.map((node) => node.blockName).join(' > ');
 *   console.log(`${where}: ${summary.firstFailure.reason}`);
 * }
 * ```
 */
export function summarizeExecutionTree(
  root: ExecutionNode,
  options?: SummarizeExecutionTreeOptions,
): ExecutionTreeSummary {
  assertExecutionNode(fn, 'root', root);
  const nowMicros = readNowOption(fn, readOptions(fn, options).now);
  // A synthetic root is no block: it is not counted and starts no path.
  const pathStart = isFlatResultsRoot(root) ? 1 : 0;
  let success = 0;
  let running = 0;
  let notExecuted = 0;
  let failed = 0;
  let cancelled = 0;
  let other = 0;
  const runningNodes: ExecutionNode[] = [];
  const failures: ExecutionFailure[] = [];
  let firstFailure: ExecutionFailure | undefined;
  let firstFailureEnd = Number.POSITIVE_INFINITY;
  let firstFailureDepth = 0;
  let startedOn = NO_START;
  let endedOn = NO_END;
  let irregular = false;
  let open = false;
  // links[k] is the path link of ancestry[k] for every k < validLinks; made only on a failure.
  const links: PathLink[] = [];
  let validLinks = 0;

  // Given how many links are still valid rather than reading `validLinks`: a variable this
  // closure wrote would live in its context, and the loop reads that one at every node.
  const addFailure = (
    node: ExecutionNode,
    depth: number,
    ancestors: readonly ExecutionNode[],
    valid: number,
  ) => {
    for (let k = Math.max(valid, pathStart); k < depth; k++) {
      const parent = k > pathStart ? links[k - 1] : undefined;
      links[k] = { node: ancestors[k] as ExecutionNode, parent, length: k - pathStart + 1 };
    }
    const parent = depth > pathStart ? links[depth - 1] : undefined;
    const link: PathLink = { node, parent, length: depth - pathStart + 1 };
    links[depth] = link;
    const failure = new LinkedExecutionFailure(link);
    failures.push(failure);
    // Read as time, not text, so that an unreadable end goes last; only failures pay for it.
    const ended = node.executionRecord.endedOn;
    const end = (ended === null ? undefined : parseTimestamp(ended)) ?? Number.POSITIVE_INFINITY;
    // On a tie the later block wins only below the current one: a child's failure fails its parent.
    if (
      firstFailure === undefined ||
      end < firstFailureEnd ||
      (end === firstFailureEnd &&
        firstFailureDepth < depth &&
        ancestors[firstFailureDepth] === firstFailure.node)
    ) {
      firstFailure = failure;
      firstFailureEnd = end;
      firstFailureDepth = depth;
    }
  };

  // A loop of its own rather than walkExecutionTree: no visitor call per node, which is most of
  // a walk's cost, and no ancestor stack to keep exact. `ancestry[k]` is the ancestor at depth k
  // of the node being read, for every k below its depth (entries past it are stale).
  const ancestry: ExecutionNode[] = [];
  const nodes: ExecutionNode[] = pathStart === 1 ? root.children.slice().reverse() : [root];
  const depths: number[] = nodes.map(() => pathStart);
  if (pathStart === 1) ancestry.push(root);
  while (nodes.length > 0) {
    const node = nodes.pop() as ExecutionNode;
    const depth = depths.pop() as number;
    ancestry[depth] = node;
    const children = node.children;
    for (let index = children.length - 1; index >= 0; index--) {
      nodes.push(children[index] as ExecutionNode);
      depths.push(depth + 1);
    }
    if (depth < validLinks) validLinks = depth;
    const record = node.executionRecord;
    const started = record.startedOn;
    const ended = record.endedOn;
    // Compared as text: for the engine's plain form text order is time order, and parsing
    // every timestamp would cost more than the whole walk. Any other form makes the winners
    // moot (an exact pass follows), so each is compared before its form is checked.
    if (started !== null) {
      if (started < startedOn) startedOn = started;
      if (!isPlainTimestamp(started)) irregular = true;
    }
    if (ended !== null) {
      if (ended > endedOn) endedOn = ended;
      if (!isPlainTimestamp(ended)) irregular = true;
    } else if (started !== null) {
      open = true;
    }
    const status = node.executionStatus;
    // Most blocks of a run succeed: one test for them before the switch.
    if (status === 1000) success++;
    else
      switch (status) {
        case 1001:
          running++;
          runningNodes.push(node);
          break;
        case 1006:
          notExecuted++;
          break;
        case 2000:
          failed++;
          addFailure(node, depth, ancestry, validLinks);
          // links[0..depth] now lead to this node.
          validLinks = depth + 1;
          break;
        case 2001:
          cancelled++;
          break;
        default:
          other++;
      }
  }

  const total = success + running + notExecuted + failed + cancelled + other;
  const span = resolveTimeSpan(root, startedOn, endedOn, irregular, fn);
  let until = span.end;
  if (open && nowMicros !== undefined && (until === undefined || nowMicros > until)) until = nowMicros;
  return {
    total,
    counts: { success, running, notExecuted, failed, cancelled, other },
    executed: total - notExecuted,
    notExecuted,
    progress: total === 0 ? 0 : (success + failed + cancelled) / total,
    runningNodes,
    failures,
    firstFailure,
    startedOn: span.startedOn,
    endedOn: span.endedOn,
    wallTimeMs: span.start !== undefined && until !== undefined ? (until - span.start) / 1000 : null,
  };
}

/**
 * Whether a timestamp has the engine's plain form, `YYYY-MM-DDTHH:MM:SS` with up to six
 * fractional digits and no offset, in which text order is time order. A cheap look at the
 * length and two characters, for loops over every node: it does not check that the digits make
 * a real date (`parseTimestamp` does).
 *
 * @example
 * ```ts
 * isPlainTimestamp('2025-09-29T17:32:13.393204'); // true
 * isPlainTimestamp('2025-09-29T17:32:13+08:00'); // false
 * ```
 */
export function isPlainTimestamp(value: string): boolean {
  // One expression, no early returns, and in this module rather than imported: V8 then
  // inlines it into the summary's loop, where it runs twice per node (measured: the loop takes
  // a quarter longer when it is imported from another module).
  // The characters are read only at lengths 21 to 26, so that a value of another type (a
  // server's bug) is no plain timestamp rather than a TypeError: the exact pass then skips it.
  const length = value.length;
  return (
    length === 19 ||
    (length > 20 && length <= 26 && value.charCodeAt(19) === 46 && isDigit(value.charCodeAt(length - 1)))
  );
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
