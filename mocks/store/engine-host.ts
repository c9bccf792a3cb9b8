/**
 * The engine's view of a store (`EngineContext`): the runs, the records it starts and ends
 * blocks in, the definitions runs keep, the clock and the random stream. The engine knows
 * nothing else of the store.
 */
import { BlockRecordStatus, TaskStatus } from '../../src/status.js';
import type { BlockRecordDetail, TaskRecordDetail } from '../../src/types.js';
import type { DefinitionBlock, ParsedDefinition } from '../definitions/parse-definition.js';
import type { EngineContext } from '../engine/engine-context.js';
import type { SeededRandom } from './seeded-random.js';
import type { StoreParts } from './store-parts.js';
import type { RunState } from './store-state.js';

/** The engine's context over a store's parts. */
class EngineHost implements EngineContext {
  readonly #parts: StoreParts;

  constructor(parts: StoreParts) {
    this.#parts = parts;
  }

  get runs(): Map<string, RunState> {
    return this.#parts.runs;
  }

  // A getter: a reset replaces the store's random stream.
  get random(): SeededRandom {
    return this.#parts.random;
  }

  now(): number {
    return this.#parts.clock.now();
  }

  newThreadId(): number {
    return this.#parts.nextThreadId++;
  }

  task(taskRecordId: string): TaskRecordDetail | undefined {
    return this.#parts.records.task(taskRecordId);
  }

  runDefinition(run: RunState): ParsedDefinition | string {
    return this.#parts.definitions.runDefinition(run);
  }

  enterBlock(
    taskRecordId: string,
    block: DefinitionBlock,
    inputs: Record<string, unknown>,
  ): BlockRecordDetail {
    return this.#parts.records.enterBlock(taskRecordId, block, inputs);
  }

  finishBlock(
    taskRecordId: string,
    blockName: string,
    failure: string | undefined,
    outputs: Record<string, unknown> | null,
  ): BlockRecordDetail | undefined {
    const ending =
      failure === undefined
        ? { status: BlockRecordStatus.success, reason: '执行成功' }
        : { status: BlockRecordStatus.failed, reason: failure };
    return this.#parts.records.endBlock(taskRecordId, blockName, ending, outputs);
  }

  addLog(
    blockRecordId: string,
    level: number,
    message: string,
    output: Record<string, unknown> | null,
  ): void {
    this.#parts.records.addLog(blockRecordId, level, message, output);
  }

  finishTask(taskRecordId: string, failure: string | undefined): void {
    const { records, definitions } = this.#parts;
    const task = records.task(taskRecordId);
    if (!task || task.ended_on !== null) return;
    if (failure === undefined) records.endTask(task, TaskStatus.success, '执行成功', '任务已完成');
    else records.endTask(task, TaskStatus.failed, failure, '任务执行失败');
    definitions.endRun(taskRecordId);
    this.#parts.changed();
  }
}

const hosts = new WeakMap<StoreParts, EngineHost>();

/**
 * The engine's context over a store's parts, made once per store.
 *
 * @example
 * ```ts
 * runEngineUntil(engineContextOf(parts), target, (ms) => parts.clock.set(ms));
 * ```
 */
export function engineContextOf(parts: StoreParts): EngineContext {
  let host = hosts.get(parts);
  if (host === undefined) {
    host = new EngineHost(parts);
    hosts.set(parts, host);
  }
  return host;
}
