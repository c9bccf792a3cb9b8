/**
 * createRun: the new task record and its run, as runTask, a retry and a periodic schedule
 * make them; a definition that cannot be parsed gives a record that fails at once (R9).
 */
import { describe, expect, it } from 'vitest';
import { createRun } from '../../../mocks/store/commands/create-run.js';
import type { StoredDefinition } from '../../../mocks/store/store-state.js';
import { TaskStatus } from '../../../src/status.js';
import { definition, simple } from '../definitions.js';
import { storeWithParts, threeSteps } from '../unit-store.js';

function storeWith(definitionInput = threeSteps) {
  const { store, parts } = storeWithParts();
  store.addDefinition(definitionInput);
  const stored = parts.definitions.stored(definitionInput.id) as StoredDefinition;
  return { store, parts, stored };
}

describe('createRun', () => {
  it('files a running task record of the definition, started now, as the engine writes it', () => {
    const { store, parts, stored } = storeWith();
    store.advance(1_234);
    const id = createRun(parts, stored, { to: 'B' }, {});
    const now = parts.timestamp();
    expect(parts.records.task(id)).toEqual({
      id,
      task_id: threeSteps.id,
      task_name: '示例任务',
      task_version: 2,
      status: TaskStatus.running,
      input_params: { from: 'A', to: 'B' },
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
      periodic_task: 0,
      priority: 1,
      work_stations: null,
      work_types: null,
      variables: {},
      source_type: null,
      source_system: null,
      source_user: null,
      source_device: null,
      source_ip: null,
      source_time: null,
      source_client_info: null,
      source_remarks: null,
    });
  });

  it('takes the given inputs over the definition’s defaults', () => {
    const { parts, stored } = storeWith();
    const id = createRun(parts, stored, { from: 'S1' }, {});
    expect(parts.records.task(id)?.input_params).toEqual({ from: 'S1' });
  });

  it('takes the source, priority and variables of the options', () => {
    const { parts, stored } = storeWith();
    const variables = { position: { x: 1 } };
    const id = createRun(
      parts,
      stored,
      {},
      {
        source: { source_type: 3, source_system: 'WMS', priority: 9, work_types: '运输任务' },
        variables,
      },
    );
    variables.position.x = 2;
    expect(parts.records.task(id)).toMatchObject({
      source_type: 3,
      source_system: 'WMS',
      source_user: null,
      priority: 9,
      work_types: '运输任务',
      variables: { position: { x: 1 } },
    });
  });

  it('starts a run due now that has started no block yet, with its own copy of the scenario', () => {
    const { parts, stored } = storeWith();
    const scenario = { blocks: { b2: { fail: '超时' } } };
    const id = createRun(parts, stored, {}, { scenario });
    scenario.blocks.b2.fail = 'changed';
    const run = parts.runs.get(id);
    expect(run).toMatchObject({
      taskRecordId: id,
      definitionId: threeSteps.id,
      scenario: { blocks: { b2: { fail: '超时' } } },
      threads: [{ wakeAt: parts.clock.now() }],
    });
    expect(parts.records.blockRecordsOf(id)).toEqual([]);
  });

  it('keeps the definition the run starts with, whatever replaces it', () => {
    const { store, parts, stored } = storeWith();
    const id = createRun(parts, stored, {}, {});
    const started = parts.definitions.definition(threeSteps.id);
    store.addDefinition(definition(threeSteps.id, [{ id: 9, name: 'x', blockType: 'PrintBp' }]));
    const run = parts.runs.get(id);
    if (!run) throw new Error('no run');
    expect(parts.definitions.runDefinition(run)).toBe(started);
  });

  it('starts no schedule, even for a periodic definition (runTask does that)', () => {
    const { parts, stored } = storeWith({ ...threeSteps, periodicTask: 1, period: 1_000 });
    const id = createRun(parts, stored, {}, {});
    expect(parts.records.task(id)?.periodic_task).toBe(1);
    expect(parts.schedules.dump()).toEqual([]);
  });

  it('makes a record that fails at once, with the reason, for a definition that cannot be parsed (R9)', () => {
    const { parts, stored } = storeWith({ id: 'broken', label: '坏定义', detail: '{"rootBlock": ' });
    const id = createRun(parts, stored, { from: 'A' }, {});
    expect(parts.records.task(id)).toMatchObject({
      status: TaskStatus.failed,
      input_params: { from: 'A' },
      ended_reason: expect.stringMatching(/^任务定义解析失败: /),
      ended_on: parts.timestamp(),
      execution_time: 0,
      state_description: '任务执行失败',
    });
    expect(parts.runs.has(id)).toBe(false);
    expect(parts.records.blockRecordsOf(id)).toEqual([]);
  });

  it('names what is missing in a definition without a root block', () => {
    const { parts, stored } = storeWith({ id: 'rootless', label: '无根', detail: { inputParams: [] } });
    const id = createRun(parts, stored, {}, {});
    expect(parts.records.task(id)?.ended_reason).toBe('任务定义解析失败: 缺少 rootBlock');
  });

  it('gives each run a new id from the store’s random stream', () => {
    const { parts, stored } = storeWith();
    const one = createRun(parts, stored, {}, {});
    const two = createRun(parts, stored, {}, {});
    expect(one).not.toBe(two);
    expect(parts.records.task(one)?.root_task_record_id).toBe(one);
  });

  it('runs the blocks as the clock moves', () => {
    const { store, parts, stored } = storeWith(
      definition('d', [
        { id: 1, name: 'b1', blockType: 'DelayBp', inputParams: { timeMillis: simple(100) } },
      ]),
    );
    const id = createRun(parts, stored, {}, {});
    store.advance(100);
    expect(parts.records.task(id)).toMatchObject({ status: TaskStatus.success, execution_time: 100 });
  });
});
