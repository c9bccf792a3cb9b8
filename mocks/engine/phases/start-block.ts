import { resolveInputParams } from '../../expressions/index.js';
import type { Frame, ScenarioBlock } from '../../store/store-state.js';
import { abortRun } from '../abort-run.js';
import type { BlockBehaviour, ThreadStep } from '../block-type.js';
import { endFrame } from '../complete-frame.js';
import { maxStepsPerRun } from '../engine-limits.js';
import { runScope } from '../run-scope.js';
import { blockOf } from '../thread-step.js';

/**
 * Phase `enter`: the block starts. It counts against the run's step limit, its inputs are
 * evaluated (a failure to evaluate one fails the block), its record is started, and the
 * thread sleeps for the block's own time (phase `own`).
 */
export function startBlock(step: ThreadStep, frame: Frame): boolean {
  const { context, run, thread } = step;
  run.steps++;
  if (run.steps > maxStepsPerRun) {
    abortRun(context, run, `执行的块数超过上限 ${maxStepsPerRun}`);
    return true;
  }
  const block = blockOf(step, frame);
  const type = step.blockTypeOf(block.blockType);
  type.beforeInputs?.(step, block);
  const resolved = resolveInputParams(block.inputParams, runScope(context, run));
  const inputs = resolved.ok ? resolved.values : {};
  context.enterBlock(run.taskRecordId, block, inputs);
  frame.inputs = inputs;
  if (!resolved.ok) return endFrame(step, `参数 ${resolved.param} 计算失败: ${resolved.reason}`);
  const duration = ownTime(type, run.scenario.blocks?.[block.name], inputs);
  frame.phase = 'own';
  if (duration <= 0) return false;
  thread.wakeAt = step.now + duration;
  return true;
}

/** The block's own time: its scenario's `durationMs`, else its inputs' (DelayBp), else its type's. */
function ownTime(
  type: BlockBehaviour,
  planned: ScenarioBlock | undefined,
  inputs: Record<string, unknown>,
): number {
  // `??`: a null durationMs (only a hand-written snapshot can hold one) means the type's own time.
  if (planned?.durationMs !== undefined) return planned.durationMs ?? type.ownDurationMs;
  return type.durationFromInputs ? type.durationFromInputs(inputs) : type.ownDurationMs;
}
