/** Task definitions for the mock tests, in the format of DESIGN.md. */
import { type BlockInput, defineTask, expression, simple } from '../../mocks/definitions/define-task.js';
import type { TaskDefinitionInput } from '../../mocks/index.js';

export { expression, simple };

export function definition(
  id: string,
  blocks: BlockInput[],
  extra: Partial<TaskDefinitionInput> = {},
): TaskDefinitionInput {
  const inputParams = [{ name: 'from', type: 'String', required: true, defaultValue: 'A' }];
  return defineTask(id, '示例任务', blocks, inputParams, { version: 2, ...extra });
}

/** DESIGN.md's example: iterate [1..5] and print each item. */
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
