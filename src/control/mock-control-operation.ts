import type { operations } from '../generated/mock-control.js';

/**
 * The operationIds of the mock's control API (`openapi/mock-control.yaml`), as its errors
 * report them in `operation`: `getHealth`, `addDefinition`, `runTask`, `getSnapshot`, ...
 *
 * @example
 * ```ts
 * import type { MockControlOperation } from '@vwed/task-record/control';
 *
 * const operation: MockControlOperation = 'advanceClock';
 * ```
 */
export type MockControlOperation = keyof operations;
