import { startBranch } from '../block-branches.js';
import type { BlockType } from '../block-type.js';
import { maxIterations } from '../engine-limits.js';

/**
 * IterateListBp: runs `default` once per item of `list` (an array, or a JSON string of one, as
 * a `Simple` value is), at most 1,000; outputs `index`, `item` and `size`.
 */
export const iterateListBp: BlockType = {
  type: 'IterateListBp',
  name: '遍历列表块',
  ownDurationMs: 0,
  loop: true,
  begin(step, frame, block, inputs) {
    const items = listItems(inputs.list);
    if (!items) return `遍历列表块的 list 不是数组: ${JSON.stringify(inputs.list) ?? String(inputs.list)}`;
    if (items.length > maxIterations) return `循环次数超过上限 ${maxIterations}`;
    // The frame keeps the list: a later round must not read it again from changed inputs.
    frame.items = items;
    frame.limit = items.length;
    frame.iteration = 0;
    startBranch(frame, 'default');
    frame.done = items.length === 0;
    if (!frame.done)
      step.run.outputs[block.name] = { index: 0, item: items[0] as unknown, size: items.length };
    return undefined;
  },
  nextIteration(step, frame, block) {
    frame.iteration++;
    const items = frame.items ?? [];
    if (frame.iteration >= items.length) {
      // Done with it: a snapshot of the run need not carry the list any more.
      frame.items = undefined;
      return false;
    }
    step.run.outputs[block.name] = {
      index: frame.iteration,
      item: items[frame.iteration] as unknown,
      size: items.length,
    };
    frame.index = 0;
    return true;
  },
};

/** The items of a list input: an array, or a JSON string of one; undefined for anything else. */
function listItems(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}
