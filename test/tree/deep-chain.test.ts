/**
 * A chain 100,000 blocks deep through every function of the toolkit: a recursive version
 * would overflow the stack long before the bottom.
 */
import { describe, expect, it } from 'vitest';
import {
  findExecutionNode,
  findExecutionNodes,
  flattenExecutionTree,
  formatExecutionTree,
  getExecutionPath,
  normalizeExecutionResults,
  summarizeExecutionTree,
  walkExecutionTree,
} from '../../src/index.js';
import type { ExecutionNode } from '../../src/types.js';
import { HEAVY_TIMEOUT_MS } from '../timeouts.js';
import { deepFreeze, executionChain } from './execution-node.js';

const depth = 100_000;
// Every block failed, as a failure climbs a chain: the summary must still stay linear.
const chain = deepFreeze(executionChain(depth, () => ({ status: 2000, endedReason: '任务终止' })));
const bottom = `b${depth}`;

describe(`a chain ${depth.toLocaleString('en')} levels deep`, { timeout: HEAVY_TIMEOUT_MS }, () => {
  it('is really that deep, and too deep for a recursive walk', () => {
    let node: ExecutionNode = chain;
    let levels = 0;
    while (node.children.length > 0) {
      node = node.children[0] as ExecutionNode;
      levels++;
    }
    expect(levels).toBe(depth);
    const recursiveCount = (at: ExecutionNode): number =>
      1 + at.children.reduce((sum, child) => sum + recursiveCount(child), 0);
    expect(() => recursiveCount(chain)).toThrow(RangeError);
  });

  it('normalizes, nested and flat', () => {
    expect(normalizeExecutionResults(chain).root).toBe(chain);
    const { root } = normalizeExecutionResults([chain]);
    expect(root.children[0]).toBe(chain);
    expect(flattenExecutionTree(root)).toHaveLength(depth + 1);
  });

  it('walks in pre-order and post-order with the whole ancestry', () => {
    for (const order of ['pre', 'post'] as const) {
      const seen: string[] = [];
      let deepestAncestors = 0;
      walkExecutionTree(
        chain,
        (node, _parent, nodeDepth, _index, ancestors) => {
          seen.push(node.blockName);
          if (nodeDepth === depth) deepestAncestors = ancestors.length;
        },
        { order },
      );
      expect(seen).toHaveLength(depth + 1);
      expect(seen[0]).toBe(order === 'pre' ? 'b0' : bottom);
      expect(deepestAncestors).toBe(depth);
    }
  });

  it('flattens, finds and paths', () => {
    expect(flattenExecutionTree(chain)).toHaveLength(depth + 1);
    expect(findExecutionNode(chain, (node) => node.blockName === bottom)?.blockName).toBe(bottom);
    expect(findExecutionNodes(chain, (node) => node.blockName.endsWith('0000'))).toHaveLength(10);
    const path = getExecutionPath(chain, bottom);
    expect(path).toHaveLength(depth + 1);
    expect(path?.[0]).toBe(chain);
  });

  it('summarizes, with a path for every failure and the bottom as the first', () => {
    const summary = summarizeExecutionTree(chain);
    expect(summary.total).toBe(depth + 1);
    expect(summary.counts.failed).toBe(depth + 1);
    expect(summary.firstFailure?.node.blockName).toBe(bottom);
    expect(summary.firstFailure?.path).toHaveLength(depth + 1);
    expect(summary.failures[depth / 2]?.path).toHaveLength(depth / 2 + 1);
  });

  it('formats one line per block, of bounded width', () => {
    const lines = formatExecutionTree(chain).split('\n');
    expect(lines).toHaveLength(depth + 1);
    // 48 levels of guides at most (the default maxIndent), the rest counted.
    expect(lines.at(-1)).toBe(`[+99952] ${' '.repeat(47 * 4)}└── b100000 (PrintBp) failed 1.00s`);
  });
});
