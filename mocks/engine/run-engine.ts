/**
 * The simulated engine: runs task definitions in the store's time, one explicit stack of
 * frames per thread (no recursion: a deep definition cannot overflow the stack, and the
 * whole state is plain data a snapshot keeps). Loops are bounded and every block takes
 * time or finishes, so no definition can hang the mock.
 */
import type { DefinitionBlock, ParsedDefinition } from '../definitions/parse-definition.js';
import { resolveInputParams } from '../expressions/index.js';
import type { Frame, RunState, RunThread } from '../store/store-state.js';
import { abortRun } from './abort-run.js';
import { branchBlocks, hasBranch, startBranch } from './block-branches.js';
import { ownDuration, simulatedVehicles } from './block-defaults.js';
import type { BlockLog } from './block-log.js';
import { completeFrame, endFrame } from './complete-frame.js';
import type { EngineContext } from './engine-context.js';
import { maxDelayMs, maxIterations, maxStepsPerRun } from './engine-limits.js';
import { finishThread } from './finish-thread.js';
import { newFrame } from './new-frame.js';
import { runScope } from './run-scope.js';
import { blockOf, type ThreadStep } from './thread-step.js';
import { truthy } from './truthy.js';

const loopTypes = new Set(['RepeatNumBp', 'IterateListBp', 'WhileBp']);

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
  const step: ThreadStep = { context, run, thread, definition, now: context.now() };

  for (;;) {
    const frame = thread.stack.at(-1);
    if (!frame) {
      finishThread(context, run, thread, undefined);
      return;
    }
    const block = blockOf(step, frame);
    const planned = scenario[block.name];

    if (frame.phase === 'enter') {
      run.steps++;
      if (run.steps > maxStepsPerRun) {
        abortRun(context, run, `执行的块数超过上限 ${maxStepsPerRun}`);
        return;
      }
      // A loop's condition may read its own index: it is 0 before the first round.
      if (block.blockType === 'WhileBp') run.outputs[block.name] = { index: 0 };
      const resolved = resolveInputParams(block.inputParams, runScope(context, run));
      const inputs = resolved.ok ? resolved.values : {};
      context.enterBlock(run.taskRecordId, block, inputs);
      frame.inputs = inputs;
      if (!resolved.ok) {
        if (endFrame(step, `参数 ${resolved.param} 计算失败: ${resolved.reason}`)) return;
        continue;
      }
      let duration = planned?.durationMs ?? ownDuration(block.blockType);
      if (block.blockType === 'DelayBp' && planned?.durationMs === undefined) {
        const wait = Number(inputs.timeMillis ?? inputs.delayMs ?? 0);
        duration = Number.isFinite(wait) ? Math.min(Math.max(wait, 0), maxDelayMs) : 0;
      }
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
      const failure = planned?.fail ?? begin(context, run, thread, frame, block, inputs);
      if (typeof failure === 'string') {
        if (endFrame(step, failure)) return;
        continue;
      }
      if (planned?.outputs) {
        run.outputs[block.name] = { ...run.outputs[block.name], ...planned.outputs };
        const chosen = run.outputs[block.name]?.selectedAgvId;
        const task = context.task(run.taskRecordId);
        if (block.blockType === 'CSelectAgvBp' && typeof chosen === 'string' && task) task.agv_id = chosen;
      }
      // A leaf is done after its own time; a flow block goes on with its children or threads.
      if (frame.phase === 'own' && endFrame(step, undefined, leafLog(block, inputs, run))) return;
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
      if (child.blockType === 'BreakBp') {
        // BreakBp leaves the nearest loop of this thread, which then ends as a success.
        context.enterBlock(run.taskRecordId, child, {});
        thread.stack.push(newFrame(child));
        completeFrame(step, undefined, ['跳出循环', null]);
        const loopAt = thread.stack.findLastIndex((candidate) =>
          loopTypes.has(blockOf(step, candidate).blockType),
        );
        if (loopAt >= 0) {
          while (thread.stack.length > loopAt + 1) completeFrame(step);
          if (
            endFrame(step, undefined, [
              '循环已跳出',
              { iterations: (thread.stack[loopAt]?.iteration ?? 0) + 1 },
            ])
          )
            return;
        }
        continue;
      }
      thread.stack.push(newFrame(child));
      continue;
    }
    const again = frame.done ? false : nextIteration(context, run, frame, block);
    if (again === true) continue;
    const branch = frame.branch ?? 'default';
    let log: BlockLog = frame.done
      ? ['条件不满足或列表为空, 未执行子块', { executed: false, branch }]
      : [`分支 ${branch} 的所有子块执行完成`, { executed: true, branch }];
    // CSelectAgvBp reports its choice, as the document's log shows.
    if (block.blockType === 'CSelectAgvBp')
      log = [`选择机器人块成功, 块id:${block.name}`, { ...run.outputs[block.name] }];
    if (endFrame(step, typeof again === 'string' ? again : undefined, log)) return;
  }
}

/**
 * What a block does once its own time has passed: pick a branch to run (phase becomes
 * 'children'), start parallel threads ('join'), or nothing (a leaf: phase stays 'own').
 * Returns a failure reason, if it fails.
 */
