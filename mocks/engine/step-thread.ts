import type { Frame, RunState, RunThread } from '../store/store-state.js';
import { abortRun } from './abort-run.js';
import { blockTypeOf } from './block-registry.js';
import type { ThreadStep } from './block-type.js';
import type { EngineContext } from './engine-context.js';
import { finishThread } from './finish-thread.js';
import { awaitThreads } from './phases/await-threads.js';
import { endOwnTime } from './phases/end-own-time.js';
import { runChildren } from './phases/run-children.js';
import { startBlock } from './phases/start-block.js';

/**
 * What the top frame does next, by its phase. Each returns true when the thread's step is
 * over (it sleeps, waits for its threads, or ended), false to go on with the new top frame.
 */
const phases: Record<Frame['phase'], (step: ThreadStep, frame: Frame) => boolean> = {
  enter: startBlock,
  own: endOwnTime,
  children: runChildren,
  join: awaitThreads,
};

/**
 * Steps one thread until it sleeps, waits for its parallel children, or ends. A loop over the
 * thread's explicit stack, never a recursion: a definition of any depth steps in constant
 * stack space, and the whole state stays plain data a snapshot keeps.
 */
export function stepThread(context: EngineContext, run: RunState, thread: RunThread): void {
  const definition = context.runDefinition(run);
  thread.wakeAt = null;
  if (typeof definition === 'string') {
    // A run restored from a snapshot whose definition is gone, or lost the blocks it was in.
    abortRun(context, run, definition);
    return;
  }
  const step: ThreadStep = {
    context,
    run,
    thread,
    definition,
    now: context.now(),
    blockTypeOf,
  };
  for (;;) {
    const frame = thread.stack.at(-1);
    if (!frame) {
      finishThread(context, run, thread, undefined);
      return;
    }
    if (phases[frame.phase](step, frame)) return;
  }
}
