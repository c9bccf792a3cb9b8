/**
 * cancelRun: a task's run ends where it is, and nothing else: no record ends (stop and
 * set-error end them after), and the definition kept for the run is let go.
 */
import { describe, expect, it } from 'vitest';
import { cancelRun } from '../../../mocks/store/commands/cancel-run.js';
import { BlockRecordStatus, TaskStatus } from '../../../src/status.js';
import { definition } from '../definitions.js';
import { runningTask, threeSteps } from '../unit-store.js';

describe('cancelRun', () => {
  it('removes the run and leaves every record as it was: the task and its blocks still read running', () => {
    const { store, parts, id } = runningTask();
    const before = store.snapshot();
    cancelRun(parts, id);
    expect(parts.runs.has(id)).toBe(false);
    const after = store.snapshot();
    expect(after.tasks).toEqual(before.tasks);
    expect(after.blocks).toEqual(before.blocks);
    expect(after.logs).toEqual(before.logs);
    expect(parts.records.task(id)?.status).toBe(TaskStatus.running);
    expect(parts.records.blockRecordByName(id, 'b2')?.status).toBe(BlockRecordStatus.running);
  });

  it('stops the run for good: time moving on starts and ends no block', () => {
    const { store, parts, id } = runningTask();
    cancelRun(parts, id);
    const blocks = structuredClone(parts.records.blockRecordsOf(id));
    store.advance(10_000);
    expect(parts.records.blockRecordsOf(id)).toEqual(blocks);
    expect(parts.records.task(id)?.ended_on).toBeNull();
  });

  it('lets go of the definition the run started with', () => {
    const { store, parts, id } = runningTask();
    const run = parts.runs.get(id);
    if (!run) throw new Error('no run');
    const started = parts.definitions.runDefinition(run);
    // A replaced definition: the run kept its own until it was cancelled.
    store.addDefinition(definition(threeSteps.id, [{ id: 1, name: 'b1', blockType: 'PrintBp' }]));
    expect(parts.definitions.runDefinition(run)).toBe(started);
    cancelRun(parts, id);
    expect(parts.definitions.runDefinition(run)).toBe('任务定义已变更, 任务无法继续执行');
  });

  it('leaves the other runs going', () => {
    const { store, parts, id } = runningTask();
    const other = store.runTask(threeSteps.id);
    cancelRun(parts, id);
    store.runUntilIdle();
    expect(parts.records.task(other)?.status).toBe(TaskStatus.success);
  });

  it('does nothing for a task record without a run', () => {
    const { store, parts } = runningTask();
    const before = store.snapshot();
    cancelRun(parts, 'no-such-record');
    expect(store.snapshot()).toEqual(before);
  });
});
