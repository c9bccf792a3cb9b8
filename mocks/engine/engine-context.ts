import type { BlockRecordDetail, TaskRecordDetail } from '../../src/types.js';
import type { DefinitionBlock, ParsedDefinition } from '../definitions/parse-definition.js';
import type { SeededRandom } from '../store/seeded-random.js';
import type { RunState } from '../store/store-state.js';

/** What the engine reads and writes in the store: the store implements it. */
export interface EngineContext {
  now(): number;
  random: SeededRandom;
  newThreadId(): number;
  task(taskRecordId: string): TaskRecordDetail | undefined;
  /**
   * The definition a run runs: the one it started with, even if it was replaced since; or,
   * for a run restored without it, the reason it cannot go on.
   */
  runDefinition(run: RunState): ParsedDefinition | string;
  runs: Map<string, RunState>;
  /** Starts a block: its record of (task record, block name) is created the first time, updated after. */
  enterBlock(
    taskRecordId: string,
    block: DefinitionBlock,
    inputs: Record<string, unknown>,
  ): BlockRecordDetail;
  /** Ends a block: success, or failure with its reason; `outputs` are what it produced. */
  finishBlock(
    taskRecordId: string,
    blockName: string,
    failure: string | undefined,
    outputs: Record<string, unknown> | null,
  ): BlockRecordDetail | undefined;
  addLog(blockRecordId: string, level: number, message: string, output: Record<string, unknown> | null): void;
  /** Called when a run ends: success, or failure with its reason. */
  finishTask(taskRecordId: string, failure: string | undefined): void;
}
