/**
 * The execution results of a task record: the definition's block tree with each block's
 * record and logs, the blocks not reached yet included (1006); or, when the definition
 * is missing or cannot be parsed, the records as a flat list in start order (R9).
 * Linear in the number of blocks, and iterative.
 */
import type { BlockRecordDetail, ExecutionNode, ExecutionRecord } from '../../src/types.js';
import { blockTypeName } from '../definitions/block-type-names.js';
import type { DefinitionBlock } from '../definitions/parse-definition.js';
import type { MockStore } from '../store/create-mock-store.js';

/** A record's block status in the node vocabulary (R2): 1002 -> 1006, 2002 -> 2001. */
function nodeStatus(status: number): number {
  if (status === 1002) return 1006;
  if (status === 2002) return 2001;
  return status;
}

const notExecuted: ExecutionRecord = {
  recordId: null,
  status: 1006,
  startedOn: null,
  endedOn: null,
  endedReason: '任务块尚未执行',
  inputParamsValue: null,
  outputParamsValue: null,
  remark: '任务块尚未执行',
};

function node(
  store: MockStore,
  record: BlockRecordDetail | undefined,
  shape: Pick<ExecutionNode, 'blockId' | 'blockName' | 'blockType' | 'level' | 'inputParams'>,
): ExecutionNode {
  return {
    ...shape,
    blockTypeName: blockTypeName(shape.blockType),
    executionStatus: record ? nodeStatus(record.status) : 1006,
    executionRecord: record
      ? {
          recordId: record.id,
          status: record.status,
          startedOn: record.started_on,
          endedOn: record.ended_on,
          endedReason: record.ended_reason,
          inputParamsValue: record.block_input_params_value,
          outputParamsValue: record.block_out_params_value,
          remark: record.remark,
        }
      : { ...notExecuted },
    logs: record ? store.logsOf(record.id) : [],
    children: [],
  };
}

export function buildExecutionResults(
  store: MockStore,
  taskRecordId: string,
): ExecutionNode | ExecutionNode[] {
  const task = store.task(taskRecordId);
  const definition = task ? store.definition(task.task_id) : undefined;
  if (!definition) {
    return store.blockRecordsOf(taskRecordId).map((record) =>
      node(store, record, {
        blockId: record.block_id,
        blockName: record.block_name,
        blockType: record.block_execute_name,
        level: 0,
        inputParams: {},
      }),
    );
  }
  const toNode = (block: DefinitionBlock) =>
    node(store, store.blockRecordByName(taskRecordId, block.name), {
      blockId: block.id,
      blockName: block.name,
      blockType: block.blockType,
      level: block.level,
      inputParams: block.inputParams,
    });
  const root = toNode(definition.root);
  const stack: [DefinitionBlock, ExecutionNode][] = [[definition.root, root]];
  while (stack.length > 0) {
    const [block, parent] = stack.pop() as [DefinitionBlock, ExecutionNode];
    for (const [, children] of block.branches) {
      for (const child of children) {
        const childNode = toNode(child);
        parent.children.push(childNode);
        stack.push([child, childNode]);
      }
    }
  }
  return root;
}
