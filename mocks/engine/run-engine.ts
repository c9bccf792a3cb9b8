/**
 * The simulated engine: runs task definitions in the store's time, one explicit stack of
 * frames per thread (no recursion: a deep definition cannot overflow the stack, and the
 * whole state is plain data a snapshot keeps). Loops are bounded and every block takes
 * time or finishes, so no definition can hang the mock.
 */
import type { DefinitionBlock, ParsedDefinition } from '../definitions/parse-definition.js';
import { resolveInputParams } from '../expressions/index.js';
import type { RunState, RunThread } from '../store/store-state.js';
import { abortRun } from './abort-run.js';
import { branchBlocks } from './block-branches.js';
import type { BlockLog } from './block-log.js';
import { blockTypeOf } from './block-registry.js';
import { defaultLeafLog } from './blocks/default-block.js';
import { endFrame } from './complete-frame.js';
import type { EngineContext } from './engine-context.js';
import { maxStepsPerRun } from './engine-limits.js';
import { finishThread } from './finish-thread.js';
import { newFrame } from './new-frame.js';
import { runScope } from './run-scope.js';
import { blockOf, type ThreadStep } from './thread-step.js';

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

/** Steps one thread until it sleeps, waits for its parallel children, or ends. */
function stepThread(context: EngineContext, run: RunState, thread: RunThread): void {
  const definition = context.runDefinition(run);
  const scenario = run.scenario.blocks ?? {};
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
    typeOf: (frame) => blockTypeOf(blockOf(step, frame).blockType),
  };

  for (;;) {
    const frame = thread.stack.at(-1);
    if (!frame) {
      finishThread(context, run, thread, undefined);
      return;
    }
    const block = blockOf(step, frame);
    const type = blockTypeOf(block.blockType);
    const planned = scenario[block.name];

    if (frame.phase === 'enter') {
      run.steps++;
      if (run.steps > maxStepsPerRun) {
        abortRun(context, run, `执行的块数超过上限 ${maxStepsPerRun}`);
        return;
      }
      type.beforeInputs?.(step, block);
      const resolved = resolveInputParams(block.inputParams, runScope(context, run));
      const inputs = resolved.ok ? resolved.values : {};
      context.enterBlock(run.taskRecordId, block, inputs);
      frame.inputs = inputs;
      if (!resolved.ok) {
        if (endFrame(step, `参数 ${resolved.param} 计算失败: ${resolved.reason}`)) return;
        continue;
      }
      let duration = planned?.durationMs ?? type.ownDurationMs;
      if (type.durationFromInputs && planned?.durationMs === undefined)
        duration = type.durationFromInputs(inputs);
      frame.phase = 'own';
      if (duration > 0) {
        thread.wakeAt = step.now + duration;
        return;
      }
      continue;
    }

    if (frame.phase === 'own') {
      const inputs = frame.inputs ?? {};
      frame.inputs = undefined;
      const failure = planned?.fail ?? type.begin?.(step, frame, block, inputs);
      if (typeof failure === 'string') {
        if (endFrame(step, failure)) return;
        continue;
      }
      if (planned?.outputs) {
        run.outputs[block.name] = { ...run.outputs[block.name], ...planned.outputs };
        type.afterScenarioOutputs?.(step, block);
      }
      // A leaf is done after its own time; a flow block goes on with its children or threads.
      const leafLog = type.leafLog ?? defaultLeafLog;
      if (frame.phase === 'own' && endFrame(step, undefined, leafLog(step, block, inputs))) return;
      continue;
    }

    if (frame.phase === 'join') {
      if ((frame.pending ?? 0) > 0) return;
      const failure = frame.failure;
      if (endFrame(step, failure, [`分支 default 的所有子块执行完成`, { executed: true, branch: 'default' }]))
        return;
      continue;
    }

    // phase 'children': run the branch's next child, or decide what the finished branch means.
    const children = frame.done ? [] : branchBlocks(block, frame.branch);
    if (frame.index < children.length) {
      const child = children[frame.index] as DefinitionBlock;
      frame.index++;
      const childType = blockTypeOf(child.blockType);
      if (childType.runAsChild) {
        if (childType.runAsChild(step, child)) return;
        continue;
      }
      thread.stack.push(newFrame(child));
      continue;
    }
    const again = frame.done ? false : (type.nextIteration?.(step, frame, block) ?? false);
    if (again === true) continue;
    const branch = frame.branch ?? 'default';
    let log: BlockLog = frame.done
      ? ['条件不满足或列表为空, 未执行子块', { executed: false, branch }]
      : [`分支 ${branch} 的所有子块执行完成`, { executed: true, branch }];
    if (type.branchEndLog) log = type.branchEndLog(step, block);
    if (endFrame(step, typeof again === 'string' ? again : undefined, log)) return;
  }
}
