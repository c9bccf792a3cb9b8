/**
 * POST /retry/{id} as its operation function answers it: the retry command's result in the
 * document's envelope, and its refusals as the document's 404, 400 and 500 (R8).
 */
import { describe, expect, it } from 'vitest';
import { retryTask } from '../../../mocks/core/operations/retry-task.js';
import { stopTask } from '../../../mocks/store/commands/stop-task.js';
import { formatTimestamp } from '../../../mocks/store/format-timestamp.js';
import { TaskStatus } from '../../../src/status.js';
import { failedTask, finishedTask, runningTask, storeWithParts, threeSteps } from '../unit-store.js';

describe('retryTask', () => {
  it('answers the new record’s id beside the original’s id, name and inputs', () => {
    const { store, parts, id } = failedTask();
    const answer = retryTask(parts, id);
    const data = (answer.body as { data: { new_task_record_id: string } }).data;
    expect(answer).toEqual({
      status: 200,
      body: {
        code: 200,
        message: '任务重发成功',
        data: {
          original_task_record_id: id,
          new_task_record_id: data.new_task_record_id,
          new_task_id: threeSteps.id,
          retry_time: formatTimestamp(store.now()),
          original_task_name: '示例任务',
          original_input_params: { from: 'A', to: 'B' },
        },
      },
    });
    expect(data.new_task_record_id).not.toBe(id);
    expect(parts.records.task(data.new_task_record_id)?.status).toBe(TaskStatus.running);
  });

  it('retries the document’s failed record (doc-examples seed)', () => {
    const { parts } = storeWithParts({ seed: 'doc-examples' });
    const answer = retryTask(parts, '5ce20794-2b45-4031-8de0-9df922f91bd1');
    expect(answer).toMatchObject({
      status: 200,
      body: {
        code: 200,
        message: '任务重发成功',
        data: {
          original_task_record_id: '5ce20794-2b45-4031-8de0-9df922f91bd1',
          new_task_id: '3273c7cb-b4bb-47df-9d47-17f96bc401fc',
          original_task_name: '示例任务',
          original_input_params: { from: 'A', to: 'B' },
        },
      },
    });
  });

  it('answers a new record for each retry of one failed record', () => {
    const { parts, id } = failedTask();
    const newId = () =>
      (retryTask(parts, id).body as { data: { new_task_record_id: string } }).data.new_task_record_id;
    expect(newId()).not.toBe(newId());
  });
});

describe('retryTask refuses, and changes nothing', () => {
  it('an unknown task record: 404', () => {
    const { store, parts } = failedTask();
    const before = store.snapshot();
    expect(retryTask(parts, 'no-such-record')).toEqual({
      status: 404,
      body: { code: 404, message: '未找到任务记录 no-such-record' },
    });
    expect(store.snapshot()).toEqual(before);
  });

  it.each([
    ['running', () => runningTask(), TaskStatus.running],
    ['succeeded', () => finishedTask(), TaskStatus.success],
  ])('a task that is %s: 400, naming its status', (_, setUp, status) => {
    const { store, parts, id } = setUp();
    const before = store.snapshot();
    expect(retryTask(parts, id)).toEqual({
      status: 400,
      body: { code: 400, message: `任务状态为 ${status},只能重发失败状态(2000)的任务` },
    });
    expect(store.snapshot()).toEqual(before);
  });

  it('a stopped task: 400 任务状态为 2001', () => {
    const { store, parts, id } = runningTask();
    stopTask(parts, id);
    const before = store.snapshot();
    expect(retryTask(parts, id)).toEqual({
      status: 400,
      body: { code: 400, message: '任务状态为 2001,只能重发失败状态(2000)的任务' },
    });
    expect(store.snapshot()).toEqual(before);
  });

  it('a failed task whose definition is gone: 500 重发任务失败, naming the definition', () => {
    const { store, parts, id } = failedTask();
    store.removeDefinition(threeSteps.id);
    const before = store.snapshot();
    expect(retryTask(parts, id)).toEqual({
      status: 500,
      body: { code: 500, message: `重发任务失败: 任务定义 ${threeSteps.id} 不存在` },
    });
    expect(store.snapshot()).toEqual(before);
  });
});
