/**
 * The execution-tree toolkit against hand-written loops that do the same work and nothing
 * else, on one tree of 1,000,000 nodes built once, before any measure. Targets (issue [3/5]):
 *
 * - `walkExecutionTree` <= 1.5x a hand-written explicit-stack walk;
 * - `summarizeExecutionTree` <= 2x a hand-written single-pass summary (counts by status,
 *   earliest start, latest end, the failed and the running nodes).
 *
 * Both ratios are printed once the last bench has run (`npm run bench`), measured side by side
 * in rounds that call every variant once (see `reportRatios`).
 */
import { bench, describe } from 'vitest';
import { ExecutionNodeStatus } from '../src/status.js';
import { summarizeExecutionTree } from '../src/tree/summarize-execution-tree.js';
import { walkExecutionTree } from '../src/tree/walk-execution-tree.js';
import type { ExecutionNode } from '../src/types.js';
import { generateExecutionTree } from '../test/tree/execution-node.js';
import { median } from './fixtures/median.js';

const size = 1_000_000;
const tree = generateExecutionTree(size);

/** The walk's baseline: an explicit stack, children in order, and a sum so that no visit can be dropped. */
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

/**
 * The summary's baseline: the same loop, counting statuses, keeping the earliest start and the
 * latest end (compared as text, which orders the engine's form by time), and listing the running
 * and the failed nodes.
 */
function handWrittenSummary(root: ExecutionNode) {
  const counts = { success: 0, running: 0, notExecuted: 0, failed: 0, cancelled: 0, other: 0 };
  const runningNodes: ExecutionNode[] = [];
  const failedNodes: ExecutionNode[] = [];
  let startedOn: string | null = null;
  let endedOn: string | null = null;
  const stack: ExecutionNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as ExecutionNode;
    const record = node.executionRecord;
    if (record.startedOn !== null && (startedOn === null || record.startedOn < startedOn))
      startedOn = record.startedOn;
    if (record.endedOn !== null && (endedOn === null || record.endedOn > endedOn)) endedOn = record.endedOn;
    switch (node.executionStatus) {
      case ExecutionNodeStatus.success:
        counts.success++;
        break;
      case ExecutionNodeStatus.running:
        counts.running++;
        runningNodes.push(node);
        break;
      case ExecutionNodeStatus.notExecuted:
        counts.notExecuted++;
        break;
      case ExecutionNodeStatus.failed:
        counts.failed++;
        failedNodes.push(node);
        break;
      case ExecutionNodeStatus.cancelled:
        counts.cancelled++;
        break;
      default:
        counts.other++;
    }
    const children = node.children;
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as ExecutionNode);
  }
  return { counts, runningNodes, failedNodes, startedOn, endedOn };
}

function walkSum(root: ExecutionNode): number {
  let sum = 0;
  walkExecutionTree(root, (node) => {
    sum += node.executionStatus;
  });
  return sum;
}

// Each side must do the whole work: checked once, outside the measures.
if (walkSum(tree) !== handWrittenWalk(tree)) throw new Error('walkExecutionTree missed nodes');
const summary = summarizeExecutionTree(tree);
const baseline = handWrittenSummary(tree);
if (
  summary.total !== size ||
  JSON.stringify(summary.counts) !== JSON.stringify(baseline.counts) ||
  summary.runningNodes.length !== baseline.runningNodes.length ||
  summary.failures.length !== baseline.failedNodes.length ||
  summary.startedOn !== baseline.startedOn ||
  summary.endedOn !== baseline.endedOn
) {
  throw new Error('summarizeExecutionTree and the hand-written summary disagree');
}

/** The last result is kept in a heap object, so that no call can be dropped as unused. */
const sink: { result: unknown } = { result: undefined };

const variants = {
  handWrittenWalk: () => handWrittenWalk(tree),
  walkExecutionTree: () => walkSum(tree),
  handWrittenSummary: () => handWrittenSummary(tree),
  summarizeExecutionTree: () => summarizeExecutionTree(tree),
};
type Variant = keyof typeof variants;
const names = Object.keys(variants) as Variant[];

/**
 * The ratios, measured side by side: each round calls every variant once, in an order that
 * alternates from round to round, so that a change in the machine's load (vitest's own measures
 * run one variant after the other) weighs on both sides of a ratio alike. Each ratio is the
 * median of its rounds' ratios.
 */
function reportRatios(rounds: number): void {
  const times = new Map<Variant, number[]>(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const name of round % 2 === 0 ? names : [...names].reverse()) {
      const start = performance.now();
      sink.result = variants[name]();
      times.get(name)?.push(performance.now() - start);
    }
  }
  const of = (name: Variant) => times.get(name) ?? [];
  const line = (ours: Variant, floor: Variant, target: number) => {
    const ratio = median(of(ours).map((time, round) => time / (of(floor)[round] as number)));
    return (
      `${ours} / ${floor}: ${ratio.toFixed(2)}x (medians ${median(of(ours)).toFixed(1)} ms and ` +
      `${median(of(floor)).toFixed(1)} ms; target <= ${target}x: ${ratio <= target ? 'met' : 'NOT met'})`
    );
  };
  console.log(
    [
      `execution tree of ${size.toLocaleString('en')} nodes, ${rounds} rounds side by side:`,
      line('walkExecutionTree', 'handWrittenWalk', 1.5),
      line('summarizeExecutionTree', 'handWrittenSummary', 2),
    ].join('\n'),
  );
}

let measured = 0;
const options = {
  time: 3000,
  iterations: 20,
  warmupIterations: 5,
  // After the last of vitest's measures, with every variant warm: the ratios.
  teardown: (_task: unknown, mode: 'warmup' | 'run') => {
    if (mode === 'run' && ++measured === names.length) reportRatios(25);
  },
};

/** A variant's call for vitest, its result kept. */
const call = (name: Variant) => () => {
  sink.result = variants[name]();
};

describe(`execution tree of ${size.toLocaleString('en')} nodes`, () => {
  bench('hand-written explicit-stack walk (baseline)', call('handWrittenWalk'), options);
  bench('walkExecutionTree (pre-order)', call('walkExecutionTree'), options);
  bench('hand-written single-pass summary (baseline)', call('handWrittenSummary'), options);
  bench('summarizeExecutionTree', call('summarizeExecutionTree'), options);
});
