/**
 * The mock's in-memory store: task definitions, task records, block records and logs,
 * the simulated engine beside them, and the store's clock. Two stores never share
 * state. Everything a test sets up goes through these methods; the request handlers
 * read and change the store through the operations in `mocks/core/`.
 */

import type { OperationName } from '../../src/client/operation-name.js';
import { operationTable } from '../../src/client/operation-table.js';
import { BlockRecordStatus, TaskStatus } from '../../src/status.js';
import type { BlockRecordDetail, ExecutionLog, TaskRecordDetail } from '../../src/types.js';
import { documentedFailureStatuses } from '../core/documented-failures.js';
import {
  type DefinitionBlock,
  type ParsedDefinition,
  type ParseResult,
  parseDefinitionDetail,
} from '../definitions/parse-definition.js';
import { nextWake, runEngineUntil, startRun } from '../engine/run-engine.js';
import { seedDemo } from '../fixtures/demo.js';
import { docExamplesState } from '../fixtures/doc-examples.js';
import { checkRunTaskArguments } from './check-run-task-arguments.js';
import { cloneJson } from './clone-json.js';
import { describeValue } from './describe-value.js';
import { formatTimestamp } from './format-timestamp.js';
import { maxJsonDepth, nestsDeeperThan } from './json-depth.js';
import {
  type ClockOption,
  createMockClock,
  defaultEpoch,
  followsWallTime,
  type MockClock,
  maxClockSpeed,
} from './mock-clock.js';
import { MockInputError, type MockInputErrorCode, refuseInput } from './mock-input-error.js';
import { createSeededRandom, type SeededRandom } from './seeded-random.js';
import type {
  Fault,
  FaultInput,
  JournalEntry,
  RunState,
  Scenario,
  Schedule,
  StoredDefinition,
  StoreState,
  TaskSource,
} from './store-state.js';
import { unknownOption } from './unknown-option.js';

/** The shortest period of a periodic definition: shorter ones would flood the store. */
const minPeriodMs = 1_000;
/** What `blockRecordsByName` gives for a task record with no block records. */
const noBlockRecords: ReadonlyMap<string, BlockRecordDetail> = new Map();

/** Every option of {@link MockStoreOptions}: any other key is a typo, refused. */
const mockStoreOptionNames = [
  'seed',
  'randomSeed',
  'clock',
  'httpStatus',
  'snapshot',
  'latencyMs',
  'journalLimit',
] as const satisfies readonly (keyof MockStoreOptions)[];

/** The operations a fault may name: those of the one operation table, in its order. */
const operationNames = Object.keys(operationTable) as OperationName[];

/**
 * Options of {@link createMockStore}.
 *
 * @example
 * ```ts
 * import { createMockStore, type MockStoreOptions } from '@vwed/task-record/mocks';
 *
 * const options: MockStoreOptions = { seed: 'doc-examples', randomSeed: 7, httpStatus: 'always-200' };
 * const store = createMockStore(options);
 * ```
 */
export interface MockStoreOptions {
  /** Starting data: nothing (default), the document's examples, or a demo. Ignored with `snapshot`. */
  seed?: 'empty' | 'doc-examples' | 'demo';
  /** The seed of IDs and vehicle choices. Default 1. */
  randomSeed?: number;
  /**
   * Virtual time (default: moves only with `advance` and `runUntilIdle`), or wall time at a
   * speed factor; `{ speed: 0 }` is the clock stopped, the same as `'virtual'`.
   */
  clock?: ClockOption;
  /** Answer failures with their HTTP status (default, ruling R4) or always HTTP 200. */
  httpStatus?: 'mirror' | 'always-200';
  /** A state from `snapshot()` to start from. */
  snapshot?: StoreState;
  /**
   * Real milliseconds the adapters wait before each answer, to show loading states. Default 0:
   * in virtual time nothing waits on a real timer unless asked to.
   */
  latencyMs?: number;
  /**
   * How many of the latest requests `store.requests` keeps. Default 10,000: enough for any
   * test, and a long-running server's memory and state file stay bounded.
   */
  journalLimit?: number;
}

/**
 * A task definition to add, in the VWED "wind task" format: the blocks and inputs the
 * simulated engine runs are described in docs/task-definitions.md, shipped in the package.
 *
 * @example
 * ```ts
 * store.addDefinition({
 *   id: 'def-1',
 *   label: '示例任务',
 *   detail: { inputParams: [], rootBlock: { id: -1, name: '-1', blockType: 'RootBp', children: {} } },
 * });
 * ```
 */
