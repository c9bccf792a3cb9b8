import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FLAT_RESULTS_ROOT_TYPE,
  flattenExecutionTree,
  isFlatResultsRoot,
  normalizeExecutionResults,
} from '../../src/index.js';
import type { ExecutionNode, ExecutionResults } from '../../src/types.js';
import { HEAVY_TIMEOUT_MS } from '../timeouts.js';
import { executionTreeArbitrary, flatResultsArbitrary } from './arbitraries.js';
import { documentExample, documentWithNotExecutedBlock, flatExample } from './fixtures.js';

describe('normalizeExecutionResults', () => {
  it('gives a nested result back as the root itself', () => {
    const normalized = normalizeExecutionResults(documentExample);
    expect(normalized.mode).toBe('nested');
    expect(normalized.root).toBe(documentExample);
    expect(normalizeExecutionResults(documentWithNotExecutedBlock).root).toBe(documentWithNotExecutedBlock);
  });

  it('puts a synthetic root above the nodes of a flat result, in their order', () => {
    const { mode, root } = normalizeExecutionResults(flatExample);
    expect(mode).toBe('flat');
    expect(root).toMatchObject({ blockType: FLAT_RESULTS_ROOT_TYPE, level: -1, logs: [] });
    expect(root.executionRecord.recordId).toBeNull();
    expect(isFlatResultsRoot(root)).toBe(true);
    expect(root.children.map((node) => node.blockName)).toEqual(['-1', 'b1', 'b2']);
    root.children.forEach((child, index) => {
      expect(child).toBe(flatExample[index]);
    });
  });

  it('copies the flat array, so that editing the tree cannot change the input', () => {
    const { root } = normalizeExecutionResults(flatExample);
    expect(root.children).not.toBe(flatExample);
    expect(Object.isFrozen(root.children)).toBe(false);
  });

  it('makes a synthetic root with no children for an empty flat result', () => {
    const { mode, root } = normalizeExecutionResults([]);
    expect(mode).toBe('flat');
    expect(root.children).toEqual([]);
  });

  it('tells real blocks from a synthetic root', () => {
    expect(isFlatResultsRoot(documentExample)).toBe(false);
    for (const node of flatExample) expect(isFlatResultsRoot(node)).toBe(false);
  });

  it('keeps every node of a flat result once, in order (property)', { timeout: HEAVY_TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(flatResultsArbitrary(), (nodes) => {
        const { root } = normalizeExecutionResults(nodes);
        expect(root.children).toEqual(nodes);
        root.children.forEach((child, index) => {
          expect(child).toBe(nodes[index]);
        });
        const all = flattenExecutionTree(root);
        const expected = nodes.flatMap((node) => flattenExecutionTree(node));
        expect(all).toHaveLength(expected.length);
        expect(new Set(all).size).toBe(all.length);
        all.forEach((node, index) => {
          expect(node).toBe(expected[index]);
        });
      }),
    );
  });

  it('gives any nested tree back unchanged (property)', { timeout: HEAVY_TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(executionTreeArbitrary(), (tree) => {
        expect(normalizeExecutionResults(tree)).toEqual({ mode: 'nested', root: tree });
      }),
    );
  });

  it.each([
    [null, 'null'],
    ['[]', 'a string ("[]")'],
    [42, 'a number (42)'],
    [{ blockName: 'b1' }, 'an object without a children array'],
  ])('rejects %j with a TypeError that says what came', (data, described) => {
    expect(() => normalizeExecutionResults(data as unknown as ExecutionResults)).toThrow(
      new TypeError(
        `[vwed] normalizeExecutionResults: data must be an execution node or, in flat mode, an array of them, got ${described}`,
      ),
    );
  });

  it('rejects a flat result with an element that is no node, naming its index', () => {
    const data = [flatExample[0], 'b1'] as unknown as ExecutionNode[];
    expect(() => normalizeExecutionResults(data)).toThrow(
      '[vwed] normalizeExecutionResults: data[1] must be an execution node (an object with a children array), got a string ("b1")',
    );
  });
});
