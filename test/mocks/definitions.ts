/** Task definitions for the mock tests, in the format of DESIGN.md. */
import type { TaskDefinitionInput } from '../../mocks/index.js';

type Block = {
  id: number;
  name: string;
  blockType: string;
  inputParams?: Record<string, { type: string; value: unknown; required?: boolean }>;
  children?: Record<string, Block[]>;
};

export function definition(
  id: string,
  blocks: Block[],
  extra: Partial<TaskDefinitionInput> = {},
): TaskDefinitionInput {
  return {
    id,
    label: '示例任务',
    version: 2,
    detail: {
      inputParams: [{ name: 'from', type: 'String', required: true, defaultValue: 'A' }],
      outputParams: [],
      rootBlock: { id: -1, name: '-1', blockType: 'RootBp', inputParams: {}, children: { default: blocks } },
    },
    ...extra,
  };
}

export const simple = (value: unknown) => ({ type: 'Simple', value });
export const expression = (value: string) => ({ type: 'Expression', value });

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
