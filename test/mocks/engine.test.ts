/**
 * The simulated engine's block semantics (docs/task-definitions.md), in virtual time.
 */
import { describe, expect, it } from 'vitest';
import { createMockStore, handleMockRequest } from '../../mocks/index.js';
import { definition, expression, runToEnd as run, simple } from './definitions.js';
import { recordsOf } from './records-of.js';

type Block = Parameters<typeof definition>[1][number];

const print = (id: number, name: string, message: unknown = 'x'): Block => ({
  id,
  name,
  blockType: 'PrintBp',
  inputParams: { message: simple(message) },
});

describe('branching', () => {
  it('IfBp runs its children only when the condition holds', () => {
    const ifBlock = (condition: unknown): Block => ({
      id: 1,
      name: 'b1',
      blockType: 'IfBp',
      inputParams: { condition: expression(String(condition)) },
      children: { if: [print(2, 'b2')] },
    });
    expect(run([ifBlock('taskInputs.n > 1')], { n: 2 }).blocksByName.b2?.status).toBe(1000);
    expect(run([ifBlock('taskInputs.n > 1')], { n: 1 }).blocksByName.b2).toBeUndefined();
  });

  it('IfElseBp and IfElseIfBp take the right branch', () => {
    const ifElse: Block = {
      id: 1,
      name: 'b1',
      blockType: 'IfElseBp',
      inputParams: { condition: expression('taskInputs.go') },
      children: { if: [print(2, 'yes')], else: [print(3, 'no')] },
    };
    expect(Object.keys(run([ifElse], { go: true }).blocksByName)).toEqual(['-1', 'b1', 'yes']);
    expect(Object.keys(run([ifElse], { go: false }).blocksByName)).toEqual(['-1', 'b1', 'no']);
    const ifElseIf: Block = {
      id: 1,
      name: 'b1',
      blockType: 'IfElseIfBp',
      inputParams: {
        condition: expression('taskInputs.n == 1'),
        elseIfCondition: expression('taskInputs.n == 2'),
      },
      children: { if: [print(2, 'one')], else_if: [print(3, 'two')], else: [print(4, 'other')] },
    };
    expect(Object.keys(run([ifElseIf], { n: 2 }).blocksByName)).toEqual(['-1', 'b1', 'two']);
    expect(Object.keys(run([ifElseIf], { n: 9 }).blocksByName)).toEqual(['-1', 'b1', 'other']);
  });

  it('TryCatchBp runs catch after a failure in try, and the task succeeds', () => {
    const { task, blocksByName } = run(
      [
        {
          id: 1,
          name: 'b1',
          blockType: 'TryCatchBp',
          children: { try: [print(2, 'risky')], catch: [print(3, 'recover')] },
        },
      ],
      {},
      { blocks: { risky: { fail: '货架不存在' } } },
    );
    expect(task?.status).toBe(1000);
    expect(blocksByName.risky).toMatchObject({ status: 2000, ended_reason: '货架不存在' });
    expect(blocksByName.recover?.status).toBe(1000);
    expect(blocksByName.b1?.status).toBe(1000);
  });

  it('a failure outside a TryCatchBp fails every block up to the root, and the task', () => {
    const { task, blocksByName } = run(
      [
        {
          id: 1,
          name: 'b1',
          blockType: 'SerialFlowBp',
          children: { default: [print(2, 'b2'), print(3, 'b3')] },
        },
      ],
      {},
      { blocks: { b2: { fail: '执行失败: 路线被占用' } } },
    );
    expect(task).toMatchObject({ status: 2000, ended_reason: '执行失败: 路线被占用' });
    expect([blocksByName['-1']?.status, blocksByName.b1?.status, blocksByName.b2?.status]).toEqual([
      2000, 2000, 2000,
    ]);
    expect(blocksByName.b3).toBeUndefined();
  });
});

