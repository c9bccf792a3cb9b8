import type { OperationName } from '../../src/client/operation-name.js';
/**
 * The store's state as plain data: what a snapshot holds and what `createMockStore({
 * snapshot })` restores. Everything the engine needs to carry on a run is here too, so
 * a run in flight survives a snapshot.
 */
import type { BlockRecordDetail, ExecutionLog, TaskRecordDetail } from '../../src/types.js';

/**
 * A block of a scenario: make it fail with a reason, take a given time (for a DelayBp, in
 * place of its own `timeMillis`), or return outputs.
 *
 * @example
 * ```ts
 * import type { ScenarioBlock } from '@vwed/task-record/mocks';
 *
 * const slowAndFailing: ScenarioBlock = { durationMs: 5_000, fail: '货叉传感器异常' };
 * ```
 */
export interface ScenarioBlock {
  fail?: string;
  durationMs?: number;
  outputs?: Record<string, unknown>;
}

/**
 * How a run behaves, block by block name.
 *
 * @example
 * ```ts
 * import type { Scenario } from '@vwed/task-record/mocks';
 *
 * const scenario: Scenario = { blocks: { b3: { fail: '叉车电量不足' }, b2: { durationMs: 5_000 } } };
 * ```
 */
export interface Scenario {
  blocks?: Record<string, ScenarioBlock>;
}

/**
 * Where a task came from: the detail's `source_*` fields and a few others.
 *
 * @example
 * ```ts
 * import type { TaskSource } from '@vwed/task-record/mocks';
 *
 * const source: TaskSource = { source_type: 3, source_system: 'WMS', source_user: 'alice' };
 * ```
 */
export interface TaskSource {
  source_type?: number | null;
  source_system?: string | null;
  source_user?: string | null;
  source_device?: string | null;
  source_ip?: string | null;
  source_time?: string | null;
  source_client_info?: string | null;
  source_remarks?: string | null;
  priority?: number;
  work_stations?: string | null;
  work_types?: string | null;
}

/** A task definition as added, in the VWED "wind task" format (docs/task-definitions.md). */
export interface StoredDefinition {
  id: string;
  label: string;
  version: number;
  periodicTask: 0 | 1;
  /** For a periodic task: milliseconds between runs. */
  period?: number;
  /** An object, or a JSON string as the real engine stores it. */
  detail: unknown;
}

/** One executing block of a thread. */
export interface Frame {
  block: string;
  phase: 'enter' | 'own' | 'children' | 'join';
  branch?: string;
  index: number;
  iteration: number;
  /** The block's resolved inputs, kept from its start to the end of its own time. */
  inputs?: Record<string, unknown>;
  /** IterateListBp's list. */
  items?: unknown[];
  limit?: number;
  /** Set when the block runs no (more) children: a false IfBp or WhileBp, an empty loop. */
  done?: boolean;
  pending?: number;
  failure?: string;
}

export interface RunThread {
  id: number;
  wakeAt: number | null;
  stack: Frame[];
  /** The thread of the ParallelFlowBp that started this one. */
  joinTo?: number;
}

export interface RunState {
  taskRecordId: string;
  definitionId: string;
  threads: RunThread[];
  /** Block outputs by block name: what `blocks.<name>.<field>` reads. */
  outputs: Record<string, Record<string, unknown>>;
  scenario: Scenario;
  /** Blocks started so far: a run that starts too many fails, so nested loops cannot hang the mock. */
  steps: number;
}

export interface Schedule {
  definitionId: string;
  nextAt: number;
  enabled: boolean;
  inputParams: Record<string, unknown>;
  source: TaskSource;
}

/**
 * A fault to inject: the next `times` requests of `operation` answer `status` with
 * `message` (in the operation's envelope).
 *
 * @example
 * ```ts
 * store.injectFault({ operation: 'stopTask', status: 500, message: '任务记录终止失败: 数据库连接超时', times: 1 });
 * ```
 */
export interface Fault {
  operation: string;
  status: number;
  message: string;
  times: number;
}

/**
 * What `injectFault` takes: the operation and a failure status the spec documents for it;
 * `message` defaults to `injected fault <status>` and `times` to 1.
 *
 * @example
 * ```ts
 * const fault: FaultInput = { operation: 'getTaskRecord', status: 503 };
 * store.injectFault(fault); // { operation: 'getTaskRecord', status: 503, message: 'injected fault 503', times: 1 }
 * ```
 */
export interface FaultInput {
  operation: OperationName;
  status: number;
  message?: string;
  times?: number;
}

/**
 * One request the handlers served.
 *
 * @example
 * ```ts
 * const stops = store.requests.filter((entry) => entry.operation === 'stopTask');
 * expect(stops).toHaveLength(1);
 * ```
 */
export interface JournalEntry {
  /**
   * The request's number in the store's journal, from 1 and never reused (a reset starts
   * again): `requests({ since })` of the control API gives the ones after a number.
   */
  seq: number;
  method: string;
  path: string;
  operation: string | null;
  /** The ID in the path, decoded (a task record's; a block record's for getBlockRecord), or null. */
  id: string | null;
  body: string | null;
  status: number;
  /** True when an injected fault answered instead of the operation. */
  fault?: boolean;
}

/**
 * The whole state of a store as plain JSON data: what `snapshot()` returns, what
 * `createMockStore({ snapshot })` restores, and what the reference server's state file holds.
 *
 * @example
 * ```ts
 * import { createMockStore, type StoreState } from '@vwed/task-record/mocks';
 *
 * const saved: StoreState = createMockStore({ seed: 'demo' }).snapshot();
 * const copy = createMockStore({ snapshot: saved });
 * ```
 */
export interface StoreState {
  version: 1;
  now: number;
  random: number;
  nextThreadId: number;
  definitions: StoredDefinition[];
  tasks: TaskRecordDetail[];
  blocks: BlockRecordDetail[];
  logs: [blockRecordId: string, logs: ExecutionLog[]][];
  runs: RunState[];
  schedules: Schedule[];
  faults: Fault[];
  requests: JournalEntry[];
}
