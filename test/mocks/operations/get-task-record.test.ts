/**
 * GET /detail/{id} as its operation function answers it: the task record, or 404
 * `未找到ID为 {task_record_id} 的任务记录`.
 */
import { describe, expect, it } from 'vitest';
import { getTaskRecord } from '../../../mocks/core/operations/get-task-record.js';
import { stopTask } from '../../../mocks/store/commands/stop-task.js';
import { TaskStatus } from '../../../src/status.js';
import { runningTask, storeWithParts } from '../unit-store.js';

describe('getTaskRecord', () => {
  it('answers the stored record in full', () => {
    const { parts, id } = runningTask();
    expect(getTaskRecord(parts, id)).toEqual({
      status: 200,
      body: { code: 200, message: '成功获取任务记录详情', data: structuredClone(parts.records.task(id)) },
    });
  });

  it('answers the record as it is now: 2001 after a stop (R1)', () => {
    const { parts, id } = runningTask();
    stopTask(parts, id);
    expect((getTaskRecord(parts, id).body as { data: unknown }).data).toMatchObject({
      status: TaskStatus.cancelled,
      ended_reason: '任务终止',
      state_description: '任务已终止',
    });
  });

  it('answers the document’s example record (doc-examples seed)', () => {
    const { parts } = storeWithParts({ seed: 'doc-examples' });
    expect(getTaskRecord(parts, '7b84fd4d-e947-4ec7-8535-05ede5f8aa9d')).toMatchObject({
      status: 200,
      body: {
        code: 200,
        message: '成功获取任务记录详情',
        data: {
          id: '7b84fd4d-e947-4ec7-8535-05ede5f8aa9d',
          status: TaskStatus.success,
          started_on: '2025-04-30T17:28:19.105648',
          execution_time: 1496,
          state_description: '任务已完成',
        },
      },
    });
  });

  it('answers 404 for an unknown task record, naming it', () => {
    const { parts } = runningTask();
    expect(getTaskRecord(parts, 'no-such-record')).toEqual({
      status: 404,
      body: { code: 404, message: '未找到ID为 no-such-record 的任务记录' },
    });
  });

  it('answers 404 for a block record’s id', () => {
    const { parts, id } = runningTask();
    expect(getTaskRecord(parts, parts.records.blockRecordByName(id, 'b1')?.id ?? '')).toMatchObject({
      status: 404,
    });
  });

  it('changes nothing', () => {
    const { store, parts, id } = runningTask();
    const before = store.snapshot();
    getTaskRecord(parts, id);
    getTaskRecord(parts, 'no-such-record');
    expect(store.snapshot()).toEqual(before);
  });
});
