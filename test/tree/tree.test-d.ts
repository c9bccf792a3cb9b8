/**
 * Type tests of the tree toolkit: what a user's editor accepts and shows.
 */
import { describe, expectTypeOf, it } from 'vitest';
import {
  type ExecutionFailure,
  type ExecutionTreeSummary,
  getExecutionPath,
  type NormalizedExecutionResults,
  normalizeExecutionResults,
  summarizeExecutionTree,
  walkExecutionTree,
} from '../../src/index.js';
import type { ExecutionNode, ExecutionResults } from '../../src/types.js';

declare const root: ExecutionNode;
declare const results: ExecutionResults;

describe('tree toolkit types', () => {
  it('normalizes any execution results to a mode and a root', () => {
    expectTypeOf(normalizeExecutionResults(results)).toEqualTypeOf<NormalizedExecutionResults>();
    expectTypeOf<NormalizedExecutionResults['mode']>().toEqualTypeOf<'nested' | 'flat'>();
    expectTypeOf<NormalizedExecutionResults['root']>().toEqualTypeOf<ExecutionNode>();
  });

  it('accepts a visitor with a block body, and one that answers skip or stop', () => {
    walkExecutionTree(root, (node) => {
      console.log(node.blockName);
    });
    walkExecutionTree(root, (node) => (node.executionStatus === 1006 ? 'skip' : undefined), { order: 'pre' });
    walkExecutionTree(root, (_node, parent, depth, index, ancestors) => {
      expectTypeOf(parent).toEqualTypeOf<ExecutionNode | undefined>();
      expectTypeOf(depth).toEqualTypeOf<number>();
      expectTypeOf(index).toEqualTypeOf<number>();
      expectTypeOf(ancestors).toEqualTypeOf<readonly ExecutionNode[]>();
      return 'stop';
    });
  });

  it('refuses a visitor answer that means nothing, and an unknown order', () => {
    // @ts-expect-error a number is no walk action: `(node) => list.push(node)` is a bug
    walkExecutionTree(root, (node) => [node].push(node));
    // @ts-expect-error 'in' is no order
    walkExecutionTree(root, () => undefined, { order: 'in' });
  });

  it('gives read-only summaries', () => {
    const summary = summarizeExecutionTree(root, { now: '2025-09-29T17:33:00' });
    expectTypeOf(summary).toEqualTypeOf<ExecutionTreeSummary>();
    expectTypeOf(summary.failures).toEqualTypeOf<readonly ExecutionFailure[]>();
    expectTypeOf(summary.firstFailure).toEqualTypeOf<ExecutionFailure | undefined>();
    expectTypeOf(summary.wallTimeMs).toEqualTypeOf<number | null>();
    // @ts-expect-error the summary is read-only
    summary.total = 0;
  });

  it('types a path as nodes or undefined, by name or by predicate', () => {
    expectTypeOf(getExecutionPath(root, 'b5')).toEqualTypeOf<ExecutionNode[] | undefined>();
    expectTypeOf(getExecutionPath(root, (node) => node.level === 2)).toEqualTypeOf<
      ExecutionNode[] | undefined
    >();
  });
});
