/**
 * Small builders for task definitions in the "wind task" format (docs/task-definitions.md), so
 * that a test writes a definition with type help instead of by hand. The demo seed uses them too.
 */
import type { TaskDefinitionInput } from '../store/commands/add-definition.js';

/**
 * One input parameter of a block: a `Simple` literal or an `Expression` the engine evaluates.
 *
 * @example
 * ```ts
 * import type { BlockParamInput } from '@vwed/task-record/mocks';
 *
 * const wait: BlockParamInput = { type: 'Simple', value: 5_000 };
 * ```
 */
export interface BlockParamInput {
  type: string;
  value: unknown;
  required?: boolean;
}

/**
 * A block of a definition as written: its input parameters, and its children by branch name
 * (`default`; `if`/`else`; `if`/`else_if`/`else`; `try`/`catch`).
 *
 * @example
 * ```ts
 * import { type BlockInput, simple } from '@vwed/task-record/mocks';
 *
 * const wait: BlockInput = { id: 2, name: 'b2', blockType: 'DelayBp', inputParams: { timeMillis: simple(5_000) } };
 * ```
 */
export interface BlockInput {
  id: number;
  name: string;
  blockType: string;
  inputParams?: Record<string, BlockParamInput>;
  children?: Record<string, BlockInput[]>;
}

/**
 * A `Simple` (literal) input parameter.
 *
 * @example
 * ```ts
 * import { simple } from '@vwed/task-record/mocks';
 *
 * const list = simple('[1,2,3]');
 * ```
 */
export const simple = (value: unknown): BlockParamInput => ({ type: 'Simple', value });

/**
 * An `Expression` input parameter: read by the engine's evaluator over `taskInputs`,
 * `blocks.<name>.<field>` and `task.variables`, never run as code.
 *
 * @example
 * ```ts
 * import { expression } from '@vwed/task-record/mocks';
 *
 * const message = expression('blocks.b1.item');
 * ```
 */
export const expression = (value: string): BlockParamInput => ({ type: 'Expression', value });

/**
 * A definition whose root block (`RootBp`, named `-1`) runs `blocks` in its `default` branch.
 * `inputParams` are the task's own parameters (`{name, type, required, defaultValue}`);
 * `extra` sets `version`, `periodicTask` and `period`.
 *
 * @example
 * ```ts
 * import { createMockStore, defineTask, simple } from '@vwed/task-record/mocks';
 *
 * const store = createMockStore();
 * store.addDefinition(
 *   defineTask('pick', '取货', [{ id: 1, name: 'b1', blockType: 'DelayBp', inputParams: { timeMillis: simple(2_000) } }]),
 * );
 * ```
 */
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
