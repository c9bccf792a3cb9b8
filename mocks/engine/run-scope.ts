import type { RunState } from '../store/store-state.js';
import type { EngineContext } from './engine-context.js';

/**
 * What a run's expressions read (docs/task-definitions.md): `taskInputs`, the outputs of its
 * blocks by name, and `task.variables`. Made when read, so a block sees the outputs of every
 * block that ended before it.
 */
export function runScope(context: EngineContext, run: RunState) {
  const task = context.task(run.taskRecordId);
  return {
    taskInputs: (task?.input_params ?? {}) as Record<string, unknown>,
    blocks: run.outputs,
    task: { variables: (task?.variables ?? {}) as Record<string, unknown> },
  };
}
