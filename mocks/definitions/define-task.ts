/**
 * Small builders for task definitions in the "wind task" format: the demo seed and the
 * tests write their definitions with them.
 */
import type { TaskDefinitionInput } from '../store/create-mock-store.js';

/** A block of a definition as written: children by branch name. */
export interface BlockInput {
  id: number;
  name: string;
  blockType: string;
  inputParams?: Record<string, { type: string; value: unknown; required?: boolean }>;
  children?: Record<string, BlockInput[]>;
}

/** A `Simple` (literal) input parameter. */
export const simple = (value: unknown) => ({ type: 'Simple', value });

/** An `Expression` input parameter, read by the engine's evaluator. */
export const expression = (value: string) => ({ type: 'Expression', value });

/** A definition whose root block runs `blocks` in its `default` branch. */
export function defineTask(
  id: string,
  label: string,
  blocks: BlockInput[],
  inputParams: unknown[] = [],
  extra: Partial<TaskDefinitionInput> = {},
): TaskDefinitionInput {
  return {
    id,
    label,
    version: 1,
    detail: {
      inputParams,
      outputParams: [],
      rootBlock: { id: -1, name: '-1', blockType: 'RootBp', inputParams: {}, children: { default: blocks } },
    },
    ...extra,
  };
}
