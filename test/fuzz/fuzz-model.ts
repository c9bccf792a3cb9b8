/**
 * What the fuzzer keeps beside each target's store, from the answers alone: the IDs the store
 * has (the seed's, the runs the control API started, the retries' new records, the block
 * records answers listed) and the faults queued, to tell a due fault from a 5xx that is a bug.
 */
import { fuzzSeed } from './fuzz-seed.js';
import type { FuzzTarget } from './fuzz-targets.js';

export interface QueuedFault {
  status: number;
  message: string;
  times: number;
}

export interface TargetModel {
  target: FuzzTarget;
  tasks: string[];
  blocks: string[];
  /** Faults by operation, in the order they were queued. */
  faults: Map<string, QueuedFault[]>;
}

/** The model of a store as the `doc-examples` seed starts it (and as a reset puts it back). */
export function freshModel(target: FuzzTarget): TargetModel {
  return { target, tasks: [...fuzzSeed.taskIds], blocks: [...fuzzSeed.blockIds], faults: new Map() };
}

/** The kind of record an operation reads by its ID. */
export const poolOf = (operationId: string): 'task' | 'block' =>
  operationId === 'getBlockRecord' ? 'block' : 'task';

export function addId(pool: string[], id: unknown): void {
  if (typeof id === 'string' && id !== '' && !pool.includes(id)) pool.push(id);
}

/** The IDs a successful answer names, added to the model. */
export function learnIds(model: TargetModel, operationId: string, body: unknown): void {
  const data = (body as { data?: unknown } | null)?.data;
  if (operationId === 'getBlockRecords' && Array.isArray(data)) {
    for (const block of data) addId(model.blocks, (block as { id?: unknown })?.id);
  }
  if (operationId === 'getExecutionResults') {
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) {
        for (const child of node) walk(child);
        return;
      }
      if (typeof node !== 'object' || node === null) return;
      const { executionRecord, children } = node as {
        executionRecord?: { recordId?: unknown };
        children?: unknown;
      };
      addId(model.blocks, executionRecord?.recordId);
      walk(children);
    };
    walk(data);
  }
  if (operationId === 'retryTask') {
    addId(model.tasks, (data as { new_task_record_id?: unknown })?.new_task_record_id);
  }
}

/** Queues a fault as the control API answered it (its defaults filled in). */
export function queueFault(model: TargetModel, fault: Record<string, unknown>): void {
  const operation = String(fault.operation);
  const queue = model.faults.get(operation) ?? [];
  queue.push({ status: Number(fault.status), message: String(fault.message), times: Number(fault.times) });
  model.faults.set(operation, queue);
}

/**
 * The store said an injected fault answered a request of this operation: the one the model
 * has due, used once, or `unqueued` when the fuzzer queued none.
 */
export function useDueFault(
  model: TargetModel,
  operationId: string,
): { status: number; message: string } | 'unqueued' {
  const queue = model.faults.get(operationId) ?? [];
  const head = queue[0];
  if (!head) return 'unqueued';
  head.times--;
  if (head.times === 0) queue.shift();
  return { status: head.status, message: head.message };
}
