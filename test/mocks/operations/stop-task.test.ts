/**
 * POST /stop/{id} as its operation function answers it: the stop command's result in the
 * document's envelope (R1: status 2001), its refusals as 400 `任务终止失败: <reason>` (R6).
 */
import { describe, expect, it } from 'vitest';
import { stopTask } from '../../../mocks/core/operations/stop-task.js';
import { formatTimestamp } from '../../../mocks/store/format-timestamp.js';
import { TaskStatus } from '../../../src/status.js';
import { failedTask, finishedTask, midRunMs, runningTask } from '../unit-store.js';

describe('stopTask', () => {
  it('answers the stopped record: 2001, its end time and the stop reason', () => {
    const { parts, id, startedAt } = runningTask();
    expect(stopTask(parts, id)).toEqual({
      status: 200,
      body: {
        code: 200,
        message: '任务终止成功',
        data: {
          task_record_id: id,
          status: TaskStatus.cancelled,
          ended_on: formatTimestamp(startedAt + midRunMs),
          ended_reason: '任务终止',
        },
      },
    });
  });

  it('answers what the record now says', () => {
    const { parts, id } = runningTask();
    const data = (stopTask(parts, id).body as { data: Record<string, unknown> }).data;
    const task = parts.records.task(id);
    expect(data).toEqual({
      task_record_id: task?.id,
      status: task?.status,
      ended_on: task?.ended_on,
      ended_reason: task?.ended_reason,
    });
  });
});

describe('stopTask refuses with 400 任务终止失败 (R6), and changes nothing', () => {
  it('an unknown task record', () => {
    const { store, parts } = runningTask();
    const before = store.snapshot();
    expect(stopTask(parts, 'no-such-record')).toEqual({
      status: 400,
      body: { code: 400, message: '任务终止失败: 未找到任务记录 no-such-record' },
    });
    expect(store.snapshot()).toEqual(before);
  });

  it.each([
    ['succeeded', () => finishedTask(), TaskStatus.success],
    ['failed', () => failedTask(), TaskStatus.failed],
  ])('a task that has %s, naming its status', (_, setUp, status) => {
    const { store, parts, id } = setUp();
    const before = store.snapshot();
    expect(stopTask(parts, id)).toEqual({
      status: 400,
      body: { code: 400, message: `任务终止失败: 任务已结束, 当前状态为 ${status}` },
    });
    expect(store.snapshot()).toEqual(before);
  });

  it('a second stop', () => {
    const { store, parts, id } = runningTask();
    stopTask(parts, id);
    const before = store.snapshot();
    expect(stopTask(parts, id)).toEqual({
      status: 400,
      body: { code: 400, message: `任务终止失败: 任务已结束, 当前状态为 ${TaskStatus.cancelled}` },
    });
    expect(store.snapshot()).toEqual(before);
  });
});
