/**
 * The stop command (rulings R1, R6): the run ends, the definition's schedule is disabled,
 * the task becomes 2001 and its running blocks 2002; an unknown or finished task is refused.
 */
import { describe, expect, it } from 'vitest';
import { stopTask } from '../../../mocks/store/commands/stop-task.js';
import { formatTimestamp } from '../../../mocks/store/format-timestamp.js';
import { BlockRecordStatus, TaskStatus } from '../../../src/status.js';
import { definition, simple } from '../definitions.js';
import { failedTask, finishedTask, midRunMs, runningTask, storeWithParts } from '../unit-store.js';

describe('stopTask on a running task', () => {
  it('cancels the task (2001, not 2002) with the stop reason, its end time and run time', () => {
    const { parts, id, startedAt } = runningTask();
    const result = stopTask(parts, id);
    const endedOn = formatTimestamp(startedAt + midRunMs);
    expect(result).toEqual({ ok: true, task: parts.records.task(id), endedOn });
    expect(parts.records.task(id)).toMatchObject({
      status: TaskStatus.cancelled,
      ended_on: endedOn,
      ended_reason: '任务终止',
      state_description: '任务已终止',
      execution_time: midRunMs,
      updated_at: endedOn,
    });
  });

  it('cancels the running blocks (2002) at the same time, and leaves the finished ones alone', () => {
    const { parts, id, startedAt } = runningTask();
    const b1 = structuredClone(parts.records.blockRecordByName(id, 'b1'));
    stopTask(parts, id);
    const endedOn = formatTimestamp(startedAt + midRunMs);
    for (const name of ['-1', 'b2']) {
      expect(parts.records.blockRecordByName(id, name)).toMatchObject({
        status: BlockRecordStatus.cancelled,
        ended_on: endedOn,
        ended_reason: '任务终止',
        remark: '任务终止',
      });
    }
    expect(parts.records.blockRecordByName(id, 'b1')).toEqual(b1);
    expect(parts.records.blockRecordByName(id, 'b3')).toBeUndefined();
  });

  it('ends the run: it is gone, and time moving on changes no record of it', () => {
    const { store, parts, id } = runningTask();
    stopTask(parts, id);
    expect(parts.runs.has(id)).toBe(false);
    const after = structuredClone(parts.records.blockRecordsOf(id));
    store.advance(10_000);
    expect(parts.records.blockRecordsOf(id)).toEqual(after);
    expect(parts.records.task(id)?.status).toBe(TaskStatus.cancelled);
  });

  it('touches no other run', () => {
    const { store, parts, id } = runningTask();
    const other = store.runTask('three-steps');
    stopTask(parts, id);
    expect(parts.runs.has(other)).toBe(true);
    store.runUntilIdle();
    expect(parts.records.task(other)?.status).toBe(TaskStatus.success);
  });

  it('disables the periodic schedule of its definition: no further run starts', () => {
    const { store, parts } = storeWithParts();
    store.addDefinition({
      ...definition('p', [
        { id: 1, name: 'b1', blockType: 'DelayBp', inputParams: { timeMillis: simple(2_000) } },
      ]),
      periodicTask: 1,
      period: 1_000,
    });
    const first = store.runTask('p');
    store.advance(500);
    expect(parts.schedules.dump()).toMatchObject([{ definitionId: 'p', enabled: true }]);
    stopTask(parts, first);
    expect(parts.schedules.dump()).toMatchObject([{ definitionId: 'p', enabled: false }]);
    store.advance(5_000);
    expect(store.snapshot().tasks.map((task) => task.id)).toEqual([first]);
  });

  it('leaves a failed block (caught by a TryCatchBp) and a not-executed one as they are', () => {
    const { store, parts } = storeWithParts();
    store.addDefinition(
      definition('caught', [
        {
          id: 1,
          name: 'tc',
          blockType: 'TryCatchBp',
          children: {
            try: [{ id: 2, name: 'b2', blockType: 'PrintBp', inputParams: {} }],
            catch: [{ id: 3, name: 'b3', blockType: 'DelayBp', inputParams: { timeMillis: simple(1_000) } }],
          },
        },
        { id: 4, name: 'b4', blockType: 'PrintBp', inputParams: {} },
      ]),
    );
    const id = store.runTask('caught', {}, { scenario: { blocks: { b2: { fail: '扫码失败' } } } });
    store.advance(500);
    // b4 as the real engine may list a block it has not reached: 1002.
    parts.records.enterBlock(
      id,
      { id: '4', name: 'b4', blockType: 'PrintBp', inputParams: {}, branches: [], level: 1 },
      {},
    );
    parts.records.endBlock(id, 'b4', { status: BlockRecordStatus.notExecuted, reason: '未执行' }, null);
    const b2 = structuredClone(parts.records.blockRecordByName(id, 'b2'));
    const b4 = structuredClone(parts.records.blockRecordByName(id, 'b4'));
    expect(b2?.status).toBe(BlockRecordStatus.failed);
    stopTask(parts, id);
    expect(parts.records.blockRecordByName(id, 'b2')).toEqual(b2);
    expect(parts.records.blockRecordByName(id, 'b4')).toEqual(b4);
    expect(parts.records.blockRecordsOf(id).map((record) => [record.block_name, record.status])).toEqual([
      ['-1', BlockRecordStatus.cancelled],
      ['tc', BlockRecordStatus.cancelled],
      ['b2', BlockRecordStatus.failed],
      ['b3', BlockRecordStatus.cancelled],
      ['b4', BlockRecordStatus.notExecuted],
    ]);
  });

  it('stops a paused (2002) task: paused is not a finished state (R1)', () => {
    const { parts, id } = runningTask();
    const task = parts.records.task(id);
    if (task) task.status = TaskStatus.paused;
    expect(stopTask(parts, id)).toMatchObject({ ok: true });
    expect(task?.status).toBe(TaskStatus.cancelled);
  });
});

describe('stopTask refuses, and changes nothing', () => {
  it('an unknown task record', () => {
    const { store, parts } = runningTask();
    const before = store.snapshot();
    expect(stopTask(parts, 'no-such-record')).toEqual({ ok: false, refusal: 'unknown-task' });
    expect(store.snapshot()).toEqual(before);
  });

  it.each([
    ['succeeded', () => finishedTask(), TaskStatus.success],
    ['failed', () => failedTask(), TaskStatus.failed],
  ])('a task that has %s, with its status', (_, setUp, status) => {
    const { store, parts, id } = setUp();
    const before = store.snapshot();
    expect(stopTask(parts, id)).toEqual({ ok: false, refusal: 'finished', status });
    expect(store.snapshot()).toEqual(before);
  });

  it('a task stopped already (2001)', () => {
    const { store, parts, id } = runningTask();
    stopTask(parts, id);
    const before = store.snapshot();
    expect(stopTask(parts, id)).toEqual({ ok: false, refusal: 'finished', status: TaskStatus.cancelled });
    expect(store.snapshot()).toEqual(before);
  });

  it('a finished run of a periodic definition: its schedule stays enabled', () => {
    const { store, parts } = storeWithParts();
    store.addDefinition({
      ...definition('p', [{ id: 1, name: 'b1', blockType: 'PrintBp', inputParams: {} }]),
      periodicTask: 1,
      period: 60_000,
    });
    const first = store.runTask('p');
    store.advance(1_000);
    expect(stopTask(parts, first)).toMatchObject({ ok: false, refusal: 'finished' });
    expect(parts.schedules.dump()).toMatchObject([{ definitionId: 'p', enabled: true }]);
  });
});
