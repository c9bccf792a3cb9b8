/**
 * What must never happen to the mock, whatever a test or a definition does: a hang, a
 * run broken by a replaced definition, an answer that aliases the store, a bad option
 * taken silently.
 */
import { setupServer } from 'msw/node';
import { describe, expect, it } from 'vitest';
import {
  createMockStore,
  createTaskRecordHandlers,
  handleMockRequest,
  type MockStoreOptions,
} from '../../mocks/index.js';
import { createTaskRecordClient } from '../../src/index.js';
import { HEAVY_TIMEOUT_MS } from '../timeouts.js';
import { definition, expression, runToEnd, simple, storeWithRun } from './definitions.js';
import { recordsOf } from './records-of.js';

type Block = Parameters<typeof definition>[1][number];
const base = '/api/vwed-task-record';

const repeat = (id: number, name: string, num: number, children: Block[]): Block => ({
  id,
  name,
  blockType: 'RepeatNumBp',
  inputParams: { num: simple(num) },
  children: { default: children },
});

describe('bounds', () => {
  // A billion blocks asked for, stopped at the step limit of 100,000: about 1 s alone, several on
  // busy cores. Its own bound on the time (10 s) must be what fails, never vitest's default 5 s.
  it('nested loops cannot hang the mock: a run that starts too many blocks fails', {
    timeout: HEAVY_TIMEOUT_MS,
  }, () => {
    const store = createMockStore();
    const nested = repeat(1, 'l1', 1000, [
      repeat(2, 'l2', 1000, [
        repeat(3, 'l3', 1000, [
          { id: 4, name: 'x', blockType: 'IfBp', inputParams: { condition: simple(false) } },
        ]),
      ]),
    ]);
    store.addDefinition(definition('nested', [nested]));
    const id = store.runTask('nested');
    const started = Date.now();
    store.runUntilIdle();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(recordsOf(store).task(id)).toMatchObject({
      status: 2000,
      ended_reason: '执行的块数超过上限 100000',
    });
    expect(
      recordsOf(store)
        .blockRecordsOf(id)
        .every((block) => block.status !== 1001),
    ).toBe(true);
  });

  it('a periodic definition needs a period of at least a second', () => {
    const store = createMockStore();
    expect(() => store.addDefinition({ ...definition('p', []), periodicTask: 1, period: 0.5 })).toThrow(
      /period must be an integer >= 1000/,
    );
  });

  it('re-adding a definition as not periodic stops its schedule', () => {
    const store = createMockStore();
    store.addDefinition({ ...definition('p', []), periodicTask: 1, period: 1_000 });
    store.runTask('p');
    store.advance(1_500);
    store.addDefinition(definition('p', []));
    store.advance(5_000);
    expect(store.snapshot().tasks).toHaveLength(2);
  });

  const whileLoop = (condition: string, body: Block) =>
    runToEnd([
      {
        id: 1,
        name: 'b1',
        blockType: 'WhileBp',
        inputParams: { loopCondition: expression(condition) },
        children: { default: [body] },
      },
    ]);

  it('a WhileBp may run exactly 1,000 rounds, like RepeatNumBp', () => {
    expect(whileLoop('blocks.b1.index < 1000', { id: 2, name: 'b2', blockType: 'NoOpBp' }).task?.status).toBe(
      1000,
    );
  });

  it('a WhileBp whose condition is false at the start never runs its body', () => {
    const { task, blocksByName } = whileLoop('blocks.b1.index == 1', {
      id: 2,
      name: 'b2',
      blockType: 'PrintBp',
    });
    expect(task?.status).toBe(1000);
    expect(blocksByName.b2).toBeUndefined();
  });

  it('a definition nested 80 blocks deep runs, and its tree serializes', () => {
    let block: Block = { id: 0, name: 'leaf', blockType: 'PrintBp' };
    for (let level = 1; level <= 80; level++) {
      block = { id: level, name: `s${level}`, blockType: 'SerialFlowBp', children: { default: [block] } };
    }
    const store = createMockStore();
    store.addDefinition(definition('deep', [block]));
    const id = store.runTask('deep');
    store.runUntilIdle();
    expect(recordsOf(store).task(id)?.status).toBe(1000);
    expect(recordsOf(store).blockRecordsOf(id)).toHaveLength(82);
    const answer = handleMockRequest(store, {
      method: 'GET',
      path: `${base}/execution/block/results/${id}`,
      body: null,
    });
    expect(JSON.stringify(answer.body)).toContain('"leaf"');
  });

  it('a definition nested deeper than any answer could carry is refused at once, and nothing changes', () => {
    // JSON.stringify recurses: a tree 5,000 blocks deep would break every later answer carrying it.
    let block: Block = { id: 0, name: 'leaf', blockType: 'PrintBp' };
    for (let level = 1; level <= 5_000; level++) {
      block = { id: level, name: `s${level}`, blockType: 'SerialFlowBp', children: { default: [block] } };
    }
    const store = createMockStore();
    const before = store.snapshot();
    expect(() => store.addDefinition(definition('deep', [block]))).toThrow(
      /detail nests deeper than 256 levels/,
    );
    // The same as the JSON string the real engine stores (300 blocks: deep, but stringifiable).
    let shallower: Block = { id: 0, name: 'leaf', blockType: 'PrintBp' };
    for (let level = 1; level <= 300; level++) {
      shallower = {
        id: level,
        name: `s${level}`,
        blockType: 'SerialFlowBp',
        children: { default: [shallower] },
      };
    }
    const text = JSON.stringify(definition('deep', [shallower]).detail);
    expect(() => store.addDefinition({ id: 'deep', label: 'x', detail: text })).toThrow(/nests deeper/);
    expect(store.snapshot()).toEqual(before);
  });

  it('input nested deeper than 256 levels is refused by runTask', () => {
    const { store } = storeWithRun();
    let deep: unknown = 1;
    for (let level = 0; level < 300; level++) deep = [deep];
    expect(() => store.runTask('d', { deep })).toThrow(/inputParams nests deeper/);
    expect(() => store.runTask('d', {}, { variables: { deep } })).toThrow(/variables nests deeper/);
    expect(() => store.runTask('d', {}, { scenario: { blocks: { b1: { outputs: { deep } } } } })).toThrow(
      /options\.scenario nests deeper/,
    );
    expect(() => store.runTask('d', {}, { source: { source_remarks: null, extra: deep } as never })).toThrow(
      /options\.source nests deeper/,
    );
    // A cycle is no JSON: refused the same way, never a loop without end.
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => store.runTask('d', {}, { scenario: cyclic as never })).toThrow(/nests deeper/);
  });
});

