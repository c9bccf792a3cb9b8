import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ExecutionTreeSummary,
  flattenExecutionTree,
  getExecutionPath,
  normalizeExecutionResults,
  summarizeExecutionTree,
} from '../../src/index.js';
import type { ExecutionNode } from '../../src/types.js';
import { HEAVY_TIMEOUT_MS } from '../timeouts.js';
import { executionTreeArbitrary, type TreeOptions } from './arbitraries.js';
import { deepFreeze, executionNode } from './execution-node.js';
import { documentExample, documentWithNotExecutedBlock, flatExample } from './fixtures.js';
import { recursiveVisits, referenceMicros } from './reference.js';

const at = (time: string) => `2025-09-29T${time}`;

describe('summarizeExecutionTree on the document examples', () => {
  it('sums up the document example: two blocks, both succeeded', () => {
    expect(summarizeExecutionTree(documentExample)).toEqual({
      total: 2,
      counts: { success: 2, running: 0, notExecuted: 0, failed: 0, cancelled: 0, other: 0 },
      executed: 2,
      notExecuted: 0,
      progress: 1,
      runningNodes: [],
      failures: [],
      firstFailure: undefined,
      startedOn: '2025-09-29T17:32:13.393204',
      endedOn: '2025-09-29T17:32:55.880506',
      wallTimeMs: 42_487.302,
    });
  });

  it('counts a block not executed yet (1006) apart from the executed ones', () => {
    const summary = summarizeExecutionTree(documentWithNotExecutedBlock);
    expect(summary.total).toBe(3);
    expect(summary.counts).toEqual({
      success: 2,
      running: 0,
      notExecuted: 1,
      failed: 0,
      cancelled: 0,
      other: 0,
    });
    expect(summary.executed).toBe(2);
    expect(summary.notExecuted).toBe(1);
    expect(summary.progress).toBeCloseTo(2 / 3, 12);
    expect(summary.wallTimeMs).toBe(42_487.302);
  });

  it('sums up a flat result without counting its synthetic root', () => {
    const summary = summarizeExecutionTree(normalizeExecutionResults(flatExample).root);
    expect(summary.total).toBe(3);
    expect(summary.counts.success).toBe(3);
    expect(summary.progress).toBe(1);
    expect(summary.startedOn).toBe('2025-04-30T17:28:19.105648');
    expect(summary.endedOn).toBe('2025-04-30T17:28:19.601597');
    expect(summary.wallTimeMs).toBe(495.949);
  });

  it('sums up an empty flat result as nothing', () => {
    const summary = summarizeExecutionTree(normalizeExecutionResults([]).root);
    expect(summary).toMatchObject({ total: 0, executed: 0, progress: 0, startedOn: null, wallTimeMs: null });
  });
});

