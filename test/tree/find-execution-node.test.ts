import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ExecutionNodePredicate,
  findExecutionNode,
  findExecutionNodes,
  flattenExecutionTree,
  normalizeExecutionResults,
} from '../../src/index.js';
import type { ExecutionNode } from '../../src/types.js';
import { HEAVY_TIMEOUT_MS } from '../timeouts.js';
import { executionTreeArbitrary } from './arbitraries.js';
import { documentWithNotExecutedBlock, flatExample } from './fixtures.js';

const b5 = documentWithNotExecutedBlock.children[0] as ExecutionNode;
const b6 = b5.children[0] as ExecutionNode;

describe('findExecutionNode', () => {
  it('finds the first block that matches, in pre-order', () => {
    expect(findExecutionNode(documentWithNotExecutedBlock, (node) => node.blockType === 'PrintBp')).toBe(b6);
    expect(findExecutionNode(documentWithNotExecutedBlock, (node) => node.executionStatus === 1000)).toBe(
      documentWithNotExecutedBlock,
    );
  });

  it('gives undefined when nothing matches', () => {
    expect(
      findExecutionNode(documentWithNotExecutedBlock, (node) => node.executionStatus === 2000),
    ).toBeUndefined();
  });

  it('stops at the match', () => {
    const tested: string[] = [];
    findExecutionNode(documentWithNotExecutedBlock, (node) => {
      tested.push(node.blockName);
      return node.blockName === 'b5';
    });
    expect(tested).toEqual(['-1', 'b5']);
  });

  it('gives the predicate what a walk visitor gets', () => {
    const found = findExecutionNode(
      documentWithNotExecutedBlock,
      (node, parent, depth, index, ancestors) =>
        depth === 2 &&
        parent === b5 &&
        index === 0 &&
        ancestors[0] === documentWithNotExecutedBlock &&
        node === b6,
    );
    expect(found).toBe(b6);
  });

  it('never tests or returns the synthetic root of a flat result', () => {
    const { root } = normalizeExecutionResults(flatExample);
    const tested: ExecutionNode[] = [];
    const found = findExecutionNode(root, (node) => {
      tested.push(node);
      return true;
    });
    expect(found).toBe(flatExample[0]);
    expect(tested).toEqual([flatExample[0]]);
  });

  it('rejects a predicate that is not a function', () => {
    expect(() =>
      findExecutionNode(documentWithNotExecutedBlock, 'b5' as unknown as ExecutionNodePredicate),
    ).toThrow(new TypeError('[vwed] findExecutionNode: predicate must be a function, got a string ("b5")'));
  });
});

describe('findExecutionNodes', () => {
  it('finds every block that matches, in pre-order', () => {
    expect(findExecutionNodes(documentWithNotExecutedBlock, (node) => node.executionStatus === 1000)).toEqual(
      [documentWithNotExecutedBlock, b5],
    );
    expect(findExecutionNodes(documentWithNotExecutedBlock, (node) => node.executionStatus === 1006)).toEqual(
      [b6],
    );
    expect(findExecutionNodes(documentWithNotExecutedBlock, () => false)).toEqual([]);
  });

  it('leaves the synthetic root of a flat result out', () => {
    const { root } = normalizeExecutionResults(flatExample);
    expect(findExecutionNodes(root, () => true)).toEqual(flatExample);
  });

  it('rejects a root that is not a node and a predicate that is not a function', () => {
    expect(() => findExecutionNodes(null as unknown as ExecutionNode, () => true)).toThrow(
      '[vwed] findExecutionNodes: root must be an execution node (an object with a children array), got null',
    );
    expect(() =>
      findExecutionNodes(documentWithNotExecutedBlock, undefined as unknown as ExecutionNodePredicate),
    ).toThrow('[vwed] findExecutionNodes: predicate must be a function, got undefined');
  });
});

describe('findExecutionNode and findExecutionNodes', () => {
  it('agree with the first match and the filter of a flattened tree (property)', {
    timeout: HEAVY_TIMEOUT_MS,
  }, () => {
    fc.assert(
      fc.property(
        executionTreeArbitrary(),
        fc.constantFrom(1000, 1001, 1006, 2000, 2001, 3999),
        (tree, status) => {
          const predicate = (node: ExecutionNode) => node.executionStatus === status;
          const flat = flattenExecutionTree(tree);
          expect(findExecutionNode(tree, predicate)).toBe(flat.find(predicate));
          expect(findExecutionNodes(tree, predicate)).toEqual(flat.filter(predicate));
        },
      ),
    );
  });
});