describe('definitions change, runs do not', () => {
  it('a run keeps the definition it started with when the definition is replaced', () => {
    const { store, id } = storeWithRun();
    store.addDefinition(definition('d', [{ id: 9, name: 'other', blockType: 'PrintBp' }]));
    store.runUntilIdle();
    expect(recordsOf(store).task(id)?.status).toBe(1000);
    expect(recordsOf(store).blockRecordByName(id, 'b1')?.status).toBe(1000);
  });

  it('a run goes on when its definition is removed; its tree is then flat (R9)', () => {
    const { store, id } = storeWithRun();
    store.removeDefinition('d');
    store.runUntilIdle();
    expect(recordsOf(store).task(id)?.status).toBe(1000);
    const answer = handleMockRequest(store, {
      method: 'GET',
      path: `${base}/execution/block/results/${id}`,
      body: null,
    });
    expect(Array.isArray((answer.body as { data: unknown }).data)).toBe(true);
  });
});

describe('answers and records', () => {
  it('an answer is a copy: it does not change with the store, nor the store with it', () => {
    const store = createMockStore();
    store.addDefinition(definition('d', [{ id: 1, name: 'b1', blockType: 'PrintBp' }]));
    const id = store.runTask('d');
    const answer = handleMockRequest(store, { method: 'GET', path: `${base}/detail/${id}`, body: null });
    const data = (answer.body as { data: { status: number } }).data;
    store.runUntilIdle();
    expect(data.status).toBe(1001);
    data.status = 9999;
    expect(recordsOf(store).task(id)?.status).toBe(1000);
  });

  it('agv_id follows the vehicle a scenario makes CSelectAgvBp choose; updated_at moves during a run', () => {
    const store = createMockStore();
    store.addDefinition(
      definition('d', [
        {
          id: 1,
          name: 'b1',
          blockType: 'CSelectAgvBp',
          children: { default: [{ id: 2, name: 'b2', blockType: 'LoadBp' }] },
        },
      ]),
    );
    const id = store.runTask(
      'd',
      {},
      { scenario: { blocks: { b1: { outputs: { selectedAgvId: 'AGV-42' } } } } },
    );
    const created = recordsOf(store).task(id)?.updated_at;
    store.advance(250);
    expect(recordsOf(store).task(id)?.agv_id).toBe('AGV-42');
    expect(recordsOf(store).task(id)?.updated_at).not.toBe(created);
  });

  it('keeps "constructor" and "prototype" as ordinary input names; drops "__proto__" without a trace', () => {
    const store = createMockStore();
    store.addDefinition(definition('d', []));
    const id = store.runTask(
      'd',
      JSON.parse('{"constructor": "c", "prototype": 1, "__proto__": {"polluted": true}}'),
    );
    const inputs = recordsOf(store).task(id)?.input_params as Record<string, unknown>;
    expect(Object.keys(inputs).sort()).toEqual(['constructor', 'from', 'prototype']);
    expect(Object.getPrototypeOf(inputs)).toBe(Object.prototype);
    expect(Object.hasOwn(inputs, '__proto__')).toBe(false);
  });
});

