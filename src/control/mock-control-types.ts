/**
 * Named aliases for the payloads of the mock's control API, taken from the types that
 * openapi-typescript generates from `openapi/mock-control.yaml` (not from `mocks/`, which
 * this entry must not load). The spec is the source of truth: change it, run
 * `npm run generate`, and these follow.
 */
import type { OperationName } from '../client/operation-name.js';
import type { components } from '../generated/mock-control.js';

type Schemas = components['schemas'];

/**
 * A task definition in the VWED "wind task" format (`docs/task-definitions.md`), as
 * `addDefinition` sends it. `detail` is the block tree, an object or a JSON string.
 *
 * @example
 * ```ts
 * import type { TaskDefinitionInput } from '@vwed/task-record/control';
 *
 * const definition: TaskDefinitionInput = {
 *   id: 'print-once',
 *   label: '打印一次',
 *   detail: {
 *     inputParams: [],
 *     outputParams: [],
 *     rootBlock: { id: -1, name: '-1', blockType: 'RootBp', inputParams: {}, children: { default: [] } },
 *   },
 * };
 * ```
 */
export type TaskDefinitionInput = Schemas['TaskDefinitionInput'];

/**
 * How a run behaves, block by block name: fail with a reason, take a given time, return outputs.
 *
 * @example
 * ```ts
 * import type { Scenario } from '@vwed/task-record/control';
 *
 * const scenario: Scenario = { blocks: { b3: { fail: '叉车电量不足' }, b2: { durationMs: 5_000 } } };
 * ```
 */
export type Scenario = Schemas['Scenario'];

/**
 * What one block of a {@link Scenario} does when it runs.
 *
 * @example
 * ```ts
 * import type { ScenarioBlock } from '@vwed/task-record/control';
 *
 * const slowAndFailing: ScenarioBlock = { durationMs: 5_000, fail: '货叉传感器异常' };
 * ```
 */
export type ScenarioBlock = Schemas['ScenarioBlock'];

/**
 * Where a task came from: fills the task record's `source_*` fields, `priority`,
 * `work_stations` and `work_types`.
 *
 * @example
 * ```ts
 * import type { TaskSource } from '@vwed/task-record/control';
 *
 * const source: TaskSource = { source_type: 3, source_system: 'WMS', source_user: 'alice' };
 * ```
 */
export type TaskSource = Schemas['TaskSource'];

/**
 * A fault to queue with `injectFault`: the next `times` (default 1) requests of a task-record
 * operation answer `status` with `message` (default `injected fault <status>`).
 *
 * @example
 * ```ts
 * import type { FaultInput } from '@vwed/task-record/control';
 *
 * const fault: FaultInput = { operation: 'stopTask', status: 500, message: '任务记录终止失败: 数据库连接超时' };
 * ```
 */
export type FaultInput = Schemas['FaultRequest'];

/**
 * A queued fault, its defaults filled in: what `injectFault` answers.
 *
 * @example
 * ```ts
 * import type { Fault } from '@vwed/task-record/control';
 *
 * const left = (faults: Fault[]) => faults.reduce((sum, fault) => sum + fault.times, 0);
 * ```
 */
export type Fault = Schemas['Fault'];

/**
 * One request the task-record API served, from the mock's journal (`requests`).
 *
 * @example
 * ```ts
 * import type { JournalEntry } from '@vwed/task-record/control';
 *
 * const stops = (entries: JournalEntry[]) => entries.filter((entry) => entry.operation === 'stopTask');
 * ```
 */
export type JournalEntry = Schemas['JournalEntry'];

/**
 * The mock store's whole state, as `snapshot` reads it and `restore` puts it back.
 *
 * @example
 * ```ts
 * import type { StoreState } from '@vwed/task-record/control';
 *
 * const taskCount = (state: StoreState) => state.tasks.length;
 * ```
 */
export type StoreState = Schemas['StoreState'];

/**
 * How `runTask` steers a run: its scenario, its source fields and its variables.
 *
 * @example
 * ```ts
 * import type { RunTaskOptions } from '@vwed/task-record/control';
 *
 * const options: RunTaskOptions = { scenario: { blocks: { b3: { fail: '举升机构故障' } } }, variables: { batch: 7 } };
 * ```
 */
export interface RunTaskOptions {
  scenario?: Scenario;
  source?: TaskSource;
  variables?: Record<string, unknown>;
}

/**
 * Which journal entries `requests` reads: of one task-record operation, naming one task
 * record, numbered above `since` (the last `seq` seen). Each left out matches every entry.
 *
 * @example
 * ```ts
 * import type { JournalFilter } from '@vwed/task-record/control';
 *
 * const filter: JournalFilter = { operation: 'retryTask', since: 12 };
 * ```
 */
export interface JournalFilter {
  /** An operationId of the task-record API; another name is refused before anything is sent. */
  operation?: OperationName;
  taskRecordId?: string;
  since?: number;
}
