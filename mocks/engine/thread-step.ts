import type { DefinitionBlock } from '../definitions/parse-definition.js';
import type { Frame } from '../store/store-state.js';
import type { ThreadStep } from './block-type.js';

/** The block a frame runs: the run keeps the definition it started with, so it is always there. */
export function blockOf(step: ThreadStep, frame: Frame): DefinitionBlock {
  return step.definition.byName.get(frame.block) as DefinitionBlock;
}
