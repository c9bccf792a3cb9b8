/**
 * The execution-tree toolkit against the least a walk can do, on one tree of 1,000,000 nodes
 * built once, before any measure. Target: `walkExecutionTree` and `summarizeExecutionTree`
 * within 1.5x of the bare explicit-stack loop. `npm run bench` prints the ratios.
 *
 * A fourth loop, also bare, reads what the summary must read on top (each node's record and
 * both of its timestamps): it shows how much of the summary's time is that reading alone.
 */
import { bench, describe } from 'vitest';
import { summarizeExecutionTree } from '../src/tree/summarize-execution-tree.js';
import { walkExecutionTree } from '../src/tree/walk-execution-tree.js';
import type { ExecutionNode } from '../src/types.js';
import { generateExecutionTree } from '../test/tree/execution-node.js';

const size = 1_000_000;
const tree = generateExecutionTree(size);

/** The baseline: an explicit stack, children in order, and a sum so that no visit can be dropped. */
function handWrittenWalk(root: ExecutionNode): number {
  let sum = 0;
  const stack: ExecutionNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as ExecutionNode;
    sum += node.executionStatus;
    const children = node.children;
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as ExecutionNode);
  }
  return sum;
}

/** The same loop, reading each record and its timestamps as the summary must (earliest, latest). */
function handWrittenTimeSpan(root: ExecutionNode): string {
  let earliest = '\uffff';
  let latest = '';
  const stack: ExecutionNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as ExecutionNode;
    const { startedOn, endedOn } = node.executionRecord;
    if (startedOn !== null && startedOn < earliest) earliest = startedOn;
    if (endedOn !== null && endedOn > latest) latest = endedOn;
    const children = node.children;
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as ExecutionNode);
  }
  return earliest + latest;
}

function walkSum(root: ExecutionNode): number {
  let sum = 0;
  walkExecutionTree(root, (node) => {
    sum += node.executionStatus;
  });
  return sum;
}

// They must all do the whole work: check it once, outside the measures.
if (walkSum(tree) !== handWrittenWalk(tree)) throw new Error('walkExecutionTree missed nodes');
const summary = summarizeExecutionTree(tree);
if (summary.total !== size) throw new Error('summarizeExecutionTree missed nodes');
if (handWrittenTimeSpan(tree) !== `${summary.startedOn}${summary.endedOn}`)
  throw new Error('time spans differ');

/** The last result is kept in a heap object, so that no call can be dropped as unused. */
const sink: { result: unknown } = { result: undefined };

const options = { time: 3000, iterations: 20, warmupIterations: 5 };

describe(`execution tree of ${size.toLocaleString('en')} nodes`, () => {
  bench(
    'hand-written explicit-stack walk (baseline)',
    () => {
      sink.result = handWrittenWalk(tree);
    },
    options,
  );
  bench(
    'walkExecutionTree (pre-order)',
    () => {
      sink.result = walkSum(tree);
    },
    options,
  );
  bench(
    'summarizeExecutionTree',
    () => {
      sink.result = summarizeExecutionTree(tree);
    },
    options,
  );
  bench(
    'hand-written walk reading records and timestamps (floor of the summary)',
    () => {
      sink.result = handWrittenTimeSpan(tree);
    },
    options,
  );
});