describe('options and arguments', () => {
  // Regression: `createTaskRecordHandlers(store)` (braces forgotten) was accepted, and every
  // request then failed inside MSW with "Cannot read properties of undefined (reading 'latencyMs')".
  it.each([
    [
      'the store itself, braces forgotten',
      () => createMockStore(),
      /options must be \{ store \} \(the store inside braces\), got "the store itself"/,
    ],
    ['nothing', () => undefined, /options must be an object \{ store, baseUrl\? \}, got undefined/],
    ['no store', () => ({}), /option store must be a store from createMockStore\(\), got undefined/],
    [
      'a typo',
      () => ({ store: createMockStore(), baseURL: 'http://x.test' }),
      /option baseURL must be left out: the options are store, baseUrl, control, onError/,
    ],
    [
      'a baseUrl that is a number',
      () => ({ store: createMockStore(), baseUrl: 5 }),
      /option baseUrl must be an http\(s\) origin or prefix, without a query or a fragment, got 5/,
    ],
    [
      'a baseUrl with a query',
      () => ({ store: createMockStore(), baseUrl: 'http://x.test/?a=1' }),
      /option baseUrl must be/,
    ],
  ])('createTaskRecordHandlers refuses %s with a TypeError at once', (_name, options, message) => {
    const create = () => createTaskRecordHandlers(options() as never);
    expect(create).toThrow(TypeError);
    expect(create).toThrow(message);
  });

  it.each([
    [{ seed: 'demos' }, /option seed must be 'empty', 'doc-examples' or 'demo'/],
    [{ httpStatus: 'always200' }, /option httpStatus must be 'mirror' or 'always-200'/],
    [{ clock: { speed: Number.NaN } }, /option clock must be 'virtual' or \{ speed/],
    [{ randomSeed: 1.5 }, /option randomSeed must be an integer/],
    [{ snapshot: {} }, /option snapshot must be a state from store.snapshot\(\)/],
  ])('createMockStore(%j) throws a TypeError', (options, message) => {
    expect(() => createMockStore(options as MockStoreOptions)).toThrow(TypeError);
    expect(() => createMockStore(options as MockStoreOptions)).toThrow(message);
  });

  it('injectFault refuses an operation that does not exist', () => {
    expect(() =>
      createMockStore().injectFault({ operation: 'stop' as never, status: 500, message: 'x', times: 1 }),
    ).toThrow(/injectFault: operation must be one of getBlockRecords, .*, got "stop"/);
  });

  it('handleMockRequest answers even a request without a method or path', () => {
    const answer = handleMockRequest(createMockStore(), {} as never);
    expect(answer.status).toBe(404);
  });
});

it('the handlers serve a baseUrl with a gateway prefix', async () => {
  const store = createMockStore({ seed: 'doc-examples' });
  const server = setupServer(...createTaskRecordHandlers({ store, baseUrl: 'http://gw.test/vwed' }));
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const client = createTaskRecordClient({ baseUrl: 'http://gw.test/vwed' });
    await expect(client.getTaskRecord('7b84fd4d-e947-4ec7-8535-05ede5f8aa9d')).resolves.toMatchObject({
      task_name: '示例任务',
    });
  } finally {
    server.close();
  }
});
