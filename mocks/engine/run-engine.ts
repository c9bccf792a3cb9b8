/**
 * The simulated engine's entry points, what the store calls: start a run, run every thread
 * due by a time, and say when the next one is due. The engine runs task definitions in the
 * store's time, one explicit stack of frames per thread (`stepThread`); what each block type
 * does is in `blocks/`, listed in `block-registry.ts`. Loops are bounded and every block
 * takes time or finishes, so no definition can hang the mock.
 */
import type { ParsedDefinition } from '../definitions/parse-definition.js';
import type { RunState, RunThread } from '../store/store-state.js';
import type { EngineContext } from './engine-context.js';
import { newFrame } from './new-frame.js';
import { stepThread } from './step-thread.js';

/** Starts a run of a parsed definition for a task record that already exists. */
export function startRun(
  context: EngineContext,
  taskRecordId: string,
  definitionId: string,
  definition: ParsedDefinition,
  scenario: RunState['scenario'],
): void {
  const thread: RunThread = {
    id: context.newThreadId(),
    wakeAt: context.now(),
    stack: [newFrame(definition.root)],
  };
  context.runs.set(taskRecordId, {
    taskRecordId,
    definitionId,
    threads: [thread],
    outputs: {},
    scenario,
    steps: 0,
  });
}

/**
 * Runs every thread that is due by `target`, earliest first (ties by thread id, so the
 * order is the same on every run), moving the clock to each step's time with `setNow`.
 */
export function runEngineUntil(context: EngineContext, target: number, setNow: (ms: number) => void): void {
  for (;;) {
    let due: { run: RunState; thread: RunThread; at: number } | undefined;
    for (const run of context.runs.values()) {
      for (const thread of run.threads) {
        const at = thread.wakeAt;
        if (at === null || at > target) continue;
        if (!due || at < due.at || (at === due.at && thread.id < due.thread.id)) due = { run, thread, at };
      }
    }
    if (!due) return;
    setNow(due.at);
    stepThread(context, due.run, due.thread);
  }
}

/** The earliest time a thread of any run is due, or undefined when all are idle. */
export function nextWake(context: EngineContext): number | undefined {
  let next: number | undefined;
  for (const run of context.runs.values()) {
    for (const thread of run.threads) {
      if (thread.wakeAt !== null && (next === undefined || thread.wakeAt < next)) next = thread.wakeAt;
    }
  }
  return next;
}
