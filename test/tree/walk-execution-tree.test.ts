import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ExecutionTreeVisitor, normalizeExecutionResults, walkExecutionTree } from '../../src/index.js';
import type { ExecutionNode } from '../../src/types.js';
import { HEAVY_TIMEOUT_MS } from '../timeouts.js';
import { executionTreeArbitrary } from './arbitraries.js';
import { executionNode } from './execution-node.js';
import { documentWithNotExecutedBlock, flatExample } from './fixtures.js';
import { recursiveVisits, type Visit } from './reference.js';

/** Every visit of the walk, with a copy of the ancestors (the walk's own array changes). */
function visits(
  root: ExecutionNode,
  order: 'pre' | 'post',
  skip?: (node: ExecutionNode) => boolean,
): Visit[] {
  const seen: Visit[] = [];
  walkExecutionTree(
    root,
    (node, parent, depth, index, ancestors) => {
      seen.push({ node, parent, depth, index, ancestors: [...ancestors] });
      return skip?.(node) ? 'skip' : undefined;
    },
    { order },
  );
  return seen;
}

const names = (list: Visit[]) => list.map((visit) => visit.node.blockName);

describe('walkExecutionTree', () => {
  const [root, b5, b6] = [
    documentWithNotExecutedBlock,
    documentWithNotExecutedBlock.children[0] as ExecutionNode,
    (documentWithNotExecutedBlock.children[0] as ExecutionNode).children[0] as ExecutionNode,
  ];

  it('visits the document tree in pre-order with parent, depth, index and ancestors', () => {
    expect(visits(root, 'pre')).toEqual([
      { node: root, parent: undefined, depth: 0, index: 0, ancestors: [] },
      { node: b5, parent: root, depth: 1, index: 0, ancestors: [root] },
      { node: b6, parent: b5, depth: 2, index: 0, ancestors: [root, b5] },
    ]);
  });

  it('visits it in post-order with the same context', () => {
    expect(visits(root, 'post')).toEqual([
      { node: b6, parent: b5, depth: 2, index: 0, ancestors: [root, b5] },
      { node: b5, parent: root, depth: 1, index: 0, ancestors: [root] },
      { node: root, parent: undefined, depth: 0, index: 0, ancestors: [] },
    ]);
  });

  it('walks pre-order by default', () => {
    const seen: string[] = [];
    walkExecutionTree(root, (node) => {
      seen.push(node.blockName);
    });
    expect(seen).toEqual(['-1', 'b5', 'b6']);
  });

  it('visits the synthetic root of a flat result, then each flat node at depth 1', () => {
    const { root: flatRoot } = normalizeExecutionResults(flatExample);
    const seen = visits(flatRoot, 'pre');
    expect(seen.map((visit) => [visit.node, visit.depth, visit.index])).toEqual([
      [flatRoot, 0, 0],
      [flatExample[0], 1, 0],
      [flatExample[1], 1, 1],
      [flatExample[2], 1, 2],
    ]);
  });

  it('matches a recursive walk in pre-order on random trees (property)', {
    timeout: HEAVY_TIMEOUT_MS,
  }, () => {
    fc.assert(
      fc.property(executionTreeArbitrary(), (tree) => {
        expect(visits(tree, 'pre')).toEqual(recursiveVisits(tree, 'pre'));
      }),
    );
  });

  it('matches a recursive walk in post-order on random trees (property)', {
    timeout: HEAVY_TIMEOUT_MS,
  }, () => {
    fc.assert(
      fc.property(executionTreeArbitrary(), (tree) => {
        expect(visits(tree, 'post')).toEqual(recursiveVisits(tree, 'post'));
      }),
    );
  });

  it("leaves out the children of a node the visitor answers 'skip' for (property)", {
    timeout: HEAVY_TIMEOUT_MS,
  }, () => {
    fc.assert(
      fc.property(executionTreeArbitrary(), fc.integer({ min: 2, max: 5 }), (tree, modulus) => {
        const skip = (node: ExecutionNode) => Number(node.blockName.slice(1)) % modulus === 0;
        expect(visits(tree, 'pre', skip)).toEqual(recursiveVisits(tree, 'pre', skip));
      }),
    );
  });

  it("ignores 'skip' in post-order, where the children came first", () => {
    expect(names(visits(root, 'post', () => true))).toEqual(['b6', 'b5', '-1']);
  });

  it("stops at the node the visitor answers 'stop' for, in both orders (property)", {
    timeout: HEAVY_TIMEOUT_MS,
  }, () => {
    fc.assert(
      fc.property(
        executionTreeArbitrary(),
        fc.constantFrom('pre', 'post' as const),
        fc.nat(),
        (tree, order, pick) => {
          const all = recursiveVisits(tree, order);
          const stopAt = pick % all.length;
          const seen: ExecutionNode[] = [];
          walkExecutionTree(
            tree,
            (node) => {
              seen.push(node);
              return seen.length === stopAt + 1 ? 'stop' : undefined;
            },
            { order },
          );
          expect(seen).toEqual(all.slice(0, stopAt + 1).map((visit) => visit.node));
        },
      ),
    );
  });

  it("stops a pre-order walk at the root, or skips the root's children", () => {
    const one = (answer: 'stop' | 'skip') => {
      const seen: string[] = [];
      walkExecutionTree(root, (node) => {
        seen.push(node.blockName);
        return answer;
      });
      return seen;
    };
    expect(one('stop')).toEqual(['-1']);
    expect(one('skip')).toEqual(['-1']);
  });

  it('goes on for any other answer a visitor gives', () => {
    const seen: string[] = [];
    const visitor = ((node: ExecutionNode) => {
      seen.push(node.blockName);
      return 'STOP';
    }) as unknown as ExecutionTreeVisitor;
    walkExecutionTree(root, visitor);
    expect(seen).toEqual(['-1', 'b5', 'b6']);
  });

  it('gives each sibling its index and its parent', () => {
    const children = [executionNode('a'), executionNode('b'), executionNode('c')];
    const parent = executionNode('p', { children });
    const seen: [string, number, ExecutionNode | undefined][] = [];
    walkExecutionTree(parent, (node, nodeParent, _depth, index) => {
      seen.push([node.blockName, index, nodeParent]);
    });
    expect(seen).toEqual([
      ['p', 0, undefined],
      ['a', 0, parent],
      ['b', 1, parent],
      ['c', 2, parent],
    ]);
  });

  it.each([
    [undefined, 'undefined'],
    [[], 'an array'],
    [{ blockName: 'x' }, 'an object without a children array'],
  ])('rejects a root that is %j', (bad, described) => {
    expect(() => walkExecutionTree(bad as unknown as ExecutionNode, () => undefined)).toThrow(
      new TypeError(
        `[vwed] walkExecutionTree: root must be an execution node (an object with a children array), got ${described}`,
      ),
    );
  });

  it('rejects a visitor that is not a function', () => {
    expect(() => walkExecutionTree(root, 'visit' as unknown as ExecutionTreeVisitor)).toThrow(
      new TypeError('[vwed] walkExecutionTree: visitor must be a function, got a string ("visit")'),
    );
  });

  it('rejects an unknown order and options that are not an object', () => {
    expect(() => walkExecutionTree(root, () => undefined, { order: 'in' as 'pre' })).toThrow(
      new TypeError(`[vwed] walkExecutionTree: options.order must be 'pre' or 'post', got a string ("in")`),
    );
    expect(() => walkExecutionTree(root, () => undefined, { order: {} as 'pre' })).toThrow(
      new TypeError(`[vwed] walkExecutionTree: options.order must be 'pre' or 'post', got an object`),
    );
    expect(() => walkExecutionTree(root, () => undefined, 'post' as unknown as { order: 'post' })).toThrow(
      new TypeError(
        '[vwed] walkExecutionTree: options must be an object or undefined, got a string ("post")',
      ),
    );
  });
});
