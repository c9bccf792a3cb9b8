/**
 * What must hold of a store's state whatever was done to it: statuses from their
 * vocabularies (R2), times in order, every block record belonging to a task record, and no
 * block still running in a finished task. Shared by the model test (after each step) and
 * the server's load test (after a storm of requests).
 */
import { expect } from 'vitest';
import type { StoreState } from '../../mocks/index.js';

const taskStatuses = new Set([1000, 1001, 1002, 2000, 2001, 2002]);
const blockStatuses = new Set([1000, 1001, 1002, 2000, 2002]);

export function expectStoreInvariants(state: StoreState): void {
  const taskIds = new Set(state.tasks.map((task) => task.id));
  expect(taskIds.size, 'task record ids are unique').toBe(state.tasks.length);
  for (const task of state.tasks) {
    expect(taskStatuses.has(task.status), `task status ${task.status}`).toBe(true);
    if (task.ended_on !== null && task.started_on !== null)
      expect(task.ended_on >= task.started_on).toBe(true);
  }
  const finished = new Set(state.tasks.filter((task) => task.ended_on !== null).map((task) => task.id));
  const names = new Set<string>();
  for (const block of state.blocks) {
    expect(taskIds.has(block.task_record_id)).toBe(true);
    // One block record per (task record, block name).
    const key = `${block.task_record_id}/${block.block_name}`;
    expect(names.has(key), `a second record of ${key}`).toBe(false);
    names.add(key);
    // A finished task has no block still running.
    if (finished.has(block.task_record_id))
      expect(block.status, `block ${block.block_name} of a finished task`).not.toBe(1001);
    expect(blockStatuses.has(block.status), `block status ${block.status}`).toBe(true);
    if (block.ended_on !== null && block.started_on !== null)
      expect(block.ended_on >= block.started_on).toBe(true);
  }
}