describe('summarizeExecutionTree on failures', () => {
  // A run where b3 failed, which failed b2 and the root; b4 failed on its own, at the same time.
  const b3 = executionNode('b3', {
    status: 2000,
    endedOn: at('17:32:20.000000'),
    endedReason: 'AGV offline',
  });
  const b2 = executionNode('b2', {
    status: 2000,
    endedOn: at('17:32:20.000000'),
    endedReason: '任务终止',
    children: [b3],
  });
  const b4 = executionNode('b4', { status: 2000, endedOn: at('17:32:20.000000'), endedReason: 'timeout' });
  const b5 = executionNode('b5', { status: 1006 });
  const root = deepFreeze(
    executionNode('-1', {
      status: 2000,
      blockType: 'RootBp',
      startedOn: at('17:32:13.000000'),
      endedOn: at('17:32:21.000000'),
      endedReason: '任务终止',
      children: [b2, b4, b5],
    }),
  );

  it('lists every failed block in pre-order with its path and reason', () => {
    const { failures, counts } = summarizeExecutionTree(root);
    expect(counts.failed).toBe(4);
    expect(failures.map((failure) => [failure.node.blockName, failure.reason])).toEqual([
      ['-1', '任务终止'],
      ['b2', '任务终止'],
      ['b3', 'AGV offline'],
      ['b4', 'timeout'],
    ]);
    expect(failures.map((failure) => failure.path.map((node) => node.blockName))).toEqual([
      ['-1'],
      ['-1', 'b2'],
      ['-1', 'b2', 'b3'],
      ['-1', 'b4'],
    ]);
  });

  it('takes the deepest block of a tie as the first failure: a child fails its parent', () => {
    expect(summarizeExecutionTree(root).firstFailure?.node).toBe(b3);
  });

  it('takes the earliest end as the first failure', () => {
    const early = executionNode('b9', { status: 2000, endedOn: at('17:32:14.500000'), endedReason: 'early' });
    const tree = deepFreeze(
      executionNode('-1', { children: [executionNode('b8', { children: [b3] }), early] }),
    );
    const { firstFailure } = summarizeExecutionTree(tree);
    expect(firstFailure?.node).toBe(early);
    expect(firstFailure?.reason).toBe('early');
  });

  it('leaves the synthetic root out of the paths of a flat result', () => {
    const { root: flatRoot } = normalizeExecutionResults([executionNode('-1'), b4]);
    const { failures, firstFailure } = summarizeExecutionTree(flatRoot);
    expect(failures.map((failure) => failure.path)).toEqual([[b4]]);
    expect(firstFailure?.node).toBe(b4);
  });

  it('gives each failure one frozen path, and shows it in JSON', () => {
    const failure = summarizeExecutionTree(root).failures[2];
    expect(failure?.path).toBe(failure?.path);
    expect(Object.isFrozen(failure?.path)).toBe(true);
    const json = JSON.parse(JSON.stringify(failure)) as { path: { blockName: string }[]; reason: string };
    expect(json.path.map((node) => node.blockName)).toEqual(['-1', 'b2', 'b3']);
    expect(json.reason).toBe('AGV offline');
  });
});

