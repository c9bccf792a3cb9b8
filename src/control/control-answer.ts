import type { operations } from '../generated/mock-control.js';
import type { MockControlOperation } from './mock-control-operation.js';

type Responses<Operation extends MockControlOperation> = operations[Operation]['responses'];

/**
 * What a control operation answers on success (its 200 or 201 JSON body), as
 * `openapi/mock-control.yaml` documents it: the type each method of the control client is
 * built from.
 *
 * @example
 * ```ts
 * import type { ControlAnswer } from '@vwed/task-record/control';
 *
 * type Reading = ControlAnswer<'advanceClock'>; // { now: string }
 * ```
 */
export type ControlAnswer<Operation extends MockControlOperation> = {
  [Status in keyof Responses<Operation>]: Status extends 200 | 201
    ? Responses<Operation>[Status] extends { content: { 'application/json': infer Body } }
      ? Body
      : never
    : never;
}[keyof Responses<Operation>];
