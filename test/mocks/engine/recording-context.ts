/**
 * The engine without the store: an `EngineContext` that only writes down what the engine tells
 * it, so that a test can drive `startRun`/`runEngineUntil` on any parsed definition (one deeper
 * than `addDefinition` takes) or hand a block type's hook a step of its own.
 */
import { type ParsedDefinition, parseDefinitionDetail } from '../../../mocks/definitions/parse-definition.js';
import { blockTypeOf } from '../../../mocks/engine/block-registry.js';
import type { ThreadStep } from '../../../mocks/engine/block-type.js';
import type { EngineContext } from '../../../mocks/engine/engine-context.js';
import { nextWake, runEngineUntil, startRun } from '../../../mocks/engine/run-engine.js';
import type { RunState, RunThread } from '../../../mocks/store/store-state.js';
import type { BlockRecordDetail, TaskRecordDetail } from '../../../src/types.js';

export interface RecordingContext extends EngineContext {
  /** `start <name>`, `end <name>` or `fail <name>: <reason>`, `log <name>: <message>`, in order. */
  readonly events: string[];
  /** How the run ended: undefined while it runs, else its failure (null for a success). */
  ended: string | null | undefined;
  /** The one task record, for what the engine writes on it (agv_id). */
  readonly record: TaskRecordDetail;
  clock: number;
}

/** A context for one run of `definition`; `random` is what `random.next()` returns, in turn. */
export function recordingContext(definition: ParsedDefinition, random: number[] = [0.5]): RecordingContext {
  let draws = 0;
  let threads = 1;
  const record = { id: 'task', agv_id: '', input_params: {}, variables: {} } as unknown as TaskRecordDetail;
  const context: RecordingContext = {
    events: [],
    ended: undefined,
    record,
    clock: 0,
    now: () => context.clock,
    random: { next: () => random[draws++ % random.length] as number, id: () => 'id', state: () => 0 },
    newThreadId: () => threads++,
    task: (id) => (id === record.id ? record : undefined),
    runDefinition: () => definition,
    runs: new Map(),
    enterBlock(_taskRecordId, block) {
      context.events.push(`start ${block.name}`);
      return { id: block.name } as BlockRecordDetail;
    },
    finishBlock(_taskRecordId, name, failure) {
      context.events.push(failure === undefined ? `end ${name}` : `fail ${name}: ${failure}`);
      return { id: name } as BlockRecordDetail;
    },
    addLog(name, _level, message) {
      context.events.push(`log ${name}: ${message}`);
    },
    finishTask(_taskRecordId, failure) {
      context.ended = failure ?? null;
    },
  };
  return context;
}

/** A definition from its root block's JSON (the `rootBlock` of a `detail`). */
export function parsedDefinition(rootBlock: Record<string, unknown>): ParsedDefinition {
  const parsed = parseDefinitionDetail({ rootBlock });
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.definition;
}

/** Runs the definition of a context to its end, in its virtual time, as the store's `runUntilIdle` does. */
export function runToIdle(context: RecordingContext): void {
  startRun(
    context,
    context.record.id,
    'definition',
    context.runDefinition({} as RunState) as ParsedDefinition,
    {},
  );
  for (let at = nextWake(context); at !== undefined; at = nextWake(context)) {
    runEngineUntil(context, at, (ms) => {
      context.clock = ms;
    });
  }
}

/** A step of a fresh run's only thread, for calling a block type's hooks by hand. */
export function stepFor(context: RecordingContext): ThreadStep {
  const thread: RunThread = { id: 1, wakeAt: null, stack: [] };
  const run: RunState = {
    taskRecordId: context.record.id,
    definitionId: 'definition',
    threads: [thread],
    outputs: {},
    scenario: {},
    steps: 0,
  };
  const definition = context.runDefinition(run) as ParsedDefinition;
  return { context, run, thread, definition, now: context.clock, blockTypeOf };
}
