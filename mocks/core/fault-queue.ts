/**
 * Injected faults, where requests are answered: the next `times` requests of an operation
 * answer a failure status the spec documents for it, in place of the operation.
 */
import type { OperationName } from '../../src/client/operation-name.js';
import { operationTable } from '../../src/client/operation-table.js';
import { describeValue } from '../store/describe-value.js';
import { MockInputError } from '../store/mock-input-error.js';
import type { Fault, FaultInput } from '../store/store-state.js';
import { unknownOption } from '../store/unknown-option.js';
import { documentedFailureStatuses } from './documented-failures.js';

/** The operations a fault may name: those of the one operation table, in its order. */
const operationNames = Object.keys(operationTable) as OperationName[];

function refuse(message: string): never {
  throw new MockInputError('invalid-argument', `[vwed] injectFault: ${message}`);
}

/**
 * The fault as queued, its defaults filled in; or a MockInputError that names the wrong field.
 * Also what a loaded state's faults are held to.
 *
 * @throws {MockInputError} `invalid-argument`.
 * @example
 * ```ts
 * checkFault({ operation: 'getTaskRecord', status: 503 }); // { ..., message: 'injected fault 503', times: 1 }
 * ```
 */
export function checkFault(fault: FaultInput): Fault {
  if (typeof fault !== 'object' || fault === null) {
    refuse(`expected { operation, status, message?, times? }, got ${describeValue(fault)}`);
  }
  const unknown = unknownOption(fault, ['operation', 'status', 'message', 'times']);
  if (unknown !== undefined) {
    refuse(`unknown key ${JSON.stringify(unknown)}; the keys are operation, status, message, times`);
  }
  if (!operationNames.includes(fault.operation)) {
    refuse(`operation must be one of ${operationNames.join(', ')}, got ${describeValue(fault.operation)}`);
  }
  if (!Number.isInteger(fault.status))
    refuse(`status must be an integer, got ${describeValue(fault.status)}`);
  // Only what the spec documents for the operation: the mock never answers anything else.
  const documented = documentedFailureStatuses[fault.operation];
  if (!documented.includes(fault.status)) {
    refuse(
      `status ${fault.status} is not documented for ${fault.operation}; one of ${documented.join(', ')}`,
    );
  }
  if (fault.message !== undefined && typeof fault.message !== 'string') {
    refuse(`message must be a string, got ${describeValue(fault.message)}`);
  }
  if (fault.times !== undefined && !(Number.isInteger(fault.times) && fault.times > 0)) {
    refuse(`times must be an integer > 0, got ${describeValue(fault.times)}`);
  }
  return {
    operation: fault.operation,
    status: fault.status,
    message: fault.message ?? `injected fault ${fault.status}`,
    times: fault.times ?? 1,
  };
}

/**
 * The queue of injected faults.
 *
 * @example
 * ```ts
 * const faults = new FaultQueue();
 * faults.inject({ operation: 'stopTask', status: 500 }); // { ..., message: 'injected fault 500', times: 1 }
 * faults.take('stopTask'); // that fault, now used up
 * faults.take('stopTask'); // undefined
 * ```
 */
export class FaultQueue {
  #faults: Fault[] = [];

  /** Queues a fault, checked first (a refusal changes nothing). Returns a copy of it as queued. */
  inject(fault: FaultInput): Fault {
    const queued = checkFault(fault);
    this.#faults.push(queued);
    return { ...queued };
  }

  /** Takes one use of the first fault queued for `operation`, if any is left. */
  take(operation: OperationName): Fault | undefined {
    const fault = this.#faults.find((candidate) => candidate.operation === operation && candidate.times > 0);
    if (!fault) return undefined;
    fault.times--;
    if (fault.times === 0) this.#faults = this.#faults.filter((candidate) => candidate !== fault);
    return fault;
  }

  /** Drops every queued fault; returns how many there were. */
  clear(): number {
    const count = this.#faults.length;
    this.#faults = [];
    return count;
  }

  /** Replaces the queue with a state's (taken as it is: the caller copies). */
  load(faults: Fault[]): void {
    this.#faults = faults;
  }

  /** The queued faults, sharing the objects: only to copy or serialize at once. */
  dump(): Fault[] {
    return this.#faults;
  }
}
