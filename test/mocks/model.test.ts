/**
 * A model-based property test: random sequences of runTask, advance, stop, retry,
 * set-error and every GET against the core, with the store's invariants checked after
 * each step, and every answer held to the OpenAPI spec.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { createMockStore, handleMockRequest, type MockStore } from '../../mocks/index.js';
import type { TaskRecordDetail } from '../../src/index.js';
import { HEAVY_TIMEOUT_MS } from '../timeouts.js';
import { definition, expression, iterateAndPrint, simple } from './definitions.js';
import { recordsOf } from './records-of.js';
import { contractErrors } from './spec-contract.js';
import { expectStoreInvariants } from './store-invariants.js';

const base = '/api/vwed-task-record';
const nodeStatuses = new Set([1000, 1001, 1006, 2000, 2001]);

const definitions = [
  iterateAndPrint,
  definition('parallel', [
    {
      id: 1,
      name: 'p',
      blockType: 'ParallelFlowBp',
      children: {
        default: [
          { id: 2, name: 'd1', blockType: 'DelayBp', inputParams: { timeMillis: simple(500) } },
          { id: 3, name: 'd2', blockType: 'CSelectAgvBp', inputParams: { keyRoute: simple('AP1') } },
        ],
      },
    },
  ]),
  definition('loop', [
    {
      id: 1,
      name: 'w',
      blockType: 'WhileBp',
      inputParams: { loopCondition: expression('blocks.w.index < 3') },
      children: {
        default: [
          { id: 2, name: 'd', blockType: 'DelayBp', inputParams: { timeMillis: simple(100) } },
          {
            id: 3,
            name: 'i',
            blockType: 'IfBp',
            inputParams: { condition: expression('blocks.w.index == 1') },
            children: { if: [{ id: 4, name: 'brk', blockType: 'BreakBp' }] },
          },
        ],
      },
    },
  ]),
  definition('try', [
    {
      id: 1,
      name: 't',
      blockType: 'TryCatchBp',
      children: {
        try: [
          { id: 2, name: 'x', blockType: 'PrintBp', inputParams: { message: expression('taskInputs.from') } },
        ],
        catch: [{ id: 3, name: 'y', blockType: 'LoadBp' }],
      },
    },
  ]),
];

interface World {
  store: MockStore;
  ids: string[];
  /** Finished records as last seen: only set-error may change them. */
  finished: Map<string, string>;
}

function call(world: World, method: string, path: string, body: string | null = null) {
  const answer = handleMockRequest(world.store, { method, path, body });
  expect(answer.status, `${method} ${path}`).toBeLessThan(500);
  return answer;
}

function checkInvariants(world: World, skip?: string): void {
  const state = world.store.snapshot();
  expectStoreInvariants(state);
  // A finished record changes only through set-error (R7), which the step names in `skip`.
  for (const task of state.tasks) {
    if (task.ended_on === null) continue;
    const seen = world.finished.get(task.id);
    if (seen !== undefined && task.id !== skip) expect(JSON.stringify(task)).toBe(seen);
    world.finished.set(task.id, JSON.stringify(task));
  }
}

type Command = fc.Command<World, World>;

function pick(world: World, index: number): string | undefined {
  return world.ids.length === 0 ? undefined : world.ids[index % world.ids.length];
}

class RunTask implements Command {
  constructor(
    readonly which: number,
    readonly failBlock: string | null,
  ) {}
  check = () => true;
  run(world: World): void {
    const chosen = definitions[this.which % definitions.length] as (typeof definitions)[number];
    const scenario = this.failBlock ? { blocks: { [this.failBlock]: { fail: '模拟失败' } } } : {};
    world.ids.push(world.store.runTask(chosen.id, { from: 'A' }, { scenario }));
    checkInvariants(world);
  }
  toString = () => `runTask(${this.which}, ${this.failBlock})`;
}

class Advance implements Command {
  constructor(readonly ms: number) {}
  check = () => true;
  run(world: World): void {
    world.store.advance(this.ms);
    checkInvariants(world);
  }
  toString = () => `advance(${this.ms})`;
}

