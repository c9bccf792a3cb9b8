/**
 * The operationIds of the mock's control API (`openapi/mock-control.yaml`), as its errors
 * report them in `operation`. Written out rather than `keyof operations`: `VwedOperation`
 * includes them, and the task-record entry's declarations should not carry the control
 * spec's types with it. A type test holds the list to the generated `operations`.
 *
 * @example
 * ```ts
 * import type { MockControlOperation } from '@vwed/task-record/control';
 *
 * const operation: MockControlOperation = 'advanceClock';
 * ```
 */
export type MockControlOperation =
  | 'getHealth'
  | 'addDefinition'
  | 'removeDefinition'
  | 'runTask'
  | 'advanceClock'
  | 'runUntilIdle'
  | 'injectFault'
  | 'clearFaults'
  | 'getRequests'
  | 'resetStore'
  | 'getSnapshot'
  | 'restoreSnapshot';
