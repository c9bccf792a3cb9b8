import type { DefinitionBlock } from '../definitions/parse-definition.js';
import type { Frame } from '../store/store-state.js';

/**
 * The frame of a block about to start. Frames are plain data, named by block name rather
 * than holding the block, so that a snapshot can keep a run in flight.
 */
export function newFrame(block: DefinitionBlock): Frame {
  return { block: block.name, phase: 'enter', index: 0, iteration: 0 };
}
