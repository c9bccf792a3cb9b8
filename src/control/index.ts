/**
 * `@vwed/task-record/control`: a typed client of the mock's control API
 * (`openapi/mock-control.yaml`), for tests that set the mock up from another process (the
 * reference server) or through MSW with `createTaskRecordHandlers({ store, control: true })`.
 * Runs in browsers and Node: no `node:` imports.
 *
 * Every export is listed by name; types are exported with `export type`. Nothing comes from
 * `mocks/`: the types are the control spec's, so neither msw nor the simulated engine is
 * loaded. The network and timeout guards are re-exported, the error classes not: a test that
 * uses only this entry can still tell the failures apart, and the guards check `name`, so they
 * hold across the ESM and CommonJS copies of a class.
 */
export type { HeaderRecord } from '../client/header-record.js';
export { isMockControlError, MockControlError } from '../errors/mock-control-error.js';
export { isVwedNetworkError } from '../errors/vwed-network-error.js';
export { isVwedTimeoutError } from '../errors/vwed-timeout-error.js';
// The raw types generated from the control spec: `paths` for `raw` (openapi-fetch's
// `Client<paths>`), `operations` and `components` for request and response types.
export type { components, operations, paths } from '../generated/mock-control.js';
export type { ControlAnswer } from './control-answer.js';
export { createMockControlClient } from './create-mock-control-client.js';
export type { MockControlClient } from './mock-control-client.js';
export type { MockControlClientOptions } from './mock-control-client-options.js';
export type { MockControlOperation } from './mock-control-operation.js';
export type {
  Fault,
  FaultInput,
  JournalEntry,
  JournalFilter,
  RunTaskOptions,
  Scenario,
  ScenarioBlock,
  StoreState,
  TaskDefinitionInput,
  TaskSource,
} from './mock-control-types.js';
