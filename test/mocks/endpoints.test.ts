/**
 * The mock behaves like the engine: what a run, a stop, a retry and a set-error change is
 * what detail, blocks and the tree say next. Through MSW and the package's own client.
 */
import { describe, expect, it } from 'vitest';
import {
  type ExecutionNode,
  flattenExecutionTree,
  isVwedApiError,
  normalizeExecutionResults,
} from '../../src/index.js';
import { definition, expression, iterateAndPrint, simple } from './definitions.js';
import { useMockServer } from './mock-server.js';

const mock = useMockServer();

/** root -> b1 select a vehicle -> (b2 print, b3 unknown type 'LoadBp') */
const transport = definition('transport', [
  {
    id: 1,
    name: 'b1',
    blockType: 'CSelectAgvBp',
    inputParams: { keyRoute: simple('AP1') },
    children: {
      default: [
        { id: 2, name: 'b2', blockType: 'PrintBp', inputParams: { message: expression('taskInputs.from') } },
        { id: 3, name: 'b3', blockType: 'LoadBp', inputParams: {} },
      ],
    },
  },
]);

/** Every node of the results, nested or flat: the package's own tree toolkit. */
function nodesOf(results: ExecutionNode | ExecutionNode[]): ExecutionNode[] {
  return flattenExecutionTree(normalizeExecutionResults(results).root);
}

describe('a run', () => {
  it('is visible while it runs and when it is done', async () => {
    const { store, client } = mock;
    store.addDefinition(transport);
    const id = store.runTask(
      'transport',
      { from: 'A' },
      { source: { source_system: 'WMS', source_user: 'admin' } },
    );
    store.advance(250); // b1 took 200 ms; b2 (30 ms) is done, b3 (100 ms) is running

    const running = await client.getTaskRecord(id);
    expect(running).toMatchObject({
      status: 1001,
      ended_on: null,
      execution_time: null,
      source_system: 'WMS',
    });
    const blocks = await client.getBlockRecords(id);
    expect(blocks.map((block) => [block.block_name, block.status])).toEqual([
      ['-1', 1001],
      ['b1', 1001],
      ['b2', 1000],
      ['b3', 1001],
    ]);
    expect(blocks[2]?.block_input_params_value).toEqual({ message: 'A' });

    store.runUntilIdle();
    const done = await client.getTaskRecord(id);
    expect(done).toMatchObject({ status: 1000, ended_reason: '执行成功', execution_time: 330 });
    expect(done.agv_id).toMatch(/^Fake-0\d$/);
    const tree = await client.getExecutionResults(id);
    expect(Array.isArray(tree)).toBe(false);
    const b1 = nodesOf(tree).find((node) => node.blockName === 'b1');
    expect(b1?.executionRecord.outputParamsValue).toEqual({ selectedAgvId: done.agv_id });
    expect(b1?.logs).toMatchObject([
      { message: '选择机器人块成功, 块id:b1', output: { selectedAgvId: done.agv_id } },
    ]);
    const root = nodesOf(tree).find((node) => node.blockName === '-1');
    expect(root?.logs.map((log) => log.message)).toEqual(['分支 default 的所有子块执行完成']);
  });

  it('shows the blocks not reached yet as 1006 in the tree', async () => {
    const { store, client } = mock;
    store.addDefinition(transport);
    const id = store.runTask('transport');
    store.advance(100);
    const nodes = nodesOf(await client.getExecutionResults(id));
    const b3 = nodes.find((node) => node.blockName === 'b3');
    expect(b3).toMatchObject({ executionStatus: 1006, executionRecord: { recordId: null, status: 1006 } });
  });

  it('fails where the scenario says, with its reason', async () => {
    const { store, client } = mock;
    store.addDefinition(transport);
    const id = store.runTask(
      'transport',
      {},
      { scenario: { blocks: { b3: { fail: '叉车电量不足', durationMs: 5_000 } } } },
    );
    store.advance(5_000);
    expect((await client.getTaskRecord(id)).status).toBe(1001);
    store.runUntilIdle();
    const detail = await client.getTaskRecord(id);
    expect(detail).toMatchObject({
      status: 2000,
      ended_reason: '叉车电量不足',
      state_description: '任务执行失败',
    });
    const b3 = (await client.getBlockRecords(id)).find((block) => block.block_name === 'b3');
    expect(b3).toMatchObject({ status: 2000, ended_reason: '叉车电量不足' });
  });

  it('runs the docs/task-definitions.md loop with one record per block, updated per iteration', async () => {
    const { store, client } = mock;
    store.addDefinition(iterateAndPrint);
    const id = store.runTask(iterateAndPrint.id);
    store.runUntilIdle();
    const blocks = await client.getBlockRecords(id);
    expect(blocks.map((block) => block.block_name)).toEqual(['-1', 'b1', 'b2']);
    expect(blocks[1]?.block_out_params_value).toEqual({ index: 4, item: 5, size: 5 });
    expect(blocks[2]?.block_input_params_value).toEqual({ message: 5 });
  });
});

