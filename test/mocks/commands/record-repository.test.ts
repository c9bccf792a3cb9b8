/**
 * The record repository on its own: one record per (task record, block name), the writes
 * that end blocks and tasks, and a state it refuses to load.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { DefinitionBlock } from '../../../mocks/definitions/parse-definition.js';
import { formatTimestamp } from '../../../mocks/store/format-timestamp.js';
import { defaultEpoch } from '../../../mocks/store/mock-clock.js';
import { MockInputError } from '../../../mocks/store/mock-input-error.js';
import { RecordRepository } from '../../../mocks/store/record-repository.js';
import { BlockRecordStatus, TaskStatus } from '../../../src/status.js';
import type { TaskRecordDetail } from '../../../src/types.js';

let now: number;
let ids: number;
let records: RecordRepository;

beforeEach(() => {
  now = defaultEpoch;
  ids = 0;
  records = new RecordRepository({ now: () => now, newId: () => `id-${++ids}` });
});

const at = (ms: number) => formatTimestamp(defaultEpoch + ms);

function task(id: string, overrides: Partial<TaskRecordDetail> = {}): TaskRecordDetail {
  return {
    id,
    task_id: 'def-1',
    task_name: '示例任务',
    task_version: 1,
    status: TaskStatus.running,
    input_params: {},
    started_on: at(0),
    ended_on: null,
    ended_reason: null,
    execution_time: null,
    created_at: at(0),
    updated_at: at(0),
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
    ...overrides,
  };
}

function block(id: number, name: string, blockType = 'PrintBp'): DefinitionBlock {
  return {
    id: String(id),
    name,
    blockType,
    inputParams: { message: { type: 'Expression', value: 'blocks.b1.item' } },
    branches: [],
    level: 1,
  };
}

describe('enterBlock', () => {
  it('creates the record of a block the first time it starts, running, with its inputs', () => {
    records.addTask(task('t1'));
    now += 100;
    const record = records.enterBlock('t1', block(2, 'b2'), { message: 1 });
    expect(record).toMatchObject({
      id: 'id-1',
      block_name: 'b2',
      block_id: '2',
      block_execute_name: 'PrintBp',
      task_id: 'def-1',
      task_record_id: 't1',
      status: BlockRecordStatus.running,
      started_on: at(100),
      ended_on: null,
      ended_reason: null,
      remark: null,
      block_input_params_value: { message: 1 },
      block_out_params_value: null,
      block_input_params: { message: { type: 'Expression', value: 'blocks.b1.item' } },
    });
    expect(records.blockRecord('id-1')).toBe(record);
    expect(records.task('t1')?.updated_at).toBe(at(100));
  });

  it('reuses the one record of a block entered again (a loop), back to running with the new inputs', () => {
    records.addTask(task('t1'));
    const first = records.enterBlock('t1', block(2, 'b2'), { message: 1 });
    now += 30;
    records.endBlock('t1', 'b2', { status: BlockRecordStatus.success, reason: '执行成功' }, null);
    now += 10;
    const again = records.enterBlock('t1', block(2, 'b2'), { message: 2 });
    expect(again).toBe(first);
    expect(again).toMatchObject({
      id: 'id-1',
      status: BlockRecordStatus.running,
      started_on: at(40),
      ended_on: null,
      ended_reason: null,
      remark: null,
      block_input_params_value: { message: 2 },
    });
    expect(records.blockRecordsOf('t1')).toEqual([first]);
    expect(ids).toBe(1);
  });

  it('gives each task record its own record of a block of the same name', () => {
    records.addTask(task('t1'));
    records.addTask(task('t2'));
    const one = records.enterBlock('t1', block(2, 'b2'), {});
    const two = records.enterBlock('t2', block(2, 'b2'), {});
    expect(one.id).not.toBe(two.id);
    expect(records.blockRecordByName('t1', 'b2')).toBe(one);
    expect(records.blockRecordByName('t2', 'b2')).toBe(two);
  });

  it('keeps records in the order the blocks first started, whatever starts again later', () => {
    records.addTask(task('t1'));
    records.enterBlock('t1', block(1, 'b1'), {});
    records.enterBlock('t1', block(2, 'b2'), {});
    records.enterBlock('t1', block(1, 'b1'), {});
    expect(records.blockRecordsOf('t1').map((record) => record.block_name)).toEqual(['b1', 'b2']);
    expect([...records.blockRecordsByName('t1').keys()]).toEqual(['b1', 'b2']);
  });

  it('copies the inputs: changing them afterwards changes no record', () => {
    records.addTask(task('t1'));
    const inputs = { list: [1, 2] };
    const record = records.enterBlock('t1', block(1, 'b1'), inputs);
    inputs.list.push(3);
    expect(record.block_input_params_value).toEqual({ list: [1, 2] });
  });
});

describe('endBlock', () => {
  it('ends the block with its status, reason, time and outputs', () => {
    records.addTask(task('t1'));
    records.enterBlock('t1', block(5, 'b5', 'CSelectAgvBp'), {});
    now += 200;
    const outputs = { selectedAgvId: 'Fake-03' };
    const ended = records.endBlock(
      't1',
      'b5',
      { status: BlockRecordStatus.success, reason: '执行成功' },
      outputs,
    );
    expect(ended).toMatchObject({
      status: BlockRecordStatus.success,
      ended_on: at(200),
      ended_reason: '执行成功',
      remark: '执行成功',
      block_out_params_value: { selectedAgvId: 'Fake-03' },
      output_params: { blocks: { b5: { selectedAgvId: 'Fake-03' } } },
    });
    outputs.selectedAgvId = 'changed';
    expect(records.blockRecordByName('t1', 'b5')?.block_out_params_value).toEqual({
      selectedAgvId: 'Fake-03',
    });
    expect(records.task('t1')?.updated_at).toBe(at(200));
  });

  it('ends a failed block without outputs as null', () => {
    records.addTask(task('t1'));
    records.enterBlock('t1', block(2, 'b2'), {});
    const ended = records.endBlock('t1', 'b2', { status: BlockRecordStatus.failed, reason: '超时' }, null);
    expect(ended).toMatchObject({
      status: BlockRecordStatus.failed,
      ended_reason: '超时',
      block_out_params_value: null,
      output_params: { blocks: { b2: null } },
    });
  });

  it('returns undefined for a block with no record, and changes nothing', () => {
    records.addTask(task('t1'));
    const before = JSON.stringify(records.dump());
    now += 50;
    expect(
      records.endBlock('t1', 'b9', { status: BlockRecordStatus.success, reason: '执行成功' }, null),
    ).toBeUndefined();
    expect(JSON.stringify(records.dump())).toBe(before);
  });
});

describe('endUnfinishedBlocks', () => {
  function taskWithBlocks(): void {
    records.addTask(task('t1'));
    for (const [index, name] of ['b1', 'b2', 'b3', 'b4'].entries())
      records.enterBlock('t1', block(index + 1, name), {});
    records.endBlock('t1', 'b1', { status: BlockRecordStatus.success, reason: '执行成功' }, { n: 1 });
    records.endBlock('t1', 'b3', { status: BlockRecordStatus.failed, reason: '超时' }, null);
    // b2 and b4 still run.
  }

  it('ends only the blocks the predicate picks, in start order, and reports them', () => {
    taskWithBlocks();
    const ended = records.endUnfinishedBlocks(
      't1',
      (status) => status === BlockRecordStatus.running,
      { status: BlockRecordStatus.cancelled, reason: '任务终止' },
      at(999),
    );
    expect(ended).toEqual([
      { block_id: '2', block_name: 'b2', status: BlockRecordStatus.cancelled },
      { block_id: '4', block_name: 'b4', status: BlockRecordStatus.cancelled },
    ]);
    for (const name of ['b2', 'b4']) {
      expect(records.blockRecordByName('t1', name)).toMatchObject({
        status: BlockRecordStatus.cancelled,
        ended_on: at(999),
        ended_reason: '任务终止',
        remark: '任务终止',
      });
    }
  });

  it('leaves the blocks it does not pick exactly as they were', () => {
    taskWithBlocks();
    const b1 = structuredClone(records.blockRecordByName('t1', 'b1'));
    const b3 = structuredClone(records.blockRecordByName('t1', 'b3'));
    records.endUnfinishedBlocks(
      't1',
      (status) => status === BlockRecordStatus.running,
      { status: BlockRecordStatus.failed, reason: 'x' },
      at(999),
    );
    expect(records.blockRecordByName('t1', 'b1')).toEqual(b1);
    expect(records.blockRecordByName('t1', 'b3')).toEqual(b3);
  });

  it('picks by status: a predicate for everything not 1000 or 2000 also ends 1002 and 2002 records', () => {
    taskWithBlocks();
    records.endBlock('t1', 'b2', { status: BlockRecordStatus.notExecuted, reason: '未执行' }, null);
    records.endBlock('t1', 'b4', { status: BlockRecordStatus.cancelled, reason: '任务终止' }, null);
    const ended = records.endUnfinishedBlocks(
      't1',
      (status) => status !== BlockRecordStatus.success && status !== BlockRecordStatus.failed,
      { status: BlockRecordStatus.failed, reason: '人工置错' },
      at(999),
    );
    expect(ended.map((entry) => entry.block_name)).toEqual(['b2', 'b4']);
  });

  it('keeps the outputs a block already has', () => {
    taskWithBlocks();
    records.endUnfinishedBlocks('t1', () => true, { status: BlockRecordStatus.failed, reason: 'x' }, at(1));
    expect(records.blockRecordByName('t1', 'b1')?.block_out_params_value).toEqual({ n: 1 });
  });

  it('ends nothing of an unknown task record', () => {
    expect(
      records.endUnfinishedBlocks(
        'nope',
        () => true,
        { status: BlockRecordStatus.failed, reason: 'x' },
        at(1),
      ),
    ).toEqual([]);
  });
});

describe('endTask', () => {
  it('ends the task: status, end time, reason, state description, and execution_time in ms since it started', () => {
    const record = task('t1', { started_on: at(100), created_at: at(0) });
    records.addTask(record);
    now += 2_600;
    const ended = records.endTask(record, TaskStatus.success, '执行成功', '任务已完成');
    expect(ended).toBe(at(2_600));
    expect(records.task('t1')).toMatchObject({
      status: TaskStatus.success,
      ended_on: at(2_600),
      ended_reason: '执行成功',
      execution_time: 2_500,
      updated_at: at(2_600),
      state_description: '任务已完成',
    });
  });

  it('counts execution_time from created_at when the task never started', () => {
    const record = task('t1', { started_on: null, created_at: at(0), status: TaskStatus.queued });
    records.addTask(record);
    now += 700;
    records.endTask(record, TaskStatus.cancelled, '任务终止', '任务已终止');
    expect(record.execution_time).toBe(700);
  });

  it('reads the microseconds of a start time as the document writes them', () => {
    const record = task('t1', { started_on: '2025-04-30T08:00:00.105648' });
    records.addTask(record);
    now = Date.UTC(2025, 3, 30, 8, 0, 1, 601);
    records.endTask(record, TaskStatus.success, '执行成功', '任务已完成');
    expect(record.execution_time).toBe(1_496);
  });
});

describe('addLog', () => {
  it('appends log lines to a block record, each with its own id and time, the output copied', () => {
    records.addTask(task('t1'));
    const record = records.enterBlock('t1', block(1, 'b1'), {});
    expect(records.logsOf(record.id)).toBeUndefined();
    const output = { executed: true };
    records.addLog(record.id, 1, '分支 default 的所有子块执行完成', output);
    now += 5;
    records.addLog(record.id, 3, '超时', null);
    output.executed = false;
    expect(records.logsOf(record.id)).toEqual([
      {
        logId: 'id-2',
        level: 1,
        createdAt: at(0),
        message: '分支 default 的所有子块执行完成',
        output: { executed: true },
      },
      { logId: 'id-3', level: 3, createdAt: at(5), message: '超时', output: null },
    ]);
  });
});

describe('load and dump', () => {
  it('dump gives back what load took, and the indexes answer for it', () => {
    records.addTask(task('t1'));
    records.enterBlock('t1', block(1, 'b1'), {});
    records.enterBlock('t1', block(2, 'b2'), {});
    records.addLog('id-1', 1, 'x', null);
    const state = structuredClone(records.dump());
    const other = new RecordRepository({ now: () => now, newId: () => 'unused' });
    other.load(structuredClone(state));
    expect(other.dump()).toEqual(state);
    expect(other.blockRecordByName('t1', 'b2')?.id).toBe('id-2');
    expect(other.blockRecordsOf('t1').map((record) => record.block_name)).toEqual(['b1', 'b2']);
    expect(other.logsOf('id-1')).toHaveLength(1);
  });

  it('replaces everything it held', () => {
    records.addTask(task('t1'));
    records.enterBlock('t1', block(1, 'b1'), {});
    records.load({ tasks: [task('t2')], blocks: [], logs: [] });
    expect(records.task('t1')).toBeUndefined();
    expect(records.blockRecordsOf('t1')).toEqual([]);
    expect(records.blockRecord('id-1')).toBeUndefined();
    expect(records.task('t2')).toBeDefined();
  });

  it('refuses a state with two records of one block in one task record', () => {
    records.addTask(task('t1'));
    const b2 = records.enterBlock('t1', block(2, 'b2'), {});
    const state = structuredClone(records.dump());
    state.blocks.push({ ...structuredClone(b2), id: 'second-b2' });
    const other = new RecordRepository({ now: () => now, newId: () => 'unused' });
    expect(() => other.load(state)).toThrow(
      new MockInputError(
        'invalid-snapshot',
        '[vwed] createMockStore: the state has two records of block b2 in task record t1',
      ),
    );
  });

  it('loads records of one block name in two task records', () => {
    records.addTask(task('t1'));
    records.addTask(task('t2'));
    records.enterBlock('t1', block(2, 'b2'), {});
    records.enterBlock('t2', block(2, 'b2'), {});
    const other = new RecordRepository({ now: () => now, newId: () => 'unused' });
    expect(() => other.load(structuredClone(records.dump()))).not.toThrow();
    expect(other.blockRecordByName('t2', 'b2')?.id).toBe('id-2');
  });
});