export interface TaskDefinitionInput {
  id: string;
  label: string;
  version?: number;
  periodicTask?: number;
  period?: number;
  /** An object, or a JSON string as the real engine stores it. */
  detail: unknown;
}

/**
 * Options of `store.runTask`.
 *
 * @example
 * ```ts
 * const id = store.runTask('def-1', { from: 'A' }, { scenario: { blocks: { b2: { fail: '超时' } } } });
 * ```
 */
export interface RunTaskOptions {
  scenario?: Scenario;
  source?: TaskSource;
  variables?: Record<string, unknown>;
}

function emptyState(now: number, random: number): StoreState {
  return {
    version: 1,
    now,
    random,
    nextThreadId: 1,
    definitions: [],
    tasks: [],
    blocks: [],
    logs: [],
    runs: [],
    schedules: [],
    faults: [],
    requests: [],
  };
}

/**
 * An isolated in-memory store with its engine and clock: what `createMockStore` returns.
 * The set-up methods (`addDefinition`, `runTask`, `advance`, `snapshot`, ...) are for tests;
 * the request handlers read and change it through the mock's core.
 *
 * @example
 * ```ts
 * import { createMockStore, type MockStore } from '@vwed/task-record/mocks';
 *
 * const store: MockStore = createMockStore({ seed: 'demo' });
 * store.advance(5_000);
 * ```
 */
export class MockStore {
  readonly httpStatus: 'mirror' | 'always-200';
  /** Real milliseconds the adapters wait before each answer; change it at any time. */
  latencyMs: number;
  /** @internal */
  random: SeededRandom;
  /** @internal */
  readonly runs = new Map<string, RunState>();
  #clock: MockClock;
  readonly #clockOption: ClockOption | undefined;
  readonly #initial: StoreState;
  #nextThreadId = 1;
  #definitions = new Map<string, StoredDefinition>();
  #parsed = new Map<string, ParseResult>();
  /** The definition each run started with (a replaced definition does not change runs in flight). */
  #runDefinitions = new Map<string, ParsedDefinition>();
  #tasks = new Map<string, TaskRecordDetail>();
  #blocks = new Map<string, BlockRecordDetail>();
  /** Each task record's block records by block name, in start order (a Map keeps insertion order). */
  #taskBlocks = new Map<string, Map<string, BlockRecordDetail>>();
  #logs = new Map<string, ExecutionLog[]>();
  #schedules: Schedule[] = [];
  #faults: Fault[] = [];
  #requests: JournalEntry[] = [];
  // Entries at the head of #requests past the limit, dropped in one go once they add up.
  #dropped = 0;
  readonly #journalLimit: number;

  /** @internal */
  constructor(options: MockStoreOptions, initial: StoreState) {
    this.httpStatus = options.httpStatus ?? 'mirror';
    this.latencyMs = options.latencyMs ?? 0;
    this.#journalLimit = options.journalLimit ?? 10_000;
    if (!Number.isFinite(this.latencyMs) || this.latencyMs < 0) {
      throw new MockInputError(
        'invalid-option',
        `[vwed] createMockStore: latencyMs must be a finite number >= 0, got ${String(options.latencyMs)}`,
      );
    }
    this.#initial = initial;
    this.#clockOption = options.clock;
    this.#clock = createMockClock(options.clock, initial.now);
    this.random = createSeededRandom(initial.random);
    this.#load(initial);
  }

  // ——— set-up API ———

  /** Adds (or replaces) a task definition. `detail` may be an object or a JSON string. */
  addDefinition(definition: TaskDefinitionInput): void {
    if (typeof definition !== 'object' || definition === null) {
      throw new MockInputError('invalid-argument', '[vwed] addDefinition: expected a definition object');
    }
    if (typeof definition.id !== 'string' || definition.id === '') {
      throw new MockInputError('invalid-argument', '[vwed] addDefinition: id must be a non-empty string');
    }
    const { period } = definition;
    if (period !== undefined && !(Number.isInteger(period) && period >= minPeriodMs)) {
      throw new MockInputError(
        'invalid-argument',
        `[vwed] addDefinition: period must be an integer >= ${minPeriodMs} (ms), got ${String(period)}`,
      );
    }
    checkDefinitionFields(definition);
    const stored: StoredDefinition = {
      id: definition.id,
      label: definition.label ?? definition.id,
      version: definition.version ?? 1,
      periodicTask: definition.periodicTask === 1 ? 1 : 0,
      ...(period !== undefined ? { period } : {}),
      detail: cloneJson(definition.detail),
    };
    this.#definitions.set(stored.id, stored);
    this.#parsed.delete(stored.id);
    if (stored.periodicTask !== 1 || stored.period === undefined) this.disableSchedule(stored.id);
    this.#changed();
  }

