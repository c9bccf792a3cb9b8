import type { Frame } from '../../store/store-state.js';
import type { ThreadStep } from '../block-type.js';
import { defaultLeafLog } from '../blocks/default-block.js';
import { endFrame } from '../complete-frame.js';
import { blockOf } from '../thread-step.js';

/**
 * Phase `own`: the block's own time has passed. It fails if its scenario says so, else its
 * type begins it: a flow block goes on with a branch (phase `children`) or threads (`join`);
 * a leaf ends here, with its log. A scenario's `outputs` are merged in after `begin`, so
 * they win over what the block chose.
 */
export function endOwnTime(step: ThreadStep, frame: Frame): boolean {
  const { run } = step;
  const block = blockOf(step, frame);
  const type = step.blockTypeOf(block.blockType);
  const planned = run.scenario.blocks?.[block.name];
  const inputs = frame.inputs ?? {};
  // Kept only for this moment: a snapshot of the run need not carry them.
  frame.inputs = undefined;
  const failure = planned?.fail ?? type.begin?.(step, frame, block, inputs);
  if (typeof failure === 'string') return endFrame(step, failure);
  if (planned?.outputs) {
    run.outputs[block.name] = { ...run.outputs[block.name], ...planned.outputs };
    type.afterScenarioOutputs?.(step, block);
  }
  if (frame.phase !== 'own') return false;
  const leafLog = type.leafLog ?? defaultLeafLog;
  return endFrame(step, undefined, leafLog(step, block, inputs));
}
