/**
 * A block's branches (`default`; `if`/`else`; `if`/`else_if`/`else`; `try`/`catch`) and how a
 * flow block starts running one.
 */
import type { DefinitionBlock } from '../definitions/parse-definition.js';
import type { Frame } from '../store/store-state.js';

/** The blocks of one branch, in order; none when the block has no such branch. */
export function branchBlocks(block: DefinitionBlock, branch: string | undefined): DefinitionBlock[] {
  return block.branches.find(([name]) => name === branch)?.[1] ?? [];
}

/** Whether the definition gave the block this branch (an IfBp may put its body in `default`). */
export function hasBranch(block: DefinitionBlock, branch: string): boolean {
  return block.branches.some(([name]) => name === branch);
}

/** Makes the frame run `branch` from its first block: the engine then steps through its children. */
export function startBranch(frame: Frame, branch: string): void {
  frame.branch = branch;
  frame.index = 0;
  frame.phase = 'children';
}
