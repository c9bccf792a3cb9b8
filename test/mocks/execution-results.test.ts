/**
 * The execution tree is built from the definition's blocks in pre-order, with each block's
 * record found once per change of the run (not once per tree): whatever changes the run, the
 * next tree says so.
 */
import { describe, expect, it } from 'vitest';
import { buildExecutionResults } from '../../mocks/core/build-execution-results.js';
import { definitionOrder } from '../../mocks/definitions/definition-order.js';
import { parseDefinitionDetail } from '../../mocks/definitions/parse-definition.js';
import { createMockStore } from '../../mocks/index.js';
import { partsOf } from '../../mocks/store/store-parts.js';
import type { ExecutionNode } from '../../src/types.js';
import { definition, simple } from './definitions.js';
import { recordsOf } from './records-of.js';

const print = (id: number, name: string) => ({
  id,
  name,
  blockType: 'PrintBp',
  inputParams: { message: simple(name) },
});
const delay = (id: number, name: string, ms: number) => ({
  id,
  name,
  blockType: 'DelayBp',
  inputParams: { timeMillis: simple(ms) },
});

/** root -> b1 if/else (b2 | b3, b4) -> b5 with b6 */
const branching = definition('branching', [
  {
    id: 1,
    name: 'b1',
    blockType: 'IfElseBp',
    inputParams: { condition: simple(true) },
    children: { if: [print(2, 'b2')], else: [print(3, 'b3'), print(4, 'b4')] },
  },
  { id: 5, name: 'b5', blockType: 'SerialFlowBp', inputParams: {}, children: { default: [print(6, 'b6')] } },
]);

/** Each node as `name:status`, in pre-order, children in their order. */
function outline(tree: ExecutionNode | ExecutionNode[]): string[] {
  const lines: string[] = [];
  const stack = Array.isArray(tree) ? [...tree].reverse() : [tree];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    lines.push(`${node.blockName}:${node.executionStatus}`);
    stack.push(...[...node.children].reverse());
  }
  return lines;
}

describe('definitionOrder', () => {
  it('lists the blocks in pre-order, branches in order, with each parent index', () => {
    const parsed = parseDefinitionDetail(branching.detail);
    if (!parsed.ok) throw new Error(parsed.reason);
    const order = definitionOrder(parsed.definition);
    expect(order.names).toEqual(['-1', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6']);
    expect([...order.parents]).toEqual([-1, 0, 1, 1, 1, 0, 5]);
    expect([...order.hasChildren]).toEqual([1, 1, 0, 0, 0, 1, 0]);
    expect(order.typeNames[2]).toBe('打印块');
    expect(order.names[0]).toBe(parsed.definition.root.name);
    // Made once per parsed definition.
    expect(definitionOrder(parsed.definition)).toBe(order);
  });
});

describe('buildExecutionResults', () => {
  it('keeps the definition order, and shows the blocks not reached as 1006', () => {
    const store = createMockStore();
    store.addDefinition(branching);
    const id = store.runTask('branching');
    expect(outline(buildExecutionResults(partsOf(store), id))).toEqual([
      '-1:1006',
      'b1:1006',
      'b2:1006',
      'b3:1006',
      'b4:1006',
      'b5:1006',
      'b6:1006',
    ]);
    store.runUntilIdle();
    expect(outline(buildExecutionResults(partsOf(store), id))).toEqual([
      '-1:1000',
      'b1:1000',
      'b2:1000',
      'b3:1006',
      'b4:1006',
      'b5:1000',
      'b6:1000',
    ]);
  });

  it('follows a run from tree to tree: new records, records that change, and direct edits', () => {
    const store = createMockStore();
    store.addDefinition(definition('slow', [delay(1, 'b1', 1_000), delay(2, 'b2', 1_000)]));
    const id = store.runTask('slow');
    store.advance(10);
    expect(outline(buildExecutionResults(partsOf(store), id))).toEqual(['-1:1001', 'b1:1001', 'b2:1006']);
    // b1 ends and b2 starts: a new record.
    store.advance(1_000);
    expect(outline(buildExecutionResults(partsOf(store), id))).toEqual(['-1:1001', 'b1:1000', 'b2:1001']);
    // b2 ends: no new record, the same ones changed in place.
    store.advance(1_000);
    expect(outline(buildExecutionResults(partsOf(store), id))).toEqual(['-1:1000', 'b1:1000', 'b2:1000']);
    // A test that edits a record itself sees its edit in the next tree.
    const b2 = recordsOf(store).blockRecordByName(id, 'b2');
    if (!b2) throw new Error('no record of b2');
    b2.status = 2000;
    const tree = buildExecutionResults(partsOf(store), id);
    expect(outline(tree)).toEqual(['-1:1000', 'b1:1000', 'b2:2000']);
  });

  it('gives each run of one definition its own records', () => {
    const store = createMockStore();
    store.addDefinition(definition('d', [print(1, 'b1')]));
    const passed = store.runTask('d');
    const failed = store.runTask('d', {}, { scenario: { blocks: { b1: { fail: '打印失败' } } } });
    store.runUntilIdle();
    expect(outline(buildExecutionResults(partsOf(store), passed))).toEqual(['-1:1000', 'b1:1000']);
    expect(outline(buildExecutionResults(partsOf(store), failed))).toEqual(['-1:2000', 'b1:2000']);
    expect(outline(buildExecutionResults(partsOf(store), passed))).toEqual(['-1:1000', 'b1:1000']);
  });

  it('follows a replaced definition, and a reset', () => {
    const store = createMockStore();
    store.addDefinition(definition('d', [print(1, 'b1')]));
    const id = store.runTask('d');
    store.runUntilIdle();
    expect(outline(buildExecutionResults(partsOf(store), id))).toEqual(['-1:1000', 'b1:1000']);
    // A new block, before the old one: every block must find its own record again.
    store.addDefinition(definition('d', [print(2, 'b2'), print(1, 'b1')]));
    expect(outline(buildExecutionResults(partsOf(store), id))).toEqual(['-1:1000', 'b2:1006', 'b1:1000']);
    store.reset();
    expect(recordsOf(store).task(id)).toBeUndefined();
    const again = createMockStore({ seed: 'doc-examples' });
    const first = again.snapshot().tasks[0];
    if (!first) throw new Error('no seeded task');
    const before = outline(buildExecutionResults(partsOf(again), first.id));
    // An edit of a record the last tree was built from: a reset must not bring it back.
    const edited = recordsOf(again).blockRecordsOf(first.id)[0];
    if (!edited) throw new Error('no seeded block record');
    edited.status = 2000;
    expect(outline(buildExecutionResults(partsOf(again), first.id))).not.toEqual(before);
    again.reset();
    expect(outline(buildExecutionResults(partsOf(again), first.id))).toEqual(before);
  });
});
