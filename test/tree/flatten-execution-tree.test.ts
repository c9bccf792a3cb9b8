import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenExecutionTree, normalizeExecutionResults } from '../../src/index.js';
import type { ExecutionNode } from '../../src/types.js';
import { HEAVY_TIMEOUT_MS } from '../timeouts.js';
import { executionTreeArbitrary } from './arbitraries.js';
import { documentExample, documentWithNotExecutedBlock, flatExample } from './fixtures.js';
import { recursiveVisits } from './reference.js';

describe('flattenExecutionTree', () => {
  it('lists the blocks of the document examples in pre-order', () => {
    expect(flattenExecutionTree(documentExample).map((node) => node.blockName)).toEqual(['-1', 'b5']);
    const all = flattenExecutionTree(documentWithNotExecutedBlock);
    expect(all.map((node) => node.blockName)).toEqual(['-1', 'b5', 'b6']);
    expect(all[0]).toBe(documentWithNotExecutedBlock);
  });

  it('gives a normalized flat result back as the server sent it, without the synthetic root', () => {
    expect(flattenExecutionTree(normalizeExecutionResults(flatExample).root)).toEqual(flatExample);
  });

  it('has one entry per node, in pre-order (property)', { timeout: HEAVY_TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(executionTreeArbitrary({ maxNodes: 60 }), (tree) => {
        const reference = recursiveVisits(tree, 'pre').map((visit) => visit.node);
        const flat = flattenExecutionTree(tree);
        expect(flat).toHaveLength(reference.length);
        expect(flat).toEqual(reference);
        expect(new Set(flat).size).toBe(flat.length);
      }),
    );
  });

  it('returns a new array each time', () => {
    expect(flattenExecutionTree(documentExample)).not.toBe(flattenExecutionTree(documentExample));
  });

  it('rejects a root that is not a node', () => {
    expect(() => flattenExecutionTree(flatExample as unknown as ExecutionNode)).toThrow(
      '[vwed] flattenExecutionTree: root must be an execution node (an object with a children array), got an array',
    );
  });
});
