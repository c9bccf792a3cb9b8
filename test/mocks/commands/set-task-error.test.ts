/**
 * The set-error command (ruling R7): a running task's run is cancelled, the task becomes
 * 2000 with the reason, and only its blocks not in {1000, 2000} are failed and reported.
 * Allowed on a finished task too.
 */
import { describe, expect, it } from 'vitest';
import { setTaskError } from '../../../mocks/store/commands/set-task-error.js';
import { stopTask } from '../../../mocks/store/commands/stop-task.js';
import { formatTimestamp } from '../../../mocks/store/format-timestamp.js';
import { BlockRecordStatus, TaskStatus } from '../../../src/status.js';
import { b2Failure, failedTask, finishedTask, midRunMs, runningTask } from '../unit-store.js';

const reason = '现场人工干预, 任务置为失败';

describe('setTaskError on a running task', () => {
  it('fails the task with the reason, its end time and run time', () => {
    const { parts, id, startedAt } = runningTask();
    const result = setTaskError(parts, id, reason);
    const endedOn = formatTimestamp(startedAt + midRunMs);
    expect(result).toMatchObject({ ok: true, task: parts.records.task(id), endedOn });
    expect(parts.records.task(id)).toMatchObject({
      status: TaskStatus.failed,
      ended_on: endedOn,
      ended_reason: reason,
      state_description: '任务已设置为错误状态',
      execution_time: midRunMs,
    });
  });

  it('fails the running blocks and reports them in start order; the succeeded one is left alone', () => {
    const { parts, id, startedAt } = runningTask();
    const b1 = structuredClone(parts.records.blockRecordByName(id, 'b1'));
    const result = setTaskError(parts, id, reason);
    expect(result.ok && result.updatedBlocks).toEqual([
      { block_id: '-1', block_name: '-1', status: BlockRecordStatus.failed },
      { block_id: '2', block_name: 'b2', status: BlockRecordStatus.failed },
    ]);
    expect(parts.records.blockRecordByName(id, 'b2')).toMatchObject({
      status: BlockRecordStatus.failed,
      ended_on: formatTimestamp(startedAt + midRunMs),
      ended_reason: reason,
      remark: reason,
    });
    expect(parts.records.blockRecordByName(id, 'b1')).toEqual(b1);
  });

  it('cancels the run first: time moving on starts no further block', () => {
    const { store, parts, id } = runningTask();
    setTaskError(parts, id, reason);
    expect(parts.runs.has(id)).toBe(false);
    const after = structuredClone(parts.records.blockRecordsOf(id));
    store.advance(10_000);
    expect(parts.records.blockRecordsOf(id)).toEqual(after);
    expect(parts.records.blockRecordByName(id, 'b3')).toBeUndefined();
    expect(parts.records.task(id)?.status).toBe(TaskStatus.failed);
  });
});

describe('setTaskError on a finished task (R7: allowed)', () => {
  it('a succeeded task becomes 2000, and none of its 1000 blocks change', () => {
    const { store, parts, id } = finishedTask();
    store.advance(5_000);
    const blocks = structuredClone(parts.records.blockRecordsOf(id));
    const result = setTaskError(parts, id, reason);
    expect(result).toMatchObject({ ok: true, updatedBlocks: [] });
    expect(parts.records.task(id)).toMatchObject({
      status: TaskStatus.failed,
      ended_reason: reason,
      ended_on: formatTimestamp(store.now()),
    });
    expect(parts.records.blockRecordsOf(id)).toEqual(blocks);
  });

  it('a failed task keeps its failed blocks with their own reason', () => {
    const { parts, id } = failedTask();
    const blocks = structuredClone(parts.records.blockRecordsOf(id));
    expect(blocks.map((block) => block.status)).toContain(BlockRecordStatus.failed);
    const result = setTaskError(parts, id, reason);
    expect(result).toMatchObject({ ok: true, updatedBlocks: [] });
    expect(parts.records.blockRecordsOf(id)).toEqual(blocks);
    expect(parts.records.blockRecordByName(id, 'b2')?.ended_reason).toBe(b2Failure);
  });

  it('a stopped task: its cancelled (2002) blocks are not finished, and become 2000', () => {
    const { parts, id } = runningTask();
    stopTask(parts, id);
    const result = setTaskError(parts, id, reason);
    expect(result.ok && result.updatedBlocks.map((block) => block.block_name)).toEqual(['-1', 'b2']);
    expect(parts.records.blockRecordByName(id, 'b2')).toMatchObject({
      status: BlockRecordStatus.failed,
      ended_reason: reason,
    });
    expect(parts.records.task(id)?.status).toBe(TaskStatus.failed);
  });

  it('a not-executed (1002) block is not finished either, and becomes 2000', () => {
    const { parts, id } = finishedTask();
    parts.records.endBlock(id, 'b3', { status: BlockRecordStatus.notExecuted, reason: '未执行' }, null);
    const result = setTaskError(parts, id, reason);
    expect(result.ok && result.updatedBlocks).toEqual([
      { block_id: '3', block_name: 'b3', status: BlockRecordStatus.failed },
    ]);
  });
});

describe('setTaskError refuses', () => {
  it('an unknown task record, and changes nothing', () => {
    const { store, parts } = runningTask();
    const before = store.snapshot();
    expect(setTaskError(parts, 'no-such-record', reason)).toEqual({ ok: false, refusal: 'unknown-task' });
    expect(store.snapshot()).toEqual(before);
  });
});
