import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ExecutionNodePredicate, getExecutionPath, normalizeExecutionResults } from '../../src/index.js';
import type { ExecutionNode } from '../../src/types.js';
import { HEAVY_TIMEOUT_MS } from '../timeouts.js';
import { executionTreeArbitrary } from './arbitraries.js';
import { documentWithNotExecutedBlock, flatExample } from './fixtures.js';
import { recursiveVisits } from './reference.js';

const b5 = documentWithNotExecutedBlock.children[0] as ExecutionNode;
const b6 = b5.children[0] as ExecutionNode;

describe('getExecutionPath', () => {
  it('gives the blocks from the root to a block name, both included', () => {
    expect(getExecutionPath(documentWithNotExecutedBlock, 'b6')).toEqual([
      documentWithNotExecutedBlock,
      b5,
      b6,
    ]);
    expect(getExecutionPath(documentWithNotExecutedBlock, '-1')).toEqual([documentWithNotExecutedBlock]);
  });

  it('takes a predicate too', () => {
    expect(
      getExecutionPath(documentWithNotExecutedBlock, (node) => node.blockType === 'CSelectAgvBp'),
    ).toEqual([documentWithNotExecutedBlock, b5]);
  });

  it('gives undefined when no block matches', () => {
    expect(getExecutionPath(documentWithNotExecutedBlock, 'b7')).toBeUndefined();
  });

  it('leaves the synthetic root of a flat result out of the path', () => {
    const { root } = normalizeExecutionResults(flatExample);
    expect(getExecutionPath(root, 'b2')).toEqual([flatExample[2]]);
  });

  it('runs from the root to the first match, each node a child of the one before (property)', {
    timeout: HEAVY_TIMEOUT_MS,
  }, () => {
    fc.assert(
      fc.property(executionTreeArbitrary(), fc.nat(), (tree, pick) => {
        const visits = recursiveVisits(tree, 'pre');
        const target = (visits[pick % visits.length] as (typeof visits)[number]).node;
        const path = getExecutionPath(tree, (node) => node === target);
        expect(path).toBeDefined();
        const nodes = path as ExecutionNode[];
        expect(nodes[0]).toBe(tree);
        expect(nodes.at(-1)).toBe(target);
        for (let index = 1; index < nodes.length; index++) {
          expect((nodes[index - 1] as ExecutionNode).children).toContain(nodes[index]);
        }
      }),
    );
  });

  it('gives a new array the caller may keep', () => {
    const first = getExecutionPath(documentWithNotExecutedBlock, 'b6');
    const second = getExecutionPath(documentWithNotExecutedBlock, 'b6');
    expect(first).not.toBe(second);
    expect(first).toEqual(second);
  });

  it('rejects what is neither a predicate nor a block name', () => {
    expect(() =>
      getExecutionPath(documentWithNotExecutedBlock, 6 as unknown as ExecutionNodePredicate),
    ).toThrow(
      new TypeError(
        '[vwed] getExecutionPath: predicateOrBlockName must be a function or a block name (string), got a number (6)',
      ),
    );
  });
});
