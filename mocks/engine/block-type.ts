/**
 * What a block type is to the simulated engine: its name, its own time, and hooks the engine
 * calls at each point of a block's life. Every hook is optional: a type with none is a leaf that
 * succeeds after its own time. A block type is one file in `blocks/` and one line in
 * `block-registry.ts`; the engine itself names no block type.
 */
import type { DefinitionBlock, ParsedDefinition } from '../definitions/parse-definition.js';
import type { Frame, RunState, RunThread } from '../store/store-state.js';
import type { BlockLog } from './block-log.js';
import type { EngineContext } from './engine-context.js';

/**
 * One block type: `type`, `name` and `ownDurationMs` say what it is; each hook, where the engine
 * calls it, what it does differently from a leaf.
 */
export interface BlockType {
  /** The `blockType` of a definition's block. */
  readonly type: string;
  /** The Chinese name, the execution tree's `blockTypeName` (the document shows 根节点, 打印块...). */
  readonly name: string;
  /** Virtual milliseconds the block takes of its own, before its children. */
  readonly ownDurationMs: number;
  /** A loop: what a BreakBp leaves. */
  readonly loop?: boolean;
  /** Its own time read from its inputs, in place of `ownDurationMs` (DelayBp's `timeMillis`). */
  durationFromInputs?(inputs: Record<string, unknown>): number;
  /** Before its inputs are evaluated: WhileBp's condition may read its own index. */
  beforeInputs?(step: ThreadStep, block: DefinitionBlock): void;
  /**
   * Once its own time has passed: start a branch (`startBranch`), start threads (phase
   * `join`), or do nothing, and the block ends as a leaf. Returns a failure reason, if it fails.
   */
  begin?(
    step: ThreadStep,
    frame: Frame,
    block: DefinitionBlock,
    inputs: Record<string, unknown>,
  ): string | undefined;
  /** A scenario's `outputs` were merged into the block's: CSelectAgvBp takes `selectedAgvId`. */
  afterScenarioOutputs?(step: ThreadStep, block: DefinitionBlock): void;
  /**
   * Its branch ran to the end: true to run it again (a loop's next round, outputs updated),
   * false when the block is done, or a failure reason. Without it, the block is done.
   */
  nextIteration?(step: ThreadStep, frame: Frame, block: DefinitionBlock): boolean | string;
  /** A failure ended one of its children: true if the block takes it (TryCatchBp runs `catch`). */
  catchFailure?(step: ThreadStep, frame: Frame, failure: string): boolean;
  /** What it logs when it ends as a leaf; without it, `块执行完成, 块id:<name>` and its outputs. */
  leafLog?(step: ThreadStep, block: DefinitionBlock, inputs: Record<string, unknown>): BlockLog;
  /** What it logs when its branch ran to the end; without it, which branch ran. */
  branchEndLog?(step: ThreadStep, block: DefinitionBlock): BlockLog;
  /**
   * Met as the next block of a branch, it runs in place of being started as a frame (BreakBp
   * leaves the loop it is in). True when the thread's step is over.
   */
  runAsChild?(step: ThreadStep, block: DefinitionBlock): boolean;
}

/**
 * What the engine runs a block by: its registered type, or the default block of an unknown
 * type, which has no `type` or `name` of its own (the tree shows an unknown type as it is).
 */
export type BlockBehaviour = Omit<BlockType, 'type' | 'name'>;

/**
 * One step of one thread: what the engine's phases and the block types' hooks work on. Made
 * once per step, so that they need not be handed five arguments each.
 */
export interface ThreadStep {
  readonly context: EngineContext;
  readonly run: RunState;
  readonly thread: RunThread;
  /** The definition the run started with (see `EngineContext.runDefinition`). */
  readonly definition: ParsedDefinition;
  /** The time of the step: the clock stands still while a thread steps. */
  readonly now: number;
  /**
   * The registry's `blockTypeOf`, handed in with the step rather than imported, so that what a
   * block type calls (BreakBp looks for a loop, `completeFrame` for a block that catches) need
   * not import the registry, which imports every block type.
   */
  readonly blockTypeOf: (blockType: string) => BlockBehaviour;
}
