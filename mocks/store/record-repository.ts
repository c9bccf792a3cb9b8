/**
 * The records a run leaves behind: task records, block records and their logs, in private
 * maps. Reads hand out the stored objects (the core serializes them at once); every write
 * goes through a method here, so a record changes in one place whoever changes it: the
 * engine, stop, set-error or a retry.
 */
import { BlockRecordStatus, type TaskStatus } from '../../src/status.js';
import type { BlockRecordDetail, ExecutionLog, TaskRecordDetail } from '../../src/types.js';
import type { DefinitionBlock } from '../definitions/parse-definition.js';
import { cloneJson } from './clone-json.js';
import { formatTimestamp } from './format-timestamp.js';
import { MockInputError } from './mock-input-error.js';
import type { StoreState } from './store-state.js';

/** What `blockRecordsByName` gives for a task record with no block records. */
const noBlockRecords: ReadonlyMap<string, BlockRecordDetail> = new Map();

/** How a block record ends: the block status and the reason the document's fields carry. */
export interface BlockEnding {
  status: BlockRecordStatus;
  reason: string;
}

/** A block record's fields that a stop or set-error reports back (R6, R7). */
export interface EndedBlock {
  block_id: string;
  block_name: string;
  status: BlockRecordStatus;
}

/** Where the repository takes the time and new IDs from: the store's clock and random stream. */
export interface RecordSources {
  now(): number;
  newId(): string;
}

/**
 * The repository of task records, block records and logs.
 *
 * @example
 * ```ts
 * const records = new RecordRepository({ now: () => clock.now(), newId: () => random.id() });
 * records.addTask(task);
 * records.enterBlock(task.id, block, { from: 'A' });
 * records.endBlock(task.id, block.name, { status: BlockRecordStatus.success, reason: '执行成功' }, null);
 * ```
 */
export class RecordRepository {
  readonly #sources: RecordSources;
  #tasks = new Map<string, TaskRecordDetail>();
  #blocks = new Map<string, BlockRecordDetail>();
  /** Each task record's block records by block name, in start order (a Map keeps insertion order). */
  #taskBlocks = new Map<string, Map<string, BlockRecordDetail>>();
  #logs = new Map<string, ExecutionLog[]>();

  constructor(sources: RecordSources) {
    this.#sources = sources;
  }

  // ——— reads ———

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
   * The block records of a task record by block name, in start order: the repository's own
   * index, read-only, for readers that look up every block of a big tree (no copy, no new map).
   */
  blockRecordsByName(taskRecordId: string): ReadonlyMap<string, BlockRecordDetail> {
    return this.#taskBlocks.get(taskRecordId) ?? noBlockRecords;
  }

  /** The logs of a block record, or undefined when it has none. */
  logsOf(blockRecordId: string): ExecutionLog[] | undefined {
    return this.#logs.get(blockRecordId);
  }

  // ——— writes ———

  /** Files a new task record. */
  addTask(task: TaskRecordDetail): void {
    this.#tasks.set(task.id, task);
  }

