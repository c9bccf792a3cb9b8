/** Task definitions for the mock tests, in the format of docs/task-definitions.md. */
import { type BlockInput, defineTask, expression, simple } from '../../mocks/definitions/define-task.js';
import { createMockStore, type Scenario, type TaskDefinitionInput } from '../../mocks/index.js';
import { recordsOf } from './records-of.js';

export { expression, simple };

export function definition(
  id: string,
  blocks: BlockInput[],
  extra: Partial<TaskDefinitionInput> = {},
): TaskDefinitionInput {
  const inputParams = [{ name: 'from', type: 'String', required: true, defaultValue: 'A' }];
  return defineTask(id, '示例任务', blocks, inputParams, { version: 2, ...extra });
}

/** The example of docs/task-definitions.md: iterate [1..5] and print each item. */
export const iterateAndPrint = definition('3273c7cb-b4bb-47df-9d47-17f96bc401fc', [
  {
    id: 1,
    name: 'b1',
    blockType: 'IterateListBp',
    inputParams: { list: simple('[1,2,3,4,5]') },
    children: {
      default: [
        { id: 2, name: 'b2', blockType: 'PrintBp', inputParams: { message: expression('blocks.b1.item') } },
      ],
    },
  },
]);

/** Runs a definition of these blocks to the end: the store, the record id and its block records by name. */
export function runToEnd(
  blocks: BlockInput[],
  inputs: Record<string, unknown> = {},
  scenario: Scenario = {},
) {
  const store = createMockStore();
  store.addDefinition(definition('d', blocks));
  const id = store.runTask('d', inputs, { scenario });
  store.runUntilIdle();
  const task = recordsOf(store).task(id);
  const blocksByName = Object.fromEntries(
    recordsOf(store)
      .blockRecordsOf(id)
      .map((record) => [record.block_name, record]),
  );
  return { store, id, task, blocksByName };
}

/** A store with one run of a 1 s DelayBp, 10 ms in: a task that is still running. */
export function storeWithRun() {
  const store = createMockStore();
  store.addDefinition(
    definition('d', [
      { id: 1, name: 'b1', blockType: 'DelayBp', inputParams: { timeMillis: simple(1_000) } },
    ]),
  );
  const id = store.runTask('d');
  store.advance(10);
  return { store, id };
}
