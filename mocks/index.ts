/**
 * `@vwed/task-record/mocks`: MSW handlers backed by an in-memory store and a simulated
 * task engine, for the browser and Node. Runs anywhere: no `node:` imports.
 *
 * Every export is listed by name; types with `export type`. The engine, the definition
 * parser and the expression evaluator are not exported: they are how the store works. The
 * definition builders are: they give a test's definitions type help.
 */
export { handleMockRequest } from './core/handle-mock-request.js';
export type { MockRequest, MockResponse } from './core/mock-request.js';
export {
  type BlockInput,
  type BlockParamInput,
  defineTask,
  expression,
  simple,
} from './definitions/define-task.js';
export { createTaskRecordHandlers } from './handlers/create-task-record-handlers.js';
export type { TaskRecordHandlersOptions } from './handlers/task-record-handlers-options.js';
export type { TaskDefinitionInput } from './store/commands/add-definition.js';
export type { RunTaskOptions } from './store/commands/create-run.js';
export { createMockStore, MockStore } from './store/create-mock-store.js';
export type { ClockOption } from './store/mock-clock.js';
export {
  isMockInputError,
  MockInputError,
  type MockInputErrorCode,
} from './store/mock-input-error.js';
export type { MockStoreOptions } from './store/mock-store-options.js';
export type {
  Fault,
  FaultInput,
  JournalEntry,
  Scenario,
  ScenarioBlock,
  StoreState,
  TaskSource,
} from './store/store-state.js';
