/**
 * A new task record and the run that fills it: what `runTask`, a retry and a periodic
 * schedule all do. A definition that cannot be parsed makes a record that fails at once
 * with the reason (R9).
 */
import { TaskStatus } from '../../../src/status.js';
import type { TaskRecordDetail } from '../../../src/types.js';
import { startRun } from '../../engine/run-engine.js';
import { cloneJson } from '../clone-json.js';
import { engineContextOf } from '../engine-host.js';
import type { StoreParts } from '../store-parts.js';
import type { Scenario, StoredDefinition, TaskSource } from '../store-state.js';

/**
 * How a run is made: its scenario, where it came from, its task variables.
 *
 * @example
 * ```ts
 * const id = store.runTask('def-1', { from: 'A' }, { scenario: { blocks: { b2: { fail: '超时' } } } });
 * ```
 */
export interface RunTaskOptions {
  scenario?: Scenario;
  source?: TaskSource;
  variables?: Record<string, unknown>;
}

/** The task record of a new run, as the engine's `run_task` writes it. */
function newTaskRecord(
  parts: StoreParts,
  stored: StoredDefinition,
  inputs: Record<string, unknown>,
  options: RunTaskOptions,
): TaskRecordDetail {
  const id = parts.random.id();
  const now = parts.timestamp();
  const source = options.source ?? {};
  return {
    id,
    task_id: stored.id,
    task_name: stored.label,
    task_version: stored.version,
    status: TaskStatus.running,
    input_params: inputs,
    started_on: now,
    ended_on: null,
    ended_reason: null,
    execution_time: null,
    created_at: now,
    updated_at: now,
    agv_id: null,
    parent_task_record_id: null,
    root_task_record_id: id,
    state_description: '任务执行中',
    if_have_child_task: false,
    periodic_task: stored.periodicTask,
    priority: source.priority ?? 1,
    work_stations: source.work_stations ?? null,
    work_types: source.work_types ?? null,
    variables: cloneJson(options.variables ?? {}),
    source_type: source.source_type ?? null,
    source_system: source.source_system ?? null,
    source_user: source.source_user ?? null,
    source_device: source.source_device ?? null,
    source_ip: source.source_ip ?? null,
    source_time: source.source_time ?? null,
    source_client_info: source.source_client_info ?? null,
    source_remarks: source.source_remarks ?? null,
  };
}

/**
 * Creates a task record of `stored` with `given` inputs over the definition's defaults, and
 * starts its run at the store's now. Returns the new record's id.
 *
 * @example
 * ```ts
 * const id = createRun(parts, parts.definitions.stored('def-1'), { from: 'A' }, {});
 * ```
 */
export function createRun(
  parts: StoreParts,
  stored: StoredDefinition,
  given: Record<string, unknown>,
  options: RunTaskOptions,
): string {
  const parsed = parts.definitions.parsed(stored.id);
  const inputs: Record<string, unknown> = {};
  for (const spec of parsed.ok ? parsed.definition.inputParams : []) {
    if (spec.defaultValue !== undefined) inputs[spec.name] = cloneJson(spec.defaultValue);
  }
  Object.assign(inputs, given);
  const task = newTaskRecord(parts, stored, inputs, options);
  parts.records.addTask(task);
  parts.changed();
  const context = engineContextOf(parts);
  if (!parsed.ok) {
    context.finishTask(task.id, parsed.reason);
    return task.id;
  }
  parts.definitions.startRun(task.id, parsed.definition);
  startRun(context, task.id, stored.id, parsed.definition, cloneJson(options.scenario ?? {}));
  return task.id;
}
