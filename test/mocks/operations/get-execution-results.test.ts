/**
 * GET /execution/block/results/{id} as its operation function answers it: the definition's
 * tree with each block's record (the node vocabulary of R2, 1006 for a block not reached),
 * the flat list of R9 when the definition is gone or cannot be parsed, and 404
 * `未找到任务记录 {task_record_id}`.
 */
import { describe, expect, it } from 'vitest';
import { getExecutionResults } from '../../../mocks/core/operations/get-execution-results.js';
import { stopTask } from '../../../mocks/store/commands/stop-task.js';
import { BlockRecordStatus, ExecutionNodeStatus } from '../../../src/status.js';
import type { ExecutionNode } from '../../../src/types.js';
import { runningTask, storeWithParts, threeSteps } from '../unit-store.js';

function tree(answer: { body: unknown }): ExecutionNode {
  return (answer.body as { data: ExecutionNode }).data;
}

function flat(answer: { body: unknown }): ExecutionNode[] {
  return (answer.body as { data: ExecutionNode[] }).data;
}

describe('getExecutionResults: the tree', () => {
  it('answers the definition’s tree under the document’s message', () => {
    const { parts, id } = runningTask();
    const answer = getExecutionResults(parts, id);
    expect(answer).toMatchObject({
      status: 200,
      body: { code: 200, message: '成功获取任务记录嵌套执行结果' },
    });
    const root = tree(answer);
    expect(root).toMatchObject({
      blockId: '-1',
      blockName: '-1',
      blockType: 'RootBp',
      blockTypeName: '根节点',
      level: 0,
      executionStatus: ExecutionNodeStatus.running,
    });
    expect(
      root.children.map((node) => [node.blockName, node.blockTypeName, node.level, node.executionStatus]),
    ).toEqual([
      ['b1', '打印块', 1, ExecutionNodeStatus.success],
      ['b2', '延迟块', 1, ExecutionNodeStatus.running],
      ['b3', '打印块', 1, ExecutionNodeStatus.notExecuted],
    ]);
  });

  it('gives a node its record and logs', () => {
    const { parts, id } = runningTask();
    const b1 = parts.records.blockRecordByName(id, 'b1');
    if (!b1) throw new Error('no record of b1');
    const node = tree(getExecutionResults(parts, id)).children[0];
    expect(node?.inputParams).toEqual({ message: { type: 'Simple', value: 'start' } });
    expect(node?.executionRecord).toEqual({
      recordId: b1.id,
      status: BlockRecordStatus.success,
      startedOn: b1.started_on,
      endedOn: b1.ended_on,
      endedReason: '执行成功',
      inputParamsValue: { message: 'start' },
      outputParamsValue: null,
      remark: '执行成功',
    });
    expect(node?.logs).toMatchObject([{ level: 1, message: '打印: start', output: { message: 'start' } }]);
  });

  it('shows a block not reached as 1006 in both statuses, with the document’s reason', () => {
    const { parts, id } = runningTask();
    const b3 = tree(getExecutionResults(parts, id)).children[2];
    expect(b3).toMatchObject({
      executionStatus: ExecutionNodeStatus.notExecuted,
      executionRecord: {
        recordId: null,
        status: ExecutionNodeStatus.notExecuted,
        startedOn: null,
        endedOn: null,
        endedReason: '任务块尚未执行',
        inputParamsValue: null,
        outputParamsValue: null,
        remark: '任务块尚未执行',
      },
      logs: [],
      children: [],
    });
  });

  it('translates a cancelled record (2002) to the node’s 2001, keeping the record’s own status (R2)', () => {
    const { parts, id } = runningTask();
    stopTask(parts, id);
    const b2 = tree(getExecutionResults(parts, id)).children[1];
    expect(b2?.executionStatus).toBe(ExecutionNodeStatus.cancelled);
    expect(b2?.executionRecord.status).toBe(BlockRecordStatus.cancelled);
  });

  it('answers the tree of a record whose run has started no block: every node 1006', () => {
    const { store, parts } = storeWithParts();
    store.addDefinition(threeSteps);
    const id = store.runTask(threeSteps.id);
    const root = tree(getExecutionResults(parts, id));
    expect(root.executionStatus).toBe(ExecutionNodeStatus.notExecuted);
    expect(root.children.every((node) => node.executionStatus === ExecutionNodeStatus.notExecuted)).toBe(
      true,
    );
  });
});

describe('getExecutionResults: flat mode (R9)', () => {
  it('answers the records in start order, as level-0 leaves, once the definition is removed', () => {
    const { store, parts, id } = runningTask();
    store.removeDefinition(threeSteps.id);
    const answer = getExecutionResults(parts, id);
    expect(answer).toMatchObject({
      status: 200,
      body: { code: 200, message: '成功获取任务记录嵌套执行结果' },
    });
    const nodes = flat(answer);
    expect(Array.isArray(nodes)).toBe(true);
    expect(nodes.map((node) => [node.blockName, node.blockType, node.executionStatus])).toEqual([
      ['-1', 'RootBp', ExecutionNodeStatus.running],
      ['b1', 'PrintBp', ExecutionNodeStatus.success],
      ['b2', 'DelayBp', ExecutionNodeStatus.running],
    ]);
    for (const node of nodes) {
      expect(node).toMatchObject({ level: 0, inputParams: {}, children: [] });
    }
    expect(nodes[1]?.blockTypeName).toBe('打印块');
    expect(nodes[1]?.logs).toHaveLength(1);
  });

  it('answers the flat list when the definition was replaced by one that cannot be parsed', () => {
    const { store, parts, id } = runningTask();
    store.addDefinition({ id: threeSteps.id, label: '坏定义', detail: '{"rootBlock": ' });
    expect(Array.isArray(flat(getExecutionResults(parts, id)))).toBe(true);
  });

  it('answers [] for a record without block records whose definition is gone', () => {
    const { store, parts } = storeWithParts();
    store.addDefinition(threeSteps);
    const id = store.runTask(threeSteps.id);
    store.removeDefinition(threeSteps.id);
    expect(getExecutionResults(parts, id)).toEqual({
      status: 200,
      body: { code: 200, message: '成功获取任务记录嵌套执行结果', data: [] },
    });
  });
});

describe('getExecutionResults refuses', () => {
  it('an unknown task record with 404, naming it', () => {
    const { parts } = runningTask();
    expect(getExecutionResults(parts, 'no-such-record')).toEqual({
      status: 404,
      body: { code: 404, message: '未找到任务记录 no-such-record' },
    });
  });

  it('and changes nothing, answering or not', () => {
    const { store, parts, id } = runningTask();
    const before = store.snapshot();
    getExecutionResults(parts, id);
    getExecutionResults(parts, 'no-such-record');
    expect(store.snapshot()).toEqual(before);
  });
});
