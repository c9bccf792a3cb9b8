/**
 * The shape of a store's state (`StoreState`), as a schema: what a state loaded from outside
 * (`createMockStore({ snapshot })`, `store.restore`, `PUT /__mock/snapshot`, the reference
 * server's state file) must be before any of it is loaded. Records are held to the API's own
 * zod schemas (generated from the spec), the engine's run states to theirs, so that a loaded
 * state can only hold what the store itself writes: a hand-edited `wakeAt: "soon"` would
 * otherwise turn the clock into NaN, and a run of no task record fail every later step.
 */
import * as z from 'zod';
import {
  zBlockRecordDetail,
  zExecutionLog,
  zTaskRecordDetail,
} from '../../src/generated/vwed-task-record.zod.js';

const whole = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const jsonObject = z.record(z.string(), z.unknown());
const text = z.string();

const zFrame = z.strictObject({
  block: text,
  phase: z.enum(['enter', 'own', 'children', 'join']),
  branch: text.optional(),
  index: whole,
  iteration: whole,
  inputs: jsonObject.optional(),
  items: z.array(z.unknown()).optional(),
  limit: whole.optional(),
  done: z.boolean().optional(),
  pending: whole.optional(),
  failure: text.optional(),
});

// Not strict: a scenario is the caller's, and a key the engine does not read is harmless.
const zScenarioBlock = z.object({
  fail: text.optional(),
  durationMs: whole.optional(),
  outputs: jsonObject.optional(),
});

const zRunState = z.strictObject({
  taskRecordId: text,
  definitionId: text,
  threads: z.array(
    z.strictObject({
      id: whole,
      wakeAt: whole.nullable(),
      stack: z.array(zFrame),
      joinTo: whole.optional(),
    }),
  ),
  outputs: z.record(z.string(), jsonObject),
  scenario: z.object({ blocks: z.record(z.string(), zScenarioBlock).optional() }),
  steps: whole,
});

const zTaskSource = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));

/**
 * The schema of a `StoreState`.
 *
 * @example
 * ```ts
 * storeStateSchema.safeParse(store.snapshot()).success; // true
 * storeStateSchema.safeParse({ ...store.snapshot(), now: -5 }).success; // false
 * ```
 */
export const storeStateSchema = z.strictObject({
  version: z.literal(1),
  now: whole,
  random: z.number().int(),
  nextThreadId: whole.min(1),
  definitions: z.array(
    z.strictObject({
      id: text.min(1),
      label: text,
      version: whole,
      periodicTask: z.union([z.literal(0), z.literal(1)]),
      period: whole.min(1_000).optional(),
      detail: z.unknown(),
    }),
  ),
  tasks: z.array(zTaskRecordDetail),
  blocks: z.array(zBlockRecordDetail),
  logs: z.array(z.tuple([text, z.array(zExecutionLog)])),
  runs: z.array(zRunState),
  schedules: z.array(
    z.strictObject({
      definitionId: text,
      nextAt: whole,
      enabled: z.boolean(),
      inputParams: jsonObject,
      source: zTaskSource,
    }),
  ),
  faults: z.array(
    z.strictObject({ operation: text, status: z.number().int(), message: text, times: whole.min(1) }),
  ),
  requests: z.array(
    z.strictObject({
      seq: whole.min(1).optional(),
      method: text,
      path: text,
      operation: text.nullable(),
      id: text.nullable().optional(),
      body: text.nullable(),
      status: z.number().int(),
      fault: z.boolean().optional(),
    }),
  ),
});
