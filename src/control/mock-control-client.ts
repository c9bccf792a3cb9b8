import type { Client } from 'openapi-fetch';
import type { paths } from '../generated/mock-control.js';
import type {
  Fault,
  FaultInput,
  JournalEntry,
  JournalFilter,
  RunTaskOptions,
  StoreState,
  TaskDefinitionInput,
} from './mock-control-types.js';

/**
 * The typed client of the mock's control API (`openapi/mock-control.yaml`): one method per
 * operation, resolving with what the answer says and rejecting with a typed error
 * (`MockControlError` for a failure answer, `VwedNetworkError`, `VwedTimeoutError`). The same
 * calls drive the reference server over HTTP and the MSW handlers with `control: true`.
 *
 * @example
 * ```ts
 * import { createMockControlClient, type MockControlClient } from '@vwed/task-record/control';
 *
 * const control: MockControlClient = createMockControlClient({ baseUrl: 'http://127.0.0.1:4010' });
 * const taskRecordId = await control.runTask('demo-transport', {}, { scenario: { blocks: { b3: { fail: '举升机构故障' } } } });
 * await control.runUntilIdle();
 * ```
 */
export interface MockControlClient {
  /** `GET /healthz`: whether the server is up (answered even with the control API off). */
  health(): Promise<{ status: 'ok' }>;
  /** `POST /__mock/definitions`: adds a task definition, or replaces the one with its `id`. */
  addDefinition(definition: TaskDefinitionInput): Promise<{ id: string }>;
  /** `DELETE /__mock/definitions/{id}`: removes a definition; `removed` says whether there was one. */
  removeDefinition(definitionId: string): Promise<{ id: string; removed: boolean }>;
  /** `POST /__mock/tasks`: starts a run of a definition and resolves with the new task record's ID. */
  runTask(
    definitionId: string,
    inputParams?: Record<string, unknown>,
    options?: RunTaskOptions,
  ): Promise<string>;
  /** `POST /__mock/clock/advance`: moves the store's clock on by `ms` (whole ms, at most one hour). */
  advanceClock(ms: number): Promise<{ now: string }>;
  /** `POST /__mock/clock/run-until-idle`: moves the clock on until no run is left, at most `maxMs` (default one hour). */
  runUntilIdle(maxMs?: number): Promise<{ now: string }>;
  /** `POST /__mock/faults`: makes the next `times` requests of a task-record operation fail. */
  injectFault(fault: FaultInput): Promise<Fault>;
  /** `DELETE /__mock/faults`: drops every queued fault, and says how many there were. */
  clearFaults(): Promise<{ cleared: number }>;
  /** `GET /__mock/requests`: the task-record API's requests the mock served, oldest first, filtered. */
  requests(filter?: JournalFilter): Promise<JournalEntry[]>;
  /** `POST /__mock/reset`: puts the store back as it started (its seed, or the state file read at start). */
  reset(): Promise<void>;
  /** `GET /__mock/snapshot`: the store's whole state. */
  snapshot(): Promise<StoreState>;
  /** `PUT /__mock/snapshot`: replaces the store's whole state with one `snapshot` read; resolves with its clock. */
  restore(state: StoreState): Promise<{ now: string }>;
  /** The underlying openapi-fetch client of the control API's paths, for anything the methods do not cover. */
  readonly raw: Client<paths>;
}
