import type { Frame } from '../../store/store-state.js';
import type { ThreadStep } from '../block-type.js';
import { branchEndLog } from '../branch-end-log.js';
import { endFrame } from '../complete-frame.js';
import { blockOf } from '../thread-step.js';

/**
 * Phase `join`: a ParallelFlowBp waits for the threads it started (`finishThread` counts them
 * down and wakes it after the last); then it ends, failed with the first failure of one.
 */
export function awaitThreads(step: ThreadStep, frame: Frame): boolean {
  if ((frame.pending ?? 0) > 0) return true;
  return endFrame(step, frame.failure, branchEndLog(step, frame, blockOf(step, frame)));
}
