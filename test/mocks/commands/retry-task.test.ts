/**
 * The retry command (ruling R8): only a failed (2000) record; a new run with the original's
 * inputs, variables and source, marked as a retry; the original unchanged; repeatable; a
 * missing definition refused.
 */
import { describe, expect, it } from 'vitest';
import { defineTask, simple } from '../../../mocks/index.js';
import { retryTask } from '../../../mocks/store/commands/retry-task.js';
import { stopTask } from '../../../mocks/store/commands/stop-task.js';
import { formatTimestamp } from '../../../mocks/store/format-timestamp.js';
import { TaskStatus } from '../../../src/status.js';
import { failedTask, finishedTask, runningTask, storeWithParts, threeSteps } from '../unit-store.js';

const source = {
  source_type: 3,
  source_system: 'WMS',
  source_user: 'alice',
  source_device: 'PDA-7',
  source_ip: '10.0.0.7',
  source_time: '2025-04-30T07:59:00.000000',
  source_client_info: 'pda/1.2',
  source_remarks: '补货',
  priority: 5,
  work_stations: 'WS001',
  work_types: '运输任务',
};

/** A failed run of threeSteps with a source, variables and inputs to carry over. */
function failedWithSource() {
  const { store, parts } = storeWithParts();
  store.addDefinition(threeSteps);
  const id = store.runTask(
    threeSteps.id,
    { from: 'S1', to: 'D4', pallet: { code: 'P-9' } },
    { source, variables: { position: { x: 100 } }, scenario: { blocks: { b2: { fail: '货叉传感器异常' } } } },
  );
  store.runUntilIdle();
  return { store, parts, id };
}

describe('retryTask of a failed task', () => {
  it('creates a new running record with the original inputs, variables and source, the remark naming the original', () => {
    const { parts, id } = failedWithSource();
    const result = retryTask(parts, id);
    if (!result.ok) throw new Error(`refused: ${result.refusal}`);
    expect(result.newTaskRecordId).not.toBe(id);
    expect(parts.records.task(result.newTaskRecordId)).toMatchObject({
      task_id: threeSteps.id,
      status: TaskStatus.running,
      input_params: { from: 'S1', to: 'D4', pallet: { code: 'P-9' } },
      variables: { position: { x: 100 } },
      ...source,
      source_remarks: `补货 (重发任务, 原任务记录 ${id})`,
      ended_on: null,
    });
    expect(parts.runs.has(result.newTaskRecordId)).toBe(true);
  });

  it('says retry without a remark of its own when the original had none', () => {
    const { parts, id } = failedTask();
    const result = retryTask(parts, id);
    if (!result.ok) throw new Error(`refused: ${result.refusal}`);
    expect(parts.records.task(result.newTaskRecordId)?.source_remarks).toBe(`重发任务, 原任务记录 ${id}`);
  });

  it('returns the original record and the retry time', () => {
    const { store, parts, id } = failedTask();
    store.advance(7_000);
    expect(retryTask(parts, id)).toEqual({
      ok: true,
      original: parts.records.task(id),
      newTaskRecordId: expect.any(String),
      retryTime: formatTimestamp(store.now()),
    });
  });

  it('leaves the original record, its blocks and logs unchanged', () => {
    const { store, parts, id } = failedWithSource();
    // Later than the failure: a retry that touched the original's times would show.
    store.advance(60_000);
    const task = structuredClone(parts.records.task(id));
    const blocks = structuredClone(parts.records.blockRecordsOf(id));
    const logs = structuredClone(store.snapshot().logs);
    const result = retryTask(parts, id);
    store.runUntilIdle();
    expect(result.ok).toBe(true);
    expect(parts.records.task(id)).toEqual(task);
    expect(parts.records.blockRecordsOf(id)).toEqual(blocks);
    const originalLogs = new Set(blocks.map((block) => block.id));
    expect(store.snapshot().logs.filter(([blockId]) => originalLogs.has(blockId))).toEqual(logs);
  });

  it('copies the inputs: the new run does not share the original record’s objects', () => {
    const { parts, id } = failedWithSource();
    const result = retryTask(parts, id);
    if (!result.ok) throw new Error(`refused: ${result.refusal}`);
    const copy = parts.records.task(result.newTaskRecordId);
    expect(copy?.input_params).not.toBe(parts.records.task(id)?.input_params);
    expect(copy?.variables).not.toBe(parts.records.task(id)?.variables);
  });

  it('is repeatable: each retry is a new record, and the original stays failed', () => {
    const { parts, id } = failedTask();
    const first = retryTask(parts, id);
    const second = retryTask(parts, id);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(first.newTaskRecordId).not.toBe(second.newTaskRecordId);
    expect(parts.records.task(id)?.status).toBe(TaskStatus.failed);
  });

  it('runs the retry without the original’s scenario: it runs the definition as it is', () => {
    const { store, parts, id } = failedTask();
    const result = retryTask(parts, id);
    if (!result.ok) throw new Error(`refused: ${result.refusal}`);
    store.runUntilIdle();
    expect(parts.records.task(result.newTaskRecordId)?.status).toBe(TaskStatus.success);
  });

  it('runs the definition as it is now: the original inputs over its new defaults', () => {
    const { store, parts, id } = failedTask();
    store.addDefinition(
      defineTask(
        threeSteps.id,
        '示例任务',
        [{ id: 7, name: 'only', blockType: 'DelayBp', inputParams: { timeMillis: simple(10) } }],
        [
          { name: 'from', type: 'String', defaultValue: 'Z' },
          { name: 'speed', type: 'Number', defaultValue: 2 },
        ],
      ),
    );
    const result = retryTask(parts, id);
    if (!result.ok) throw new Error(`refused: ${result.refusal}`);
    store.runUntilIdle();
    expect(parts.records.blockRecordsOf(result.newTaskRecordId).map((block) => block.block_name)).toEqual([
      '-1',
      'only',
    ]);
    expect(parts.records.task(result.newTaskRecordId)?.input_params).toEqual({
      from: 'A',
      to: 'B',
      speed: 2,
    });
  });
});

describe('retryTask refuses, and changes nothing', () => {
  it('an unknown task record', () => {
    const { store, parts } = failedTask();
    const before = store.snapshot();
    expect(retryTask(parts, 'no-such-record')).toEqual({ ok: false, refusal: 'unknown-task' });
    expect(store.snapshot()).toEqual(before);
  });

  it.each([
    ['running', () => runningTask(), TaskStatus.running],
    ['succeeded', () => finishedTask(), TaskStatus.success],
  ])('a task that is %s, with its status', (_, setUp, status) => {
    const { store, parts, id } = setUp();
    const before = store.snapshot();
    expect(retryTask(parts, id)).toEqual({ ok: false, refusal: 'not-failed', status });
    expect(store.snapshot()).toEqual(before);
  });

  it('a stopped (2001) task', () => {
    const { store, parts, id } = runningTask();
    stopTask(parts, id);
    const before = store.snapshot();
    expect(retryTask(parts, id)).toEqual({ ok: false, refusal: 'not-failed', status: TaskStatus.cancelled });
    expect(store.snapshot()).toEqual(before);
  });

  it('a failed task whose definition was removed, naming the definition', () => {
    const { store, parts, id } = failedTask();
    store.removeDefinition(threeSteps.id);
    const before = store.snapshot();
    expect(retryTask(parts, id)).toEqual({
      ok: false,
      refusal: 'unknown-definition',
      definitionId: threeSteps.id,
    });
    expect(store.snapshot()).toEqual(before);
  });
});
