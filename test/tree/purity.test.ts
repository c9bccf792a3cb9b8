/**
 * No function of the toolkit changes its input: every input here is deep-frozen, so a write
 * would throw (modules run in strict mode), and its JSON is compared before and after.
 */
import fc from 'fast-check';
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
import { executionTreeArbitrary, flatResultsArbitrary } from './arbitraries.js';
import { documentWithNotExecutedBlock, flatExample } from './fixtures.js';

/** Runs every function on a root, reading every part of what they return. */
function useEverything(root: ExecutionNode): void {
  walkExecutionTree(root, () => undefined);
  walkExecutionTree(root, () => undefined, { order: 'post' });
  flattenExecutionTree(root);
  findExecutionNode(root, (node) => node.executionStatus === 2000);
  findExecutionNodes(root, (node) => node.executionStatus !== 1000);
  getExecutionPath(root, (node) => node.children.length === 0);
  const summary = summarizeExecutionTree(root, { now: '2025-09-29T18:00:00.000000' });
  for (const failure of summary.failures) expect(failure.path.at(-1)).toBe(failure.node);
  formatExecutionTree(root, { locale: 'zh', color: true, now: '2025-09-29T18:00:00' });
}

describe('purity', () => {
  it('the fixtures are deep-frozen, so that a write to them throws', () => {
    const node = documentWithNotExecutedBlock.children[0] as ExecutionNode;
    expect(Object.isFrozen(node.executionRecord)).toBe(true);
    expect(() => {
      (node.children as ExecutionNode[]).push(node);
    }).toThrow(TypeError);
  });

  it('no function changes a nested tree (property)', { timeout: HEAVY_TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(executionTreeArbitrary({ maxNodes: 40 }), (tree) => {
        const before = JSON.stringify(tree);
        const { root } = normalizeExecutionResults(tree);
        useEverything(root);
        expect(JSON.stringify(tree)).toBe(before);
      }),
    );
  });

  it('no function changes a flat result, nor its nodes (property)', { timeout: HEAVY_TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(flatResultsArbitrary(), (nodes) => {
        const before = JSON.stringify(nodes);
        const { root } = normalizeExecutionResults(nodes);
        useEverything(root);
        expect(JSON.stringify(nodes)).toBe(before);
      }),
    );
  });

  it('no function changes the document examples', () => {
    const before = JSON.stringify([documentWithNotExecutedBlock, flatExample]);
    useEverything(documentWithNotExecutedBlock);
    useEverything(normalizeExecutionResults(flatExample).root);
    expect(JSON.stringify([documentWithNotExecutedBlock, flatExample])).toBe(before);
  });
});
