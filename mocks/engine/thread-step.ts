import type { DefinitionBlock, ParsedDefinition } from '../definitions/parse-definition.js';
import type { Frame, RunState, RunThread } from '../store/store-state.js';
import type { BlockBehaviour } from './block-type.js';
import type { EngineContext } from './engine-context.js';

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

/** The block a frame runs: the run keeps the definition it started with, so it is always there. */
export function blockOf(step: ThreadStep, frame: Frame): DefinitionBlock {
  return step.definition.byName.get(frame.block) as DefinitionBlock;
}