function begin(
  context: EngineContext,
  run: RunState,
  thread: RunThread,
  frame: Frame,
  block: DefinitionBlock,
  inputs: Record<string, unknown>,
): string | undefined {
  switch (block.blockType) {
    case 'RootBp':
    case 'SerialFlowBp':
      startBranch(frame, 'default');
      return undefined;
    case 'CSelectAgvBp': {
      const vehicle = simulatedVehicles[
        Math.floor(context.random.next() * simulatedVehicles.length)
      ] as string;
      run.outputs[block.name] = { selectedAgvId: vehicle };
      const task = context.task(run.taskRecordId);
      if (task) task.agv_id = vehicle;
      startBranch(frame, 'default');
      return undefined;
    }
    case 'TryCatchBp':
      startBranch(frame, hasBranch(block, 'try') ? 'try' : 'default');
      return undefined;
    case 'IfBp':
      startBranch(frame, hasBranch(block, 'if') ? 'if' : 'default');
      frame.done = !truthy(inputs.condition);
      return undefined;
    case 'IfElseBp':
      startBranch(frame, truthy(inputs.condition) ? 'if' : 'else');
      return undefined;
    case 'IfElseIfBp':
      startBranch(
        frame,
        truthy(inputs.condition) ? 'if' : truthy(inputs.elseIfCondition) ? 'else_if' : 'else',
      );
      return undefined;
    case 'RepeatNumBp': {
      const times = Number(inputs.num ?? inputs.times ?? 0);
      if (!Number.isInteger(times) || times < 0) return `重复次数无效: ${String(inputs.num)}`;
      if (times > maxIterations) return `循环次数超过上限 ${maxIterations}`;
      frame.limit = times;
      frame.iteration = 0;
      run.outputs[block.name] = { index: 0 };
      startBranch(frame, 'default');
      frame.done = times === 0;
      return undefined;
    }
    case 'IterateListBp': {
      const items = listItems(inputs.list);
      if (!items) return `遍历列表块的 list 不是数组: ${JSON.stringify(inputs.list) ?? String(inputs.list)}`;
      if (items.length > maxIterations) return `循环次数超过上限 ${maxIterations}`;
      frame.items = items;
      frame.limit = items.length;
      frame.iteration = 0;
      startBranch(frame, 'default');
      frame.done = items.length === 0;
      if (!frame.done) run.outputs[block.name] = { index: 0, item: items[0] as unknown, size: items.length };
      return undefined;
    }
    case 'WhileBp':
      frame.iteration = 0;
      startBranch(frame, 'default');
      frame.done = !truthy(inputs.loopCondition ?? inputs.condition);
      return undefined;
    case 'ParallelFlowBp': {
      const children = branchBlocks(block, 'default');
      if (children.length === 0) return undefined;
      frame.phase = 'join';
      frame.pending = children.length;
      for (const child of children) {
        run.threads.push({
          id: context.newThreadId(),
          wakeAt: context.now(),
          stack: [newFrame(child)],
          joinTo: thread.id,
        });
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * After a branch finished: true when a loop goes round again (its outputs and index
 * updated), false when the block is done, or a failure reason.
 */
function nextIteration(
  context: EngineContext,
  run: RunState,
  frame: Frame,
  block: DefinitionBlock,
): boolean | string {
  switch (block.blockType) {
    case 'RepeatNumBp': {
      frame.iteration++;
      if (frame.iteration >= (frame.limit ?? 0)) return false;
      run.outputs[block.name] = { index: frame.iteration };
      frame.index = 0;
      return true;
    }
    case 'IterateListBp': {
      frame.iteration++;
      const items = frame.items ?? [];
      if (frame.iteration >= items.length) {
        frame.items = undefined;
        return false;
      }
      run.outputs[block.name] = {
        index: frame.iteration,
        item: items[frame.iteration] as unknown,
        size: items.length,
      };
      frame.index = 0;
      return true;
    }
    case 'WhileBp': {
      frame.iteration++;
      run.outputs[block.name] = { index: frame.iteration };
      const resolved = resolveInputParams(block.inputParams, runScope(context, run));
      if (!resolved.ok) return `参数 ${resolved.param} 计算失败: ${resolved.reason}`;
      if (!truthy(resolved.values.loopCondition ?? resolved.values.condition)) return false;
      // Like RepeatNumBp, at most maxIterations rounds: one more is a loop that would not end.
      if (frame.iteration >= maxIterations) return `循环次数超过上限 ${maxIterations}`;
      frame.index = 0;
      return true;
    }
    default:
      return false;
  }
}

function leafLog(block: DefinitionBlock, inputs: Record<string, unknown>, run: RunState): BlockLog {
  switch (block.blockType) {
    case 'PrintBp': {
      const text =
        typeof inputs.message === 'string' ? inputs.message : JSON.stringify(inputs.message ?? null);
      return [`打印: ${text}`, { message: inputs.message ?? null }];
    }
    case 'DelayBp':
      return [`延迟完成`, { timeMillis: inputs.timeMillis ?? null }];
    default:
      return [`块执行完成, 块id:${block.name}`, run.outputs[block.name] ?? null];
  }
}
