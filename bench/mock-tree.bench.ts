/**
 * The mock's execution-results tree for definitions of 1,000 to 100,000 blocks, each with
 * a record. Target (issue [4/6]): doubling the size costs at most 2.3x (linear time).
 * The store state is written directly, so setting up does not time the engine.
 */
import { bench, describe } from 'vitest';
import { buildExecutionResults } from '../mocks/core/build-execution-results.js';
import { createMockStore, type MockStore, type StoreState } from '../mocks/index.js';

const options = { time: 1_500, warmupTime: 300 };

/** A store with one finished record of a definition of `size` blocks: root, groups of 100, leaves. */
function storeOf(size: number): { store: MockStore; id: string } {
  const groups: unknown[] = [];
  const blocks: StoreState['blocks'] = [];
  const record = (name: string, type: string, index: number) =>
    blocks.push({
      id: `r-${index}`,
      block_name: name,
      block_id: String(index),
      block_config_id: '',
      block_input_params: {},
      block_input_params_value: {},
      block_out_params_value: null,
      block_internal_variables: {},
      block_execute_name: type,
      task_id: 'big',
      task_record_id: 'task',
      started_on: '2025-04-30T08:00:00.000000',
      ended_on: '2025-04-30T08:00:01.000000',
      ended_reason: '执行成功',
      status: 1000,
      ctrl_status: null,
      input_params: {},
      internal_variables: {},
      output_params: {},
      version: 1,
      remark: '执行成功',
    });
  record('-1', 'RootBp', 0);
  let index = 1;
  while (index < size) {
    const children: unknown[] = [];
    const group = {
      id: index,
      name: `g${index}`,
      blockType: 'SerialFlowBp',
      inputParams: {},
      children: { default: children },
    };
    record(`g${index}`, 'SerialFlowBp', index);
    index++;
    for (let leaf = 0; leaf < 99 && index < size; leaf++, index++) {
      children.push({ id: index, name: `b${index}`, blockType: 'PrintBp', inputParams: {}, children: {} });
      record(`b${index}`, 'PrintBp', index);
    }
    groups.push(group);
  }
  const empty = createMockStore().snapshot();
  const state: StoreState = {
    ...empty,
    definitions: [
      {
        id: 'big',
        label: 'big',
        version: 1,
        periodicTask: 0,
        detail: {
          inputParams: [],
          rootBlock: { id: -1, name: '-1', blockType: 'RootBp', children: { default: groups } },
        },
      },
    ],
    tasks: [
      {
        ...createMockStore({ seed: 'doc-examples' }).snapshot().tasks[0],
        id: 'task',
        task_id: 'big',
      } as StoreState['tasks'][number],
    ],
    blocks,
  };
  const store = createMockStore({ snapshot: state });
  buildExecutionResults(store, 'task'); // parses the definition once, as a store does before its first tree
  return { store, id: 'task' };
}

// One store at a time: built before each size's runs and dropped after, so that the larger
// sizes are not measured under the memory of all the others (GC would bend the ratios).
let current: { store: MockStore; id: string } | undefined;

/**
 * The floor: a bare loop that makes the objects every tree must have (a node and its
 * execution record per block) from the records, and nothing else. Its own ratio per
 * doubling shows what V8's allocator and collector cost at each size, whatever the code.
 */
function bareNodes(store: MockStore, id: string): unknown[] {
  const nodes: unknown[] = [];
  for (const record of store.blockRecordsOf(id)) {
    nodes.push({
      blockId: record.block_id,
      blockName: record.block_name,
      blockType: record.block_execute_name,
      executionStatus: record.status,
      executionRecord: { recordId: record.id, status: record.status, startedOn: record.started_on },
      children: [],
    });
  }
  return nodes;
}

describe('execution results tree, by definition size', () => {
  for (const size of [1_000, 10_000, 12_500, 25_000, 50_000, 100_000]) {
    const setUp = {
      ...options,
      setup: () => {
        current = storeOf(size);
      },
      teardown: () => {
        current = undefined;
      },
    };
    bench(
      `${size.toLocaleString('en')} blocks`,
      () => {
        if (current) buildExecutionResults(current.store, current.id);
      },
      setUp,
    );
    bench(
      `${size.toLocaleString('en')} blocks, bare node objects only (floor)`,
      () => {
        if (current) bareNodes(current.store, current.id);
      },
      setUp,
    );
  }
});
