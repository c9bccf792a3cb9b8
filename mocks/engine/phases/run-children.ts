import type { DefinitionBlock } from '../../definitions/parse-definition.js';
import type { Frame } from '../../store/store-state.js';
import { branchBlocks } from '../block-branches.js';
import type { ThreadStep } from '../block-type.js';
import { branchEndLog } from '../branch-end-log.js';
import { endFrame } from '../complete-frame.js';
import { newFrame } from '../new-frame.js';
import { blockOf } from '../thread-step.js';

/**
 * Phase `children`: the block runs the next block of its branch; at the branch's end its type
 * says whether it goes round again (a loop), and otherwise it ends with its log.
 */
export function runChildren(step: ThreadStep, frame: Frame): boolean {
  const block = blockOf(step, frame);
  const children = frame.done ? [] : branchBlocks(block, frame.branch);
  if (frame.index < children.length) {
    const child = children[frame.index] as DefinitionBlock;
    frame.index++;
    const childType = step.blockTypeOf(child.blockType);
    if (childType.runAsChild) return childType.runAsChild(step, child);
    step.thread.stack.push(newFrame(child));
    return false;
  }
  const type = step.blockTypeOf(block.blockType);
  const again = frame.done ? false : (type.nextIteration?.(step, frame, block) ?? false);
  if (again === true) return false;
  return endFrame(step, typeof again === 'string' ? again : undefined, branchEndLog(step, frame, block));
}