describe('loops', () => {
  it('RepeatNumBp runs its children num times, one record updated per iteration', () => {
    const { store, id, blocksByName } = run([
      {
        id: 1,
        name: 'b1',
        blockType: 'RepeatNumBp',
        inputParams: { num: simple(3) },
        children: { default: [print(2, 'b2', 'hi')] },
      },
    ]);
    expect(blocksByName.b1?.block_out_params_value).toEqual({ index: 2 });
    const logs = recordsOf(store).logsOf(blocksByName.b2?.id ?? '');
    expect(logs?.map((log) => log.message)).toEqual(['打印: hi', '打印: hi', '打印: hi']);
    expect(recordsOf(store).task(id)?.execution_time).toBe(90);
  });

  it('IterateListBp exposes index, item and size to expressions', () => {
    const { store, blocksByName } = run(
      [
        {
          id: 1,
          name: 'b1',
          blockType: 'IterateListBp',
          inputParams: { list: expression('taskInputs.stations') },
          children: {
            default: [
              {
                id: 2,
                name: 'b2',
                blockType: 'PrintBp',
                inputParams: { message: expression('blocks.b1.item') },
              },
            ],
          },
        },
      ],
      { stations: ['A', 'B'] },
    );
    expect(blocksByName.b1?.block_out_params_value).toEqual({ index: 1, item: 'B', size: 2 });
    expect(
      recordsOf(store)
        .logsOf(blocksByName.b2?.id ?? '')
        ?.map((log) => log.message),
    ).toEqual(['打印: A', '打印: B']);
  });

  it('WhileBp stops when its condition turns false, and BreakBp leaves a loop', () => {
    const whileLoop = run([
      {
        id: 1,
        name: 'b1',
        blockType: 'WhileBp',
        inputParams: { loopCondition: expression('blocks.b1.index < 3') },
        children: { default: [print(2, 'b2')] },
      },
    ]);
    expect(whileLoop.task?.status).toBe(1000);
    expect(recordsOf(whileLoop.store).logsOf(whileLoop.blocksByName.b2?.id ?? '')).toHaveLength(3);

    const broken = run([
      {
        id: 1,
        name: 'b1',
        blockType: 'RepeatNumBp',
        inputParams: { num: simple(10) },
        children: { default: [print(2, 'b2'), { id: 3, name: 'b3', blockType: 'BreakBp' }, print(4, 'b4')] },
      },
    ]);
    expect(broken.task?.status).toBe(1000);
    expect(broken.blocksByName.b4).toBeUndefined();
    expect(recordsOf(broken.store).logsOf(broken.blocksByName.b2?.id ?? '')).toHaveLength(1);
  });
});

describe('time, vehicles and outputs', () => {
  it('DelayBp waits its time; ParallelFlowBp runs its children side by side', () => {
    const { task } = run([
      {
        id: 1,
        name: 'b1',
        blockType: 'ParallelFlowBp',
        children: {
          default: [
            { id: 2, name: 'wait1', blockType: 'DelayBp', inputParams: { timeMillis: simple(1_000) } },
            { id: 3, name: 'wait2', blockType: 'DelayBp', inputParams: { timeMillis: simple(3_000) } },
          ],
        },
      },
    ]);
    expect(task).toMatchObject({ status: 1000, execution_time: 3_000 });
  });

  it('a failing parallel child fails the ParallelFlowBp once its siblings are done', () => {
    const { task, blocksByName } = run(
      [
        {
          id: 1,
          name: 'b1',
          blockType: 'ParallelFlowBp',
          children: { default: [print(2, 'ok'), print(3, 'bad')] },
        },
      ],
      {},
      { blocks: { bad: { fail: '断线' } } },
    );
    expect(task).toMatchObject({ status: 2000, ended_reason: '断线' });
    expect(blocksByName.ok?.status).toBe(1000);
  });

  it('CSelectAgvBp picks a vehicle, sets the record agv_id and runs its children', () => {
    const { task, blocksByName } = run([
      {
        id: 1,
        name: 'b1',
        blockType: 'CSelectAgvBp',
        inputParams: { keyRoute: simple('AP1') },
        children: {
          default: [
            {
              id: 2,
              name: 'b2',
              blockType: 'PrintBp',
              inputParams: { message: expression('blocks.b1.selectedAgvId') },
            },
          ],
        },
      },
    ]);
    expect(task?.agv_id).toMatch(/^Fake-0[1-5]$/);
    expect(blocksByName.b1?.block_out_params_value).toEqual({ selectedAgvId: task?.agv_id });
    expect(blocksByName.b2?.block_input_params_value).toEqual({ message: task?.agv_id });
  });

  it('an unknown block type succeeds after the default time; a scenario can set time and outputs', () => {
    const { task, blocksByName } = run(
      [
        { id: 1, name: 'b1', blockType: 'JackLoadBp' },
        { id: 2, name: 'b2', blockType: 'JackUnloadBp' },
      ],
      {},
      { blocks: { b2: { durationMs: 2_500, outputs: { weight: 12 } } } },
    );
    expect(task).toMatchObject({ status: 1000, execution_time: 2_600 });
    expect(blocksByName.b2?.block_out_params_value).toEqual({ weight: 12 });
  });

  it('a periodic definition starts a run every period until stopped', () => {
    const store = createMockStore();
    store.addDefinition({ ...definition('p', [print(1, 'b1')]), periodicTask: 1, period: 1_000 });
    store.runTask('p');
    store.advance(3_500);
    const runs = store.snapshot().tasks.filter((task) => task.task_id === 'p');
    expect(runs).toHaveLength(4);
    expect(runs.every((task) => task.periodic_task === 1 && task.status === 1000)).toBe(true);
  });

  it('a stop disables the periodic schedule, as the document says', () => {
    const store = createMockStore();
    store.addDefinition({
      ...definition('p', [
        { id: 1, name: 'b1', blockType: 'DelayBp', inputParams: { timeMillis: simple(2_000) } },
      ]),
      periodicTask: 1,
      period: 1_000,
    });
    const first = store.runTask('p');
    store.advance(500);
    const answer = handleMockRequest(store, {
      method: 'POST',
      path: `/api/vwed-task-record/stop/${first}`,
      body: null,
    });
    expect(answer.status).toBe(200);
    store.advance(5_000);
    expect(store.snapshot().tasks.filter((task) => task.task_id === 'p')).toHaveLength(1);
  });
});