describe('summarizeExecutionTree on running blocks and time', () => {
  const running = executionNode('b2', { status: 1001, startedOn: at('17:32:15.000000'), endedOn: null });
  const done = executionNode('b1', { startedOn: at('17:32:13.500000'), endedOn: at('17:32:14.250000') });
  const root = deepFreeze(
    executionNode('-1', {
      status: 1001,
      startedOn: at('17:32:13.000000'),
      endedOn: null,
      children: [done, running],
    }),
  );

  it('lists the running blocks and counts them as not settled', () => {
    const summary = summarizeExecutionTree(root);
    expect(summary.runningNodes).toEqual([root, running]);
    expect(summary.counts.running).toBe(2);
    expect(summary.progress).toBeCloseTo(1 / 3, 12);
  });

  it('measures the wall time to the latest end without `now`', () => {
    const summary = summarizeExecutionTree(root);
    expect(summary.startedOn).toBe(at('17:32:13.000000'));
    expect(summary.endedOn).toBe(at('17:32:14.250000'));
    expect(summary.wallTimeMs).toBe(1250);
  });

  it('measures it to `now` while a block runs', () => {
    const summary = summarizeExecutionTree(root, { now: at('17:32:20.000001') });
    expect(summary.wallTimeMs).toBe(7000.001);
    expect(summary.endedOn).toBe(at('17:32:14.250000'));
  });

  it('ignores `now` when every started block has ended', () => {
    expect(summarizeExecutionTree(documentExample, { now: '2030-01-01T00:00:00' }).wallTimeMs).toBe(
      42_487.302,
    );
  });

  it('has no wall time before anything started', () => {
    const tree = deepFreeze(
      executionNode('-1', { status: 1006, children: [executionNode('b1', { status: 1006 })] }),
    );
    const summary = summarizeExecutionTree(tree, { now: at('17:33:00') });
    expect(summary).toMatchObject({
      startedOn: null,
      endedOn: null,
      wallTimeMs: null,
      executed: 0,
      progress: 0,
    });
  });

  it('reads timestamps with an offset as the instants they name', () => {
    // 18:00+05:00 is 13:00 UTC: before 17:00 read as UTC, though later as text.
    const tree = deepFreeze(
      executionNode('-1', {
        startedOn: at('17:00:00.000000'),
        endedOn: at('17:00:01.000000'),
        children: [executionNode('b1', { startedOn: at('18:00:00+05:00'), endedOn: at('17:00:02Z') })],
      }),
    );
    const summary = summarizeExecutionTree(tree);
    expect(summary.startedOn).toBe(at('18:00:00+05:00'));
    expect(summary.endedOn).toBe(at('17:00:02Z'));
    expect(summary.wallTimeMs).toBe(4 * 3_600_000 + 2000);
  });

  it.each([
    // 00:15-08:00 is 08:15 UTC: after 00:30, though earlier as text.
    ['start', { startedOn: at('00:15:00-08:00'), endedOn: at('11:00:00.000000') }],
    // 17:00+08:00 is 09:00 UTC: before 12:00, though later as text.
    ['end', { startedOn: at('01:00:00.000000'), endedOn: at('17:00:00+08:00') }],
  ])('does not take an offset %s that wins as text but not as time', (_, spec) => {
    const tree = deepFreeze(
      executionNode('-1', {
        startedOn: at('00:30:00.000000'),
        endedOn: at('12:00:00.000000'),
        children: [executionNode('b1', spec)],
      }),
    );
    const summary = summarizeExecutionTree(tree);
    expect(summary.startedOn).toBe(at('00:30:00.000000'));
    expect(summary.endedOn).toBe(at('12:00:00.000000'));
    expect(summary.wallTimeMs).toBe(11.5 * 3_600_000);
  });

  it('skips timestamps of another type than text (a server bug) rather than throwing', () => {
    const odd = executionNode('b1', {});
    const record = {
      ...odd.executionRecord,
      startedOn: [] as unknown as string,
      endedOn: 7 as unknown as string,
    };
    const tree = deepFreeze(
      executionNode('-1', {
        startedOn: at('17:00:00.000000'),
        endedOn: at('17:00:01.000000'),
        children: [{ ...odd, executionRecord: record }],
      }),
    );
    const summary = summarizeExecutionTree(tree);
    expect(summary.startedOn).toBe(at('17:00:00.000000'));
    expect(summary.endedOn).toBe(at('17:00:01.000000'));
  });

  it('leaves out timestamps that are no date, even in the plain form', () => {
    const tree = deepFreeze(
      executionNode('-1', {
        startedOn: at('17:00:00.000000'),
        endedOn: at('17:00:01.000000'),
        children: [
          executionNode('b1', {
            startedOn: '2025-02-30T00:00:00.000000',
            endedOn: '2025-19-29T00:00:00.000000',
          }),
          executionNode('b2', { startedOn: 'yesterday', endedOn: '' }),
        ],
      }),
    );
    const summary = summarizeExecutionTree(tree);
    expect(summary.startedOn).toBe(at('17:00:00.000000'));
    expect(summary.endedOn).toBe(at('17:00:01.000000'));
    expect(summary.wallTimeMs).toBe(1000);
  });

  it('counts codes it does not know as other, without throwing', () => {
    const tree = deepFreeze(
      executionNode('-1', {
        children: [executionNode('b1', { status: 3999 }), executionNode('b2', { status: 1002 })],
      }),
    );
    expect(summarizeExecutionTree(tree).counts).toEqual({
      success: 1,
      running: 0,
      notExecuted: 0,
      failed: 0,
      cancelled: 0,
      other: 2,
    });
  });

  it('rejects a `now` that is no timestamp', () => {
    expect(() => summarizeExecutionTree(root, { now: 'now' })).toThrow(
      new TypeError(
        '[vwed] summarizeExecutionTree: options.now must be a timestamp like \'2025-09-29T17:32:13.393204\', got a string ("now")',
      ),
    );
    expect(() => summarizeExecutionTree(root, { now: Date.now() as unknown as string })).toThrow(
      /^\[vwed\] summarizeExecutionTree: options\.now must be a timestamp .*, got a number/,
    );
  });

  it('rejects a root that is not a node', () => {
    expect(() => summarizeExecutionTree(flatExample as unknown as ExecutionNode)).toThrow(
      '[vwed] summarizeExecutionTree: root must be an execution node (an object with a children array), got an array',
    );
  });
});