describe('stop (R1, R6)', () => {
  it('cancels the task (2001) and its running blocks (2002), and says so everywhere', async () => {
    const { store, client } = mock;
    store.addDefinition(transport);
    const id = store.runTask('transport');
    store.advance(100);
    const result = await client.stopTask(id);
    expect(result).toMatchObject({ task_record_id: id, status: 2001, ended_reason: '任务终止' });
    expect((await client.getTaskRecord(id)).status).toBe(2001);
    const blocks = await client.getBlockRecords(id);
    expect(blocks.map((block) => block.status)).toEqual([2002, 2002]);
    const nodes = nodesOf(await client.getExecutionResults(id));
    expect(nodes.find((node) => node.blockName === 'b1')?.executionStatus).toBe(2001);
    store.runUntilIdle();
    expect((await client.getTaskRecord(id)).status).toBe(2001);
  });

  it('refuses a finished or unknown record with 400 任务终止失败', async () => {
    const { store, client } = mock;
    store.addDefinition(transport);
    const id = store.runTask('transport');
    store.runUntilIdle();
    const finished = await client.stopTask(id).catch((error: unknown) => error);
    expect(isVwedApiError(finished, 400)).toBe(true);
    expect((finished as Error).message).toMatch(/^任务终止失败: /);
    const unknown = await client.stopTask('nope').catch((error: unknown) => error);
    expect((unknown as Error).message).toBe('任务终止失败: 未找到任务记录 nope');
    expect((await client.getTaskRecord(id)).status).toBe(1000);
  });
});

describe('set-error (R7)', () => {
  it('on a running task: cancels it and fails the unfinished blocks', async () => {
    const { store, client } = mock;
    store.addDefinition(transport);
    const id = store.runTask('transport');
    store.advance(250);
    const result = await client.setTaskError(id, '系统异常导致任务失败');
    expect(result).toMatchObject({ task_status: 2000, error_reason: '系统异常导致任务失败' });
    expect(result.updated_blocks.map((block) => block.block_name)).toEqual(['-1', 'b1', 'b3']);
    expect(result.updated_blocks_count).toBe(3);
    store.runUntilIdle();
    const detail = await client.getTaskRecord(id);
    expect(detail).toMatchObject({ status: 2000, ended_reason: '系统异常导致任务失败' });
    const statuses = (await client.getBlockRecords(id)).map((block) => block.status);
    expect(statuses).toEqual([2000, 2000, 1000, 2000]);
  });

  it('on a finished task: allowed, and only unfinished blocks would change', async () => {
    const { store, client } = mock;
    store.addDefinition(transport);
    const id = store.runTask('transport');
    store.runUntilIdle();
    const result = await client.setTaskError(id, '补录错误');
    expect(result).toMatchObject({ task_status: 2000, updated_blocks_count: 0, updated_blocks: [] });
    expect((await client.getTaskRecord(id)).status).toBe(2000);
  });

  it('an unknown record is 404 with success: false', async () => {
    const error = await mock.client.setTaskError('nope', 'x').catch((caught: unknown) => caught);
    expect(isVwedApiError(error, 404)).toBe(true);
  });
});

describe('retry (R8)', () => {
  it('only a failed record; a new run with the same inputs and source that really runs', async () => {
    const { store, client } = mock;
    store.addDefinition(transport);
    const id = store.runTask(
      'transport',
      { from: 'B' },
      { scenario: { blocks: { b2: { fail: '超时' } } }, source: { source_system: 'MES' } },
    );
    store.runUntilIdle();
    const original = await client.getTaskRecord(id);
    expect(original.status).toBe(2000);

    const first = await client.retryTask(id);
    expect(first).toMatchObject({
      original_task_record_id: id,
      new_task_id: 'transport',
      original_input_params: { from: 'B' },
    });
    const second = await client.retryTask(id);
    expect(second.new_task_record_id).not.toBe(first.new_task_record_id);

    store.runUntilIdle();
    const rerun = await client.getTaskRecord(first.new_task_record_id);
    expect(rerun).toMatchObject({ status: 1000, input_params: { from: 'B' }, source_system: 'MES' });
    expect(rerun.source_remarks).toContain(id);
    expect(await client.getTaskRecord(id)).toEqual(original);
  });

  it('refuses a record that is not failed, with the documented message', async () => {
    const { store, client } = mock;
    store.addDefinition(transport);
    const id = store.runTask('transport');
    store.runUntilIdle();
    const error = await client.retryTask(id).catch((caught: unknown) => caught);
    expect(isVwedApiError(error, 400)).toBe(true);
    expect((error as Error).message).toBe('任务状态为 1000,只能重发失败状态(2000)的任务');
  });

  it('fails with 500 重发任务失败 when the definition is gone', async () => {
    const { store, client } = mock;
    store.addDefinition(transport);
    const id = store.runTask('transport', {}, { scenario: { blocks: { b1: { fail: 'x' } } } });
    store.runUntilIdle();
    store.removeDefinition('transport');
    const error = await client.retryTask(id).catch((caught: unknown) => caught);
    expect(isVwedApiError(error, 500)).toBe(true);
    expect((error as Error).message).toMatch(/^重发任务失败: /);
  });
});

describe('unknown records and flat mode', () => {
  it('blocks of an unknown record: 200 and [] (R5); detail and tree: 404', async () => {
    const { client } = mock;
    await expect(client.getBlockRecords('nope')).resolves.toEqual([]);
    await expect(client.getTaskRecord('nope')).rejects.toMatchObject({
      code: 404,
      message: '未找到ID为 nope 的任务记录',
    });
    await expect(client.getExecutionResults('nope')).rejects.toMatchObject({
      code: 404,
      message: '未找到任务记录 nope',
    });
    await expect(client.getBlockRecord('nope')).rejects.toMatchObject({
      code: 404,
      message: '未找到ID为 nope 的块记录',
    });
  });

  it('the tree falls back to the records in start order when the definition is gone (R9)', async () => {
    const { store, client } = mock;
    store.addDefinition(transport);
    const id = store.runTask('transport');
    store.runUntilIdle();
    store.removeDefinition('transport');
    const results = await client.getExecutionResults(id);
    expect(Array.isArray(results)).toBe(true);
    expect((results as ExecutionNode[]).map((node) => node.blockName)).toEqual(['-1', 'b1', 'b2', 'b3']);
  });
});