class Post implements Command {
  constructor(
    readonly action: 'stop' | 'retry' | 'set-error',
    readonly index: number,
  ) {}
  check = () => true;
  run(world: World): void {
    const id = pick(world, this.index) ?? 'unknown-id';
    const before = recordsOf(world.store).task(id);
    const original = before ? JSON.stringify(before) : undefined;
    const body = this.action === 'set-error' ? JSON.stringify({ error_reason: '人工置错' }) : null;
    const operation = { stop: 'stopTask', retry: 'retryTask', 'set-error': 'setTaskError' }[this.action];
    const answer = call(world, 'POST', `${base}/${this.action}/${id}`, body);
    expect(contractErrors(operation, answer.status, answer.body)).toEqual([]);
    if (this.action === 'retry') {
      if (answer.status === 200) {
        expect((JSON.parse(original ?? '{}') as TaskRecordDetail).status).toBe(2000);
        const created = (answer.body as { data: { new_task_record_id: string } }).data.new_task_record_id;
        world.ids.push(created);
      }
      // The original never changes through a retry.
      expect(
        recordsOf(world.store).task(id) ? JSON.stringify(recordsOf(world.store).task(id)) : undefined,
      ).toBe(original);
    }
    checkInvariants(world, this.action === 'set-error' ? id : undefined);
  }
  toString = () => `${this.action}(${this.index})`;
}

class Get implements Command {
  constructor(
    readonly kind: 'detail' | 'blocks' | 'tree',
    readonly index: number,
  ) {}
  check = () => true;
  run(world: World): void {
    const id = pick(world, this.index) ?? 'unknown-id';
    const { kind } = this;
    const path =
      kind === 'detail'
        ? `/detail/${id}`
        : kind === 'blocks'
          ? `/blocks/${id}`
          : `/execution/block/results/${id}`;
    const operation = { detail: 'getTaskRecord', blocks: 'getBlockRecords', tree: 'getExecutionResults' }[
      kind
    ];
    const answer = call(world, 'GET', `${base}${path}`);
    expect(contractErrors(operation, answer.status, answer.body)).toEqual([]);
    if (kind === 'blocks' && answer.status === 200) {
      for (const block of (answer.body as { data: { id: string }[] }).data) {
        expect(call(world, 'GET', `${base}/block/${block.id}`).status).toBe(200);
      }
    }
    if (kind === 'tree' && answer.status === 200) {
      const data = (answer.body as { data: unknown }).data;
      const stack = Array.isArray(data) ? [...data] : [data];
      while (stack.length > 0) {
        const node = stack.pop() as {
          executionStatus: number;
          executionRecord: { recordId: string | null };
          children: unknown[];
        };
        expect(nodeStatuses.has(node.executionStatus)).toBe(true);
        if (node.executionRecord.recordId !== null) {
          expect(recordsOf(world.store).blockRecord(node.executionRecord.recordId)).toBeDefined();
        }
        stack.push(...node.children);
      }
    }
    checkInvariants(world);
  }
  toString = () => `get ${this.kind}(${this.index})`;
}

const commands = [
  fc
    .tuple(fc.nat(5), fc.constantFrom(null, 'b2', 'd1', 'x', 'p'))
    .map(([which, fail]) => new RunTask(which, fail)),
  fc.integer({ min: 0, max: 800 }).map((ms) => new Advance(ms)),
  fc
    .tuple(fc.constantFrom('stop' as const, 'retry' as const, 'set-error' as const), fc.nat(10))
    .map(([action, index]) => new Post(action, index)),
  fc
    .tuple(fc.constantFrom('detail' as const, 'blocks' as const, 'tree' as const), fc.nat(10))
    .map(([kind, index]) => new Get(kind, index)),
];

it('keeps its invariants through any sequence of operations', { timeout: HEAVY_TIMEOUT_MS }, () => {
  fc.assert(
    fc.property(fc.commands(commands, { maxCommands: 30 }), (sequence) => {
      const store = createMockStore();
      for (const chosen of definitions) store.addDefinition(chosen);
      const world: World = { store, ids: [], finished: new Map() };
      fc.modelRun(() => ({ model: world, real: world }), sequence);
    }),
    { numRuns: 1_000 },
  );
});