  /**
   * Starts a block: its record of (task record, block name) is created the first time and
   * reused after (a loop enters the same block again: one record per block, as the engine's).
   */
  enterBlock(
    taskRecordId: string,
    block: DefinitionBlock,
    inputs: Record<string, unknown>,
  ): BlockRecordDetail {
    const task = this.#tasks.get(taskRecordId) as TaskRecordDetail;
    const now = this.#timestamp();
    task.updated_at = now;
    const fields = {
      status: BlockRecordStatus.running,
      started_on: now,
      ended_on: null,
      ended_reason: null,
      remark: null,
      block_input_params_value: cloneJson(inputs),
    };
    const existing = this.blockRecordByName(taskRecordId, block.name);
    if (existing !== undefined) return Object.assign(existing, fields);
    const record: BlockRecordDetail = {
      id: this.#sources.newId(),
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

  /**
   * Ends a block as its run finishes it: success or failure, with what it produced. The one
   * place a block record ends with outputs; a stop or set-error ends blocks with
   * {@link endUnfinishedBlocks}.
   */
  endBlock(
    taskRecordId: string,
    blockName: string,
    ending: BlockEnding,
    outputs: Record<string, unknown> | null,
  ): BlockRecordDetail | undefined {
    const record = this.blockRecordByName(taskRecordId, blockName);
    if (!record) return undefined;
    const now = this.#timestamp();
    const task = this.#tasks.get(taskRecordId);
    if (task) task.updated_at = now;
    return Object.assign(record, {
      status: ending.status,
      ended_on: now,
      ended_reason: ending.reason,
      remark: ending.reason,
      block_out_params_value: outputs === null ? null : cloneJson(outputs),
      output_params: { blocks: { [blockName]: outputs === null ? null : cloneJson(outputs) } },
    });
  }

  /**
   * Ends every block record of a task record whose status `shouldEnd` picks, at `endedOn`,
   * with `ending`: what a stop (running blocks, R6) and a set-error (unfinished ones, R7) do.
   * Returns the blocks it ended, in start order.
   */
  endUnfinishedBlocks(
    taskRecordId: string,
    shouldEnd: (status: number) => boolean,
    ending: BlockEnding,
    endedOn: string,
  ): EndedBlock[] {
    const ended: EndedBlock[] = [];
    for (const block of this.blockRecordsByName(taskRecordId).values()) {
      if (!shouldEnd(block.status)) continue;
      Object.assign(block, {
        status: ending.status,
        ended_on: endedOn,
        ended_reason: ending.reason,
        remark: ending.reason,
      });
      ended.push({ block_id: block.block_id, block_name: block.block_name, status: ending.status });
    }
    return ended;
  }

  /**
   * Ends a task record: its status, end time, reason, run time and state description. The
   * one place a record ends, whether its run ended or a stop or set-error ended it. Returns
   * the end time as the record shows it.
   */
  endTask(task: TaskRecordDetail, status: TaskStatus, reason: string, stateDescription: string): string {
    const now = this.#sources.now();
    const ended = formatTimestamp(now);
    Object.assign(task, {
      status,
      ended_on: ended,
      ended_reason: reason,
      execution_time: now - Date.parse(`${task.started_on ?? task.created_at}Z`),
      updated_at: ended,
      state_description: stateDescription,
    });
    return ended;
  }

  /** Adds a log line to a block record. */
  addLog(
    blockRecordId: string,
    level: number,
    message: string,
    output: Record<string, unknown> | null,
  ): void {
    const list = this.#logs.get(blockRecordId) ?? [];
    list.push({
      logId: this.#sources.newId(),
      level,
      createdAt: this.#timestamp(),
      message,
      output: output === null ? null : cloneJson(output),
    });
    this.#logs.set(blockRecordId, list);
  }

  // ——— state ———

  /**
   * Replaces everything with the records of a state (taken as they are: the caller copies).
   * A run has one record per block, reused when a loop enters the block again: a state with
   * two (hand-written, or from another tool) could not be served consistently, so it is refused.
   */
  load(state: Pick<StoreState, 'tasks' | 'blocks' | 'logs'>): void {
    const loaded = new RecordRepository(this.#sources);
    for (const block of state.blocks) {
      if (loaded.blockRecordByName(block.task_record_id, block.block_name) !== undefined) {
        throw new MockInputError(
          'invalid-snapshot',
          `[vwed] createMockStore: the state has two records of block ${block.block_name} in task record ${block.task_record_id}`,
        );
      }
      loaded.#index(block);
    }
    // Built aside and taken over at once: a refused state leaves the records as they were.
    this.#tasks = new Map(state.tasks.map((task) => [task.id, task]));
    this.#blocks = loaded.#blocks;
    this.#taskBlocks = loaded.#taskBlocks;
    this.#logs = new Map(state.logs);
  }

  /** The records as a state's lists, sharing the stored objects: only to copy or serialize at once. */
  dump(): Pick<StoreState, 'tasks' | 'blocks' | 'logs'> {
    return {
      tasks: [...this.#tasks.values()],
      blocks: [...this.#blocks.values()],
      logs: [...this.#logs.entries()],
    };
  }

  #timestamp(): string {
    return formatTimestamp(this.#sources.now());
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
}