/** The summary computed the plain way: flatten, filter, and read every timestamp with Date. */
function referenceSummary(tree: ExecutionNode, nowMicros?: number) {
  const nodes = flattenExecutionTree(tree);
  const count = (status: number) => nodes.filter((node) => node.executionStatus === status).length;
  const known = [1000, 1001, 1006, 2000, 2001];
  const starts = nodes.flatMap((node) => {
    const micros =
      node.executionRecord.startedOn === null ? undefined : referenceMicros(node.executionRecord.startedOn);
    return micros === undefined ? [] : [micros];
  });
  const ends = nodes.flatMap((node) => {
    const micros =
      node.executionRecord.endedOn === null ? undefined : referenceMicros(node.executionRecord.endedOn);
    return micros === undefined ? [] : [micros];
  });
  const open = nodes.some(
    (node) => node.executionRecord.startedOn !== null && node.executionRecord.endedOn === null,
  );
  if (open && nowMicros !== undefined) ends.push(nowMicros);
  const postOrder = recursiveVisits(tree, 'post').map((visit) => visit.node);
  const endOf = (node: ExecutionNode) =>
    (node.executionRecord.endedOn === null ? undefined : referenceMicros(node.executionRecord.endedOn)) ??
    Number.POSITIVE_INFINITY;
  const failed = nodes.filter((node) => node.executionStatus === 2000);
  const first = [...failed].sort(
    (a, b) => endOf(a) - endOf(b) || postOrder.indexOf(a) - postOrder.indexOf(b),
  )[0];
  return {
    total: nodes.length,
    counts: {
      success: count(1000),
      running: count(1001),
      notExecuted: count(1006),
      failed: count(2000),
      cancelled: count(2001),
      other: nodes.filter((node) => !known.includes(node.executionStatus)).length,
    },
    runningNodes: nodes.filter((node) => node.executionStatus === 1001),
    failed,
    first,
    start: starts.length > 0 ? Math.min(...starts) : undefined,
    end: ends.length > 0 ? Math.max(...ends) : undefined,
  };
}

function checkAgainstReference(summary: ExecutionTreeSummary, tree: ExecutionNode, nowMicros?: number) {
  const reference = referenceSummary(tree, nowMicros);
  expect(summary.total).toBe(reference.total);
  expect(summary.counts).toEqual(reference.counts);
  expect(summary.runningNodes).toEqual(reference.runningNodes);
  expect(summary.failures.map((failure) => failure.node)).toEqual(reference.failed);
  expect(summary.firstFailure?.node).toBe(reference.first);
  for (const failure of summary.failures) {
    expect(failure.path).toEqual(getExecutionPath(tree, (node) => node === failure.node));
    expect(failure.reason).toBe(failure.node.executionRecord.endedReason);
  }
  const micros = (value: string | null) => (value === null ? undefined : referenceMicros(value));
  expect(micros(summary.startedOn)).toBe(reference.start);
  if (reference.start === undefined || reference.end === undefined) {
    expect(summary.wallTimeMs).toBeNull();
  } else {
    expect(summary.wallTimeMs).toBe((reference.end - reference.start) / 1000);
  }
}

describe('summarizeExecutionTree on random trees (property)', { timeout: HEAVY_TIMEOUT_MS }, () => {
  it('has status counts that add up to the total, which is the node count', () => {
    fc.assert(
      fc.property(executionTreeArbitrary({ maxNodes: 60 }), (tree) => {
        const summary = summarizeExecutionTree(tree);
        const { success, running, notExecuted, failed, cancelled, other } = summary.counts;
        expect(success + running + notExecuted + failed + cancelled + other).toBe(summary.total);
        expect(summary.total).toBe(flattenExecutionTree(tree).length);
        expect(summary.executed + summary.notExecuted).toBe(summary.total);
        expect(summary.progress).toBeGreaterThanOrEqual(0);
        expect(summary.progress).toBeLessThanOrEqual(1);
      }),
    );
  });

  it.each<[string, TreeOptions]>([
    ['timestamps in the engine form', { plainTimes: true }],
    ['offsets, short fractions and timestamps that are no date', {}],
    ['many blocks ending at the same instant', { coarseTimes: true }],
  ])('agrees with a plain reference: %s', (_what, options) => {
    fc.assert(
      fc.property(executionTreeArbitrary(options), (tree) => {
        checkAgainstReference(summarizeExecutionTree(tree), tree);
      }),
    );
  });

  it('agrees with it given a `now`', () => {
    fc.assert(
      fc.property(executionTreeArbitrary(), fc.integer({ min: 0, max: 20_000_000_000 }), (tree, offset) => {
        const now = new Date(Date.UTC(2025, 8, 29) + Math.floor(offset / 1000)).toISOString().slice(0, 23);
        checkAgainstReference(summarizeExecutionTree(tree, { now }), tree, referenceMicros(now));
      }),
    );
  });
});
