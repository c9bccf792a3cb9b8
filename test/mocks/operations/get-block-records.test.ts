/**
 * GET /blocks/{id} as its operation function answers it: the block records of a task
 * record in start order, the list's eleven fields each; `[]` for an unknown record (R5).
 */
import { describe, expect, it } from 'vitest';
import { getBlockRecords } from '../../../mocks/core/operations/get-block-records.js';
import { stopTask } from '../../../mocks/store/commands/stop-task.js';
import { BlockRecordStatus } from '../../../src/status.js';
import { runningTask, storeWithParts, threeSteps } from '../unit-store.js';

const listFields = [
  'id',
  'block_name',
  'block_id',
  'status',
  'started_on',
  'ended_on',
  'ended_reason',
  'block_execute_name',
  'block_input_params_value',
  'block_out_params_value',
  'remark',
];

describe('getBlockRecords', () => {
  it('answers the document’s example exactly (doc-examples seed)', () => {
    const { parts } = storeWithParts({ seed: 'doc-examples' });
    const id = '7b84fd4d-e947-4ec7-8535-05ede5f8aa9d';
    expect(getBlockRecords(parts, id)).toEqual({
      status: 200,
      body: {
        code: 200,
        message: '成功获取任务记录 7b84fd4d-e947-4ec7-8535-05ede5f8aa9d 的块运行情况',
        data: [
          {
            id: 'b5410c81-99b3-4d61-bb79-e54292d012d4',
            block_name: '-1',
            block_id: '-1',
            status: 1000,
            started_on: '2025-04-30T17:28:19.105648',
            ended_on: '2025-04-30T17:28:19.601597',
            ended_reason: '执行成功',
            block_execute_name: 'RootBp',
            block_input_params_value: {},
            block_out_params_value: null,
            remark: '执行成功',
          },
          {
            id: 'ee29eccd-11e8-490b-ac24-81f243771dda',
            block_name: 'b1',
            block_id: '1',
            status: 1000,
            started_on: '2025-04-30T17:28:19.149185',
            ended_on: '2025-04-30T17:28:19.576944',
            ended_reason: '执行成功',
            block_execute_name: 'IterateListBp',
            block_input_params_value: { list: '[1,2,3,4,5]' },
            block_out_params_value: { index: 4, item: 5 },
            remark: '执行成功',
          },
          {
            id: 'c944c7df-329c-468e-90ed-9e064ddccdbc',
            block_name: 'b2',
            block_id: '2',
            status: 1000,
            started_on: '2025-04-30T17:28:19.457166',
            ended_on: '2025-04-30T17:28:19.488009',
            ended_reason: '执行成功',
            block_execute_name: 'PrintBp',
            block_input_params_value: { message: 'blocks.b1.item' },
            block_out_params_value: null,
            remark: '执行成功',
          },
        ],
      },
    });
  });

  it('lists a run’s records in start order, each with the list’s fields only', () => {
    const { parts, id } = runningTask();
    const answer = getBlockRecords(parts, id);
    const data = (answer.body as { data: Record<string, unknown>[] }).data;
    expect(data.map((record) => [record.block_name, record.status])).toEqual([
      ['-1', BlockRecordStatus.running],
      ['b1', BlockRecordStatus.success],
      ['b2', BlockRecordStatus.running],
    ]);
    for (const record of data) expect(Object.keys(record)).toEqual(listFields);
    const b2 = parts.records.blockRecordByName(id, 'b2');
    expect(data[2]).toEqual({
      id: b2?.id,
      block_name: 'b2',
      block_id: '2',
      status: BlockRecordStatus.running,
      started_on: b2?.started_on,
      ended_on: null,
      ended_reason: null,
      block_execute_name: 'DelayBp',
      block_input_params_value: { timeMillis: 1_000 },
      block_out_params_value: null,
      remark: null,
    });
  });

  it('shows what a stop did: the cancelled blocks as 2002', () => {
    const { parts, id } = runningTask();
    stopTask(parts, id);
    const data = (getBlockRecords(parts, id).body as { data: { block_name: string; status: number }[] }).data;
    expect(data.find((record) => record.block_name === 'b2')?.status).toBe(BlockRecordStatus.cancelled);
  });

  it('answers 200 with [] for an unknown task record (R5)', () => {
    const { parts } = runningTask();
    expect(getBlockRecords(parts, 'no-such-record')).toEqual({
      status: 200,
      body: { code: 200, message: '成功获取任务记录 no-such-record 的块运行情况', data: [] },
    });
  });

  it('answers [] for a record whose run has started no block yet', () => {
    const { store, parts } = storeWithParts();
    store.addDefinition(threeSteps);
    const id = store.runTask(threeSteps.id);
    expect(getBlockRecords(parts, id)).toMatchObject({ status: 200, body: { data: [] } });
  });

  it('changes nothing', () => {
    const { store, parts, id } = runningTask();
    const before = store.snapshot();
    getBlockRecords(parts, id);
    getBlockRecords(parts, 'no-such-record');
    expect(store.snapshot()).toEqual(before);
  });
});
