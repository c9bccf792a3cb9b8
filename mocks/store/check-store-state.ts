/**
 * What a state must be before a store loads it, from `createMockStore({ snapshot })`,
 * `store.restore` or the control API's `PUT /__mock/snapshot`: a state of `store.snapshot()`,
 * version 1, of the shape the store writes (`store-state-schema.ts`), whose runs are of its task
 * records and whose faults are ones `injectFault` takes.
 */
import { checkFault } from '../core/fault-queue.js';
import { untaggedMessage } from '../core/untagged-message.js';
import { describeValue } from './describe-value.js';
import { maxJsonDepth, nestsDeeperThan } from './json-depth.js';
import { MockInputError } from './mock-input-error.js';
import type { FaultInput, StoreState } from './store-state.js';
import { storeStateSchema } from './store-state-schema.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first thing wrong with `state`, or undefined when it can be loaded. */
function stateProblem(state: unknown): string | undefined {
  if (!isObject(state)) return `a state object, got ${describeValue(state)}`;
  if (state.version !== 1) return `version 1, got ${describeValue(state.version)}`;
  // Before the schema: cloning and checking a state nested past any the store writes could
  // exhaust the stack.
  if (nestsDeeperThan(state, maxJsonDepth + 8))
    return `no deeper nesting than the store takes (${maxJsonDepth} levels)`;
  return schemaProblem(state) ?? referenceProblem(state as unknown as StoreState);
}

/** Where the state departs from what the store writes, as `path to be valid (what)`, or undefined. */
function schemaProblem(state: unknown): string | undefined {
  const parsed = storeStateSchema.safeParse(state);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0];
  const where = issue?.path.join('.') || 'the state';
  return `${where} to be valid (${issue?.message ?? 'invalid'})`;
}

/** A run of no task record, or a fault the store would not queue, or undefined. */
function referenceProblem(state: StoreState): string | undefined {
  const tasks = new Set(state.tasks.map((task) => task.id));
  const orphan = state.runs.findIndex((run) => !tasks.has(run.taskRecordId));
  if (orphan >= 0) return `runs[${orphan}] to be the run of a task record of the state`;
  for (const [index, fault] of state.faults.entries()) {
    try {
      checkFault(fault as FaultInput);
    } catch (error) {
      return `faults[${index}] to be a fault injectFault takes (${untaggedMessage(error)})`;
    }
  }
  return undefined;
}

/**
 * Refuses what a store cannot load, with a MockInputError (`invalid-snapshot`) that says
 * what is wrong, before anything changes.
 *
 * @throws {MockInputError} `invalid-snapshot`.
 * @example
 * ```ts
 * checkStoreState('restore', 'state', store.snapshot()); // passes
 * checkStoreState('restore', 'state', { version: 2 }); // throws: ... it needs version 1, got 2
 * ```
 */
export function checkStoreState(where: string, name: string, state: unknown): asserts state is StoreState {
  const problem = stateProblem(state);
  if (problem !== undefined) {
    throw new MockInputError(
      'invalid-snapshot',
      `[vwed] ${where}: ${name} must be a state from store.snapshot() (version 1); it needs ${problem}`,
    );
  }
}