  /** Removes a task definition: its records remain, and their tree falls back to flat mode (R9). */
  removeDefinition(definitionId: string): boolean {
    this.#parsed.delete(definitionId);
    const removed = this.#definitions.delete(definitionId);
    this.#changed();
    return removed;
  }

  /**
   * Starts a run of a definition, as the engine's `run_task` does, and returns the new
   * task record's id. The run goes on as the clock advances.
   */
  runTask(
    definitionId: string,
    inputParams: Record<string, unknown> = {},
    options: RunTaskOptions = {},
  ): string {
    checkRunTaskArguments(inputParams, options);
    this.sync();
    const stored = this.#definitions.get(definitionId);
    if (!stored)
      throw new MockInputError(
        'unknown-definition',
        `[vwed] runTask: no definition ${JSON.stringify(definitionId)}`,
      );
    const id = this.#createTask(stored, cloneJson(inputParams ?? {}), options);
    if (stored.periodicTask === 1 && stored.period !== undefined) {
      this.#schedules = this.#schedules.filter((schedule) => schedule.definitionId !== definitionId);
      this.#schedules.push({
        definitionId,
        nextAt: this.#clock.now() + stored.period,
        enabled: true,
        inputParams: cloneJson(inputParams ?? {}),
        source: cloneJson(options.source ?? {}),
      });
    }
    this.#changed();
    return id;
  }

  /**
   * Moves the store's time on by `ms`, running everything due on the way. On a wall clock it
   * is a jump: time goes on from the new reading.
   */
  advance(ms: number): void {
    // Whole milliseconds: the engine's times and durations are integers (execution_time is).
    if (!Number.isSafeInteger(ms) || ms < 0) {
      throw new MockInputError(
        'invalid-argument',
        `[vwed] advance: ms must be a whole number >= 0, got ${String(ms)}`,
      );
    }
    // From where wall time has got to, not from the last request's reading.
    this.sync();
    this.#runUntil(this.#clock.now() + ms);
    this.#changed();
  }

  /**
   * Advances until no run is left, at most `maxMs` of virtual time (default one hour): a
   * bound, so a test can never spin forever. (A periodic definition always has a next
   * run: with one, this advances the whole bound.)
   */
  runUntilIdle(maxMs = 60 * 60 * 1_000): void {
    if (typeof maxMs !== 'number' || !Number.isFinite(maxMs) || maxMs < 0) {
      throw new MockInputError(
        'invalid-argument',
        `[vwed] runUntilIdle: maxMs must be a finite number >= 0, got ${String(maxMs)}`,
      );
    }
    const limit = this.#clock.now() + maxMs;
    for (;;) {
      const next = nextWake(this);
      if (next === undefined || next > limit) break;
      this.#runUntil(next);
    }
    this.#changed();
  }

  /** For a wall clock: catch the engine up with wall time. (Virtual: nothing to do.) @internal */
  sync(): void {
    if (this.#clock.mode === 'wall') this.#runUntil(this.#clock.target());
  }

  /** The store's time as the engine writes it. */
  now(): number {
    return this.#clock.now();
  }

  timestamp(): string {
    return formatTimestamp(this.#clock.now());
  }

  /**
   * The next `times` requests of `operation` answer `status` with `message`. Returns the
   * fault as queued, with its defaults filled in.
   */
  injectFault(fault: FaultInput): Fault {
    if (typeof fault !== 'object' || fault === null) {
      throw new MockInputError(
        'invalid-argument',
        `[vwed] injectFault: expected { operation, status, message?, times? }, got ${describeValue(fault)}`,
      );
    }
    if (!operationNames.includes(fault.operation)) {
      throw new MockInputError(
        'invalid-argument',
        `[vwed] injectFault: operation must be one of ${operationNames.join(', ')}, got ${describeValue(fault.operation)}`,
      );
    }
    if (!Number.isInteger(fault.status)) {
      throw new MockInputError(
        'invalid-argument',
        `[vwed] injectFault: status must be an integer, got ${describeValue(fault.status)}`,
      );
    }
    // Only what the spec documents for the operation: the mock never answers anything else.
    const documented = documentedFailureStatuses[fault.operation as OperationName];
    if (!documented.includes(fault.status)) {
      throw new MockInputError(
        'invalid-argument',
        `[vwed] injectFault: status ${fault.status} is not documented for ${fault.operation}; ` +
          `one of ${documented.join(', ')}`,
      );
    }
    if (fault.message !== undefined && typeof fault.message !== 'string') {
      throw new MockInputError(
        'invalid-argument',
        `[vwed] injectFault: message must be a string, got ${describeValue(fault.message)}`,
      );
    }
    if (fault.times !== undefined && !(Number.isInteger(fault.times) && fault.times > 0)) {
      throw new MockInputError(
        'invalid-argument',
        `[vwed] injectFault: times must be an integer > 0, got ${describeValue(fault.times)}`,
      );
    }
    const queued: Fault = {
      operation: fault.operation,
      status: fault.status,
      message: fault.message ?? `injected fault ${fault.status}`,
      times: fault.times ?? 1,
    };
    this.#faults.push(queued);
    this.#changed();
    return { ...queued };
  }

  /** Every request the handlers served, oldest first. */
  get requests(): readonly JournalEntry[] {
    this.#compactJournal();
    return this.#requests;
  }

  /** The whole state as plain data; `createMockStore({ snapshot })` restores it. */
  snapshot(): StoreState {
    return cloneJson(this.#liveState(true));
  }

  /**
   * The state as JSON text, what `JSON.stringify(store.snapshot())` gives (without the request
   * journal when `journal` is false), serialized from the live data in one pass instead of
   * copied first: for the reference server's state file. @internal
   */
  serializeState(journal: boolean): string {
    return JSON.stringify(this.#liveState(journal));
  }

  /** The state's parts, shared with the store: only to copy or serialize at once. */
  #liveState(journal: boolean): StoreState {
    this.#compactJournal();
    return {
      version: 1 as const,
      now: this.#clock.now(),
      random: this.random.state(),
      nextThreadId: this.#nextThreadId,
      definitions: [...this.#definitions.values()],
      tasks: [...this.#tasks.values()],
      blocks: [...this.#blocks.values()],
      logs: [...this.#logs.entries()],
      runs: [...this.runs.values()],
      schedules: this.#schedules,
      faults: this.#faults,
      requests: journal ? this.#requests : [],
    };
  }

  /** Back to the state the store was created with: data, clock and random stream. */
  reset(): void {
    this.#clock = createMockClock(this.#clockOption, this.#initial.now);
    this.random = createSeededRandom(this.#initial.random);
    this.#load(this.#initial);
    this.#changed();
  }

  /**
   * Called after each change of the saved state (not of the request journal): a set-up call,
   * an operation's stop, retry or set-error, a fault used, the clock moving. The reference
   * server writes its state file on it. Calls come in bursts; the listener batches them.
   * @internal
   */
  onChange: (() => void) | undefined;

  #changed(): void {
    this.onChange?.();
  }

  // ——— what the operations read and change ———

  task(taskRecordId: string): TaskRecordDetail | undefined {
    return this.#tasks.get(taskRecordId);
  }

  blockRecord(blockRecordId: string): BlockRecordDetail | undefined {
    return this.#blocks.get(blockRecordId);
  }

  /** The block records of a task record, in start order. */
  blockRecordsOf(taskRecordId: string): BlockRecordDetail[] {
    const byName = this.#taskBlocks.get(taskRecordId);
    return byName === undefined ? [] : [...byName.values()];
  }

  blockRecordByName(taskRecordId: string, blockName: string): BlockRecordDetail | undefined {
    return this.#taskBlocks.get(taskRecordId)?.get(blockName);
  }

  /**
   * The block records of a task record by block name, in start order: the store's own index,
   * read-only, for readers that look up every block of a big tree (no copy, no new map). @internal
   */
  blockRecordsByName(taskRecordId: string): ReadonlyMap<string, BlockRecordDetail> {
    return this.#taskBlocks.get(taskRecordId) ?? noBlockRecords;
  }

  /** The logs of a block record, or undefined when it has none. */
  logsOf(blockRecordId: string): ExecutionLog[] | undefined {
    return this.#logs.get(blockRecordId);
  }

  /** The parsed definition, or undefined when it is missing or cannot be parsed (R9). @internal */
  definition(definitionId: string): ParsedDefinition | undefined {
    const parsed = this.#parse(definitionId);
    return parsed.ok ? parsed.definition : undefined;
  }

  /** Parses a definition once and keeps the result (or the reason it cannot be parsed). */
  #parse(definitionId: string): ParseResult {
    let parsed = this.#parsed.get(definitionId);
    if (!parsed) {
      const stored = this.#definitions.get(definitionId);
      parsed = stored ? parseDefinitionDetail(stored.detail) : { ok: false, reason: '任务定义不存在' };
      this.#parsed.set(definitionId, parsed);
    }
    return parsed;
  }

  /**
   * The definition a run runs, or why it cannot go on. A run restored from a snapshot has
   * none of its own (a snapshot keeps the definitions, not the one each run started with): the
   * current one serves if it still has every block the run is in, checked once and then kept
   * as the run's own. @internal
   */
  runDefinition(run: RunState): ParsedDefinition | string {
    const kept = this.#runDefinitions.get(run.taskRecordId);
    if (kept) return kept;
    const current = this.definition(run.definitionId);
    if (!current) return '任务定义不存在';
    if (!run.threads.every((thread) => thread.stack.every((frame) => current.byName.has(frame.block)))) {
      return '任务定义已变更, 任务无法继续执行';
    }
    this.#runDefinitions.set(run.taskRecordId, current);
    return current;
  }

  /** Takes one use of an injected fault for `operation`, if any is left. @internal */
  takeFault(operation: string): Fault | undefined {
    const fault = this.#faults.find((candidate) => candidate.operation === operation && candidate.times > 0);
    if (!fault) return undefined;
    fault.times--;
    if (fault.times === 0) this.#faults = this.#faults.filter((candidate) => candidate !== fault);
    this.#changed();
    return fault;
  }

  /** @internal */
  record(entry: JournalEntry): void {
    this.#requests.push(entry);
    if (this.#requests.length - this.#dropped > this.#journalLimit) this.#dropped++;
    // Amortized: one splice per `limit` requests rather than a shift on each.
    if (this.#dropped >= Math.max(1, this.#journalLimit)) this.#compactJournal();
  }

  #compactJournal(): void {
    if (this.#dropped === 0) return;
    this.#requests.splice(0, this.#dropped);
    this.#dropped = 0;
  }

  /** Stops a task's run, if it has one: what stop and set-error do first. @internal */
  cancelRun(taskRecordId: string): void {
    this.runs.delete(taskRecordId);
    this.#runDefinitions.delete(taskRecordId);
    this.#changed();
  }

  /**
   * Ends a task record: its status, end time, reason, run time and state description. The
   * one place a record ends, whether its run ended, a stop or a set-error ended it.
   * @internal
   */
  endTask(task: TaskRecordDetail, status: number, reason: string, stateDescription: string): string {
    const now = this.#clock.now();
    const ended = formatTimestamp(now);
    Object.assign(task, {
      status,
      ended_on: ended,
      ended_reason: reason,
      execution_time: now - Date.parse(`${task.started_on ?? task.created_at}Z`),
      updated_at: ended,
      state_description: stateDescription,
    });
    this.#runDefinitions.delete(task.id);
    this.#changed();
    return ended;
  }

  /** Disables the periodic schedule of a definition (a stop does, as the document says). @internal */
  disableSchedule(definitionId: string): void {
    for (const schedule of this.#schedules)
      if (schedule.definitionId === definitionId) schedule.enabled = false;
    this.#changed();
  }

  /** Starts a new record of the same definition, inputs and source (a retry, R8). @internal */
  retryTask(original: TaskRecordDetail): string | undefined {
    const stored = this.#definitions.get(original.task_id);
    if (!stored) return undefined;
    const remark = `重发任务, 原任务记录 ${original.id}`;
    return this.#createTask(stored, cloneJson(original.input_params), {
      source: {
        source_type: original.source_type,
        source_system: original.source_system,
        source_user: original.source_user,
        source_device: original.source_device,
        source_ip: original.source_ip,
        source_time: original.source_time,
        source_client_info: original.source_client_info,
        source_remarks: original.source_remarks ? `${original.source_remarks} (${remark})` : remark,
        priority: original.priority,
        work_stations: original.work_stations,
        work_types: original.work_types,
      },
      variables: cloneJson(original.variables),
    });
  }

  // ——— EngineContext ———

  /** @internal */
  newThreadId(): number {
    return this.#nextThreadId++;
  }

  /** @internal */
  enterBlock(
    taskRecordId: string,
    block: DefinitionBlock,
    inputs: Record<string, unknown>,
  ): BlockRecordDetail {
    const task = this.#tasks.get(taskRecordId) as TaskRecordDetail;
    const existing = this.blockRecordByName(taskRecordId, block.name);
    const now = this.timestamp();
    task.updated_at = now;
    const fields = {
      status: BlockRecordStatus.running,
      started_on: now,
      ended_on: null,
      ended_reason: null,
      remark: null,
      block_input_params_value: cloneJson(inputs),
    };
    if (existing !== undefined) return Object.assign(existing, fields);
    const record: BlockRecordDetail = {
      id: this.random.id(),
      block_name: block.name,
      block_id: block.id,
      block_config_id: '',
      block_input_params: cloneJson(block.inputParams),
      block_out_params_value: null,
      block_internal_variables: {},
      block_execute_name: block.blockType,
      task_id: task.task_id,
      task_record_id: taskRecordId,
      ctrl_status: null,
      input_params: cloneJson(block.inputParams),
      internal_variables: {},
      output_params: { blocks: { [block.name]: null } },
      version: 1,
      ...fields,
    };
    this.#index(record);
    return record;
  }

  /** @internal */
  finishBlock(
    taskRecordId: string,
    blockName: string,
    failure: string | undefined,
    outputs: Record<string, unknown> | null,
  ): BlockRecordDetail | undefined {
    const record = this.blockRecordByName(taskRecordId, blockName);
    if (!record) return undefined;
    const reason = failure ?? '执行成功';
    const task = this.#tasks.get(taskRecordId);
    if (task) task.updated_at = this.timestamp();
    return Object.assign(record, {
      status: failure === undefined ? BlockRecordStatus.success : BlockRecordStatus.failed,
      ended_on: this.timestamp(),
      ended_reason: reason,
      remark: reason,
      block_out_params_value: outputs === null ? null : cloneJson(outputs),
      output_params: { blocks: { [blockName]: outputs === null ? null : cloneJson(outputs) } },
    });
  }

  /** @internal */
  addLog(
    blockRecordId: string,
    level: number,
    message: string,
    output: Record<string, unknown> | null,
  ): void {
    const list = this.#logs.get(blockRecordId) ?? [];
    list.push({
      logId: this.random.id(),
      level,
      createdAt: this.timestamp(),
      message,
      output: output === null ? null : cloneJson(output),
    });
    this.#logs.set(blockRecordId, list);
  }

  /** @internal */
  finishTask(taskRecordId: string, failure: string | undefined): void {
    const task = this.#tasks.get(taskRecordId);
    if (!task || task.ended_on !== null) return;
    if (failure === undefined) this.endTask(task, TaskStatus.success, '执行成功', '任务已完成');
    else this.endTask(task, TaskStatus.failed, failure, '任务执行失败');
  }

  // ——— internals ———

  #createTask(stored: StoredDefinition, given: Record<string, unknown>, options: RunTaskOptions): string {
    const id = this.random.id();
    const now = this.timestamp();
    const parsed = this.#parse(stored.id);
    const inputs: Record<string, unknown> = {};
    for (const spec of parsed.ok ? parsed.definition.inputParams : []) {
      if (spec.defaultValue !== undefined) inputs[spec.name] = cloneJson(spec.defaultValue);
    }
    Object.assign(inputs, given);
    const source = options.source ?? {};
    const task: TaskRecordDetail = {
      id,
      task_id: stored.id,
      task_name: stored.label,
      task_version: stored.version,
      status: TaskStatus.running,
      input_params: inputs,
      started_on: now,
      ended_on: null,
      ended_reason: null,
      execution_time: null,
      created_at: now,
      updated_at: now,
      agv_id: null,
      parent_task_record_id: null,
      root_task_record_id: id,
      state_description: '任务执行中',
      if_have_child_task: false,
      periodic_task: stored.periodicTask,
      priority: source.priority ?? 1,
      work_stations: source.work_stations ?? null,
      work_types: source.work_types ?? null,
      variables: cloneJson(options.variables ?? {}),
      source_type: source.source_type ?? null,
      source_system: source.source_system ?? null,
      source_user: source.source_user ?? null,
      source_device: source.source_device ?? null,
      source_ip: source.source_ip ?? null,
      source_time: source.source_time ?? null,
      source_client_info: source.source_client_info ?? null,
      source_remarks: source.source_remarks ?? null,
    };
    this.#tasks.set(id, task);
    // A new record, by runTask, a retry or a schedule.
    this.#changed();
    if (!parsed.ok) {
      this.finishTask(id, parsed.reason);
      return id;
    }
    this.#runDefinitions.set(id, parsed.definition);
    startRun(this, id, stored.id, parsed.definition, cloneJson(options.scenario ?? {}));
    return id;
  }

  /** Runs the engine and the periodic schedules up to `target`, in time order. */
  #runUntil(target: number): void {
    const before = this.#clock.now();
    this.#runSchedulesAndEngine(target);
    // Time is state too (it is saved): a clock that moved is a change, whatever ran.
    if (this.#clock.now() !== before) this.#changed();
  }

  #runSchedulesAndEngine(target: number): void {
    for (;;) {
      let schedule: Schedule | undefined;
      for (const candidate of this.#schedules) {
        if (
          candidate.enabled &&
          candidate.nextAt <= target &&
          (!schedule || candidate.nextAt < schedule.nextAt)
        ) {
          schedule = candidate;
        }
      }
      const until = schedule ? schedule.nextAt : target;
      runEngineUntil(this, until, (ms) => this.#clock.set(ms));
      this.#clock.set(until);
      if (!schedule) return;
      const stored = this.#definitions.get(schedule.definitionId);
      if (stored?.period === undefined) {
        schedule.enabled = false;
        continue;
      }
      schedule.nextAt += stored.period;
      this.#createTask(stored, cloneJson(schedule.inputParams), { source: schedule.source });
    }
  }

  /** Files a new block record under its id and under its task record and block name. */
  #index(record: BlockRecordDetail): void {
    this.#blocks.set(record.id, record);
    let byName = this.#taskBlocks.get(record.task_record_id);
    if (byName === undefined) {
      byName = new Map();
      this.#taskBlocks.set(record.task_record_id, byName);
    }
    byName.set(record.block_name, record);
  }

  #load(state: StoreState): void {
    const copy = cloneJson(state);
    this.#clock.set(copy.now);
    this.#nextThreadId = copy.nextThreadId;
    this.#definitions = new Map(copy.definitions.map((definition) => [definition.id, definition]));
    this.#parsed = new Map();
    this.#runDefinitions = new Map();
    this.#tasks = new Map(copy.tasks.map((task) => [task.id, task]));
    this.#blocks = new Map();
    this.#taskBlocks = new Map();
    for (const block of copy.blocks) {
      // A run has one record per block, reused when a loop enters the block again: a state with
      // two (hand-written, or from another tool) could not be served consistently. Only the
      // constructor loads a state that was never loaded, so a refusal leaves no store behind.
      if (this.blockRecordByName(block.task_record_id, block.block_name) !== undefined) {
        throw new MockInputError(
          'invalid-snapshot',
          `[vwed] createMockStore: the state has two records of block ${block.block_name} in task record ${block.task_record_id}`,
        );
      }
      this.#index(block);
    }
    this.#logs = new Map(copy.logs);
    this.runs.clear();
    for (const run of copy.runs) this.runs.set(run.taskRecordId, run);
    this.#schedules = copy.schedules;
    this.#faults = copy.faults;
    this.#requests = copy.requests.slice(Math.max(0, copy.requests.length - this.#journalLimit));
    this.#dropped = 0;
  }
}

/**
 * Creates an isolated mock store: its own definitions, records, clock and engine.
 *
 * @example
 * ```ts
 * import { createMockStore } from '@vwed/task-record/mocks';
 *
 * const store = createMockStore({ seed: 'doc-examples' });
 * const id = store.runTask('3273c7cb-b4bb-47df-9d47-17f96bc401fc', { from: 'A', to: 'B' });
 * store.runUntilIdle();
 * ```
 */
export function createMockStore(options: MockStoreOptions = {}): MockStore {
  checkStoreOptions(options);
  const randomSeed = Number.isInteger(options.randomSeed) ? (options.randomSeed as number) : 1;
  const wall = followsWallTime(options.clock);
  // A wall clock starts at the local time of now; a virtual one at a fixed moment, for repeatable runs.
  const start = wall ? Date.now() - new Date().getTimezoneOffset() * 60_000 : defaultEpoch;
  let initial: StoreState;
  if (options.snapshot) initial = cloneJson(options.snapshot);
  else if (options.seed === 'doc-examples') initial = docExamplesState(randomSeed);
  else if (options.seed === 'demo') initial = demoState(start, randomSeed);
  else initial = emptyState(start, randomSeed);
  return new MockStore(options, initial);
}

/**
 * The optional fields of a definition, when given, are what they say: a wrong type is a
 * TypeError, not a default taken in silence (over HTTP it is most likely a typo).
 */
function checkDefinitionFields(definition: TaskDefinitionInput): void {
  const refuse = (field: string, expected: string, got: unknown) => {
    throw new MockInputError(
      'invalid-argument',
      `[vwed] addDefinition: ${field} must be ${expected}, got ${describeValue(got)}`,
    );
  };
  const { label, version, periodicTask, detail } = definition;
  if (label !== undefined && typeof label !== 'string') refuse('label', 'a string', label);
  if (version !== undefined && !(Number.isInteger(version) && version >= 0))
    refuse('version', 'an integer >= 0', version);
  if (periodicTask !== undefined && periodicTask !== 0 && periodicTask !== 1)
    refuse('periodicTask', '0 or 1', periodicTask);
  let tree: unknown = detail;
  if (typeof detail === 'string') {
    try {
      tree = JSON.parse(detail);
    } catch {
      // Kept as it is: a detail that cannot be parsed is a definition the engine cannot run (R9).
    }
  }
  if (nestsDeeperThan(tree)) {
    throw new MockInputError(
      'invalid-argument',
      `[vwed] addDefinition: detail nests deeper than ${maxJsonDepth} levels`,
    );
  }
}

/** Refuses a bad option at once, with a TypeError that names it, what it must be and what came. */
function checkStoreOptions(options: MockStoreOptions): void {
  const fail = (option: string, expected: string, got: unknown, code?: MockInputErrorCode) =>
    refuseInput('createMockStore', `option ${option}`, expected, got, code);
  if (typeof options !== 'object' || options === null) fail('options', 'an object', options);
  const unknown = unknownOption(options, mockStoreOptionNames);
  if (unknown !== undefined) {
    throw new MockInputError(
      'unknown-option',
      `[vwed] createMockStore: unknown option ${JSON.stringify(unknown)}; the options are ${mockStoreOptionNames.join(', ')}`,
    );
  }
  const { seed, clock, httpStatus, randomSeed, snapshot } = options;
  if (seed !== undefined && !['empty', 'doc-examples', 'demo'].includes(seed)) {
    fail('seed', "'empty', 'doc-examples' or 'demo'", seed);
  }
  if (httpStatus !== undefined && httpStatus !== 'mirror' && httpStatus !== 'always-200') {
    fail('httpStatus', "'mirror' or 'always-200'", httpStatus);
  }
  if (randomSeed !== undefined && !Number.isInteger(randomSeed)) fail('randomSeed', 'an integer', randomSeed);
  const { journalLimit } = options;
  if (journalLimit !== undefined && !(Number.isInteger(journalLimit) && journalLimit >= 0)) {
    fail('journalLimit', 'an integer >= 0', journalLimit);
  }
  if (clock !== undefined && clock !== 'virtual') {
    const speed = typeof clock === 'object' && clock !== null ? clock.speed : undefined;
    // 0 is allowed: the clock stopped, as the CLI's `--speed 0` means. The same ceiling as
    // the CLI's too: faster, a periodic task would start thousands of runs a second.
    if (!(typeof speed === 'number' && speed >= 0 && speed <= maxClockSpeed)) {
      fail('clock', `'virtual' or { speed: a number from 0 to ${maxClockSpeed} }`, clock);
    }
  }
  if (snapshot !== undefined) {
    const state = snapshot as Partial<StoreState> | null;
    const lists = [
      'definitions',
      'tasks',
      'blocks',
      'logs',
      'runs',
      'schedules',
      'faults',
      'requests',
    ] as const;
    if (
      typeof state !== 'object' ||
      state === null ||
      state.version !== 1 ||
      !lists.every((key) => Array.isArray(state[key]))
    ) {
      fail('snapshot', 'a state from store.snapshot() (version 1)', '(something else)', 'invalid-snapshot');
    }
  }
}

/** The demo, made in virtual time over the ten minutes that end at `now`. */
function demoState(now: number, randomSeed: number): StoreState {
  const builder = new MockStore({}, emptyState(now - 10 * 60_000, randomSeed));
  seedDemo(builder);
  builder.advance(Math.max(0, now - builder.now()));
  return builder.snapshot();
}
