/**
 * The block types the simulated engine knows: one line each, in the order of
 * docs/task-definitions.md's table. A new block type is a file in `blocks/` and a line here;
 * a type not listed runs as the default block.
 */
import type { BlockBehaviour, BlockType } from './block-type.js';
import { breakBp } from './blocks/break-bp.js';
import { cSelectAgvBp } from './blocks/c-select-agv-bp.js';
import { defaultBlock } from './blocks/default-block.js';
import { delayBp } from './blocks/delay-bp.js';
import { ifBp } from './blocks/if-bp.js';
import { ifElseBp } from './blocks/if-else-bp.js';
import { ifElseIfBp } from './blocks/if-else-if-bp.js';
import { iterateListBp } from './blocks/iterate-list-bp.js';
import { parallelFlowBp } from './blocks/parallel-flow-bp.js';
import { printBp } from './blocks/print-bp.js';
import { repeatNumBp } from './blocks/repeat-num-bp.js';
import { rootBp } from './blocks/root-bp.js';
import { serialFlowBp } from './blocks/serial-flow-bp.js';
import { tryCatchBp } from './blocks/try-catch-bp.js';
import { whileBp } from './blocks/while-bp.js';

/** Every registered block type by its `blockType`, in the documented order. */
export const blockTypes: ReadonlyMap<string, BlockType> = new Map(
  [
    rootBp,
    serialFlowBp,
    parallelFlowBp,
    ifBp,
    ifElseBp,
    ifElseIfBp,
    tryCatchBp,
    repeatNumBp,
    iterateListBp,
    whileBp,
    breakBp,
    delayBp,
    cSelectAgvBp,
    printBp,
  ].map((blockType) => [blockType.type, blockType]),
);

/**
 * What a block of this `blockType` does: its registered type, else the default block.
 *
 * @example
 * ```ts
 * blockTypeOf('PrintBp').ownDurationMs; // 30
 * blockTypeOf('JackLoadBp') === defaultBlock; // true
 * ```
 */
export function blockTypeOf(blockType: string): BlockBehaviour {
  return blockTypes.get(blockType) ?? defaultBlock;
}

/**
 * The Chinese name of a block type (`blockTypeName` of the execution tree); an unknown type
 * is shown as it is.
 *
 * @example
 * ```ts
 * blockTypeName('CSelectAgvBp'); // '选择执行机器人块'
 * blockTypeName('JackLoadBp'); // 'JackLoadBp'
 * ```
 */
export function blockTypeName(blockType: string): string {
  return blockTypes.get(blockType)?.name ?? blockType;
}
