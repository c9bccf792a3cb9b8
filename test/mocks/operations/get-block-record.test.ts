/**
 * GET /block/{id} as its operation function answers it: one block record in full, or 404
 * `未找到ID为 {block_record_id} 的块记录`.
 */
import { describe, expect, it } from 'vitest';
import { getBlockRecord } from '../../../mocks/core/operations/get-block-record.js';
import { setTaskError } from '../../../mocks/store/commands/set-task-error.js';
import { BlockRecordStatus } from '../../../src/status.js';
import { runningTask, storeWithParts } from '../unit-store.js';

describe('getBlockRecord', () => {
  it('answers the stored record in full', () => {
    const { parts, id } = runningTask();
    const b2 = parts.records.blockRecordByName(id, 'b2');
    if (!b2) throw new Error('no record of b2');
    expect(getBlockRecord(parts, b2.id)).toEqual({
      status: 200,
      body: { code: 200, message: '成功获取块记录详情', data: structuredClone(b2) },
    });
    expect((getBlockRecord(parts, b2.id).body as { data: unknown }).data).toMatchObject({
      block_name: 'b2',
      task_record_id: id,
      status: BlockRecordStatus.running,
      ended_on: null,
    });
  });

  it('answers the record as it is now: after a set-error, failed with the reason', () => {
    const { parts, id } = runningTask();
    const b2 = parts.records.blockRecordByName(id, 'b2');
    if (!b2) throw new Error('no record of b2');
    setTaskError(parts, id, '现场人工干预');
    expect((getBlockRecord(parts, b2.id).body as { data: unknown }).data).toMatchObject({
      status: BlockRecordStatus.failed,
      ended_reason: '现场人工干预',
    });
  });

  it('answers the document’s failed block (doc-examples seed)', () => {
    const { parts } = storeWithParts({ seed: 'doc-examples' });
    const answer = getBlockRecord(parts, '00b7dc0d-7c23-4dce-ae95-3618f2cad202');
    expect(answer).toMatchObject({
      status: 200,
      body: {
        code: 200,
        message: '成功获取块记录详情',
        data: {
          id: '00b7dc0d-7c23-4dce-ae95-3618f2cad202',
          status: BlockRecordStatus.failed,
          ended_reason:
            '选择执行机器人失败: 执行数据库异常,违反了完整性例如:违反惟一约束、违反非空限制、字段内容超出长度等',
        },
      },
    });
  });

  it('answers 404 for an unknown block record, naming it', () => {
    const { parts } = runningTask();
    expect(getBlockRecord(parts, 'no-such-block')).toEqual({
      status: 404,
      body: { code: 404, message: '未找到ID为 no-such-block 的块记录' },
    });
  });

  it('answers 404 for a task record’s id: the ids are not interchangeable', () => {
    const { parts, id } = runningTask();
    expect(getBlockRecord(parts, id)).toMatchObject({ status: 404 });
  });

  it('changes nothing', () => {
    const { store, parts, id } = runningTask();
    const before = store.snapshot();
    getBlockRecord(parts, parts.records.blockRecordByName(id, 'b1')?.id ?? '');
    getBlockRecord(parts, 'no-such-block');
    expect(store.snapshot()).toEqual(before);
  });
});
