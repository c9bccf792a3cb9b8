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

// Shared by every node without a record, and frozen: the core hands out a copy of the tree.
const notExecuted: ExecutionRecord = Object.freeze({
  recordId: null,
  status: 1006,
  startedOn: null,
  endedOn: null,
  endedReason: '任务块尚未执行',
  inputParamsValue: null,
  outputParamsValue: null,
  remark: '任务块尚未执行',
});
const noLogs = Object.freeze([]) as unknown as ExecutionNode['logs'];
const noChildren = Object.freeze([]) as unknown as ExecutionNode['children'];

/** One node: the block's place in the tree, its record (if it ran) and the record's logs. */
function node(
  store: MockStore,
  record: BlockRecordDetail | undefined,
  blockId: string,
  blockName: string,
  blockType: string,
  level: number,
  inputParams: ExecutionNode['inputParams'],
  hasChildren: boolean,
): ExecutionNode {
  return {
    blockId,
    blockName,
    blockType,
    blockTypeName: blockTypeName(blockType),
    level,
    inputParams,
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
      : notExecuted,
    logs: (record && store.logsOf(record.id)) || noLogs,
    children: hasChildren ? [] : noChildren,
  };
}

/** Whether a definition block has any child block, in any branch. */
function hasChildBlocks(block: DefinitionBlock): boolean {
  for (const branch of block.branches) if (branch[1].length > 0) return true;
  return false;
}

export function buildExecutionResults(
  store: MockStore,
  taskRecordId: string,
): ExecutionNode | ExecutionNode[] {
  const task = store.task(taskRecordId);
  const definition = task ? store.definition(task.task_id) : undefined;
  if (!definition) {
    return store
      .blockRecordsOf(taskRecordId)
      .map((record) =>
        node(store, record, record.block_id, record.block_name, record.block_execute_name, 0, {}, false),
      );
  }
  // One pass over the definition, each block's record found in the store's own index by name:
  // linear, and nothing is built per call but the nodes themselves.
  const byName = store.blockRecordsByName(taskRecordId);
  // Few objects per node (shared empty lists for leaves): a big tree is built while alive,
  // and V8's young-generation collector copies whatever lives, so every object costs twice.
  const toNode = (block: DefinitionBlock) =>
    node(
      store,
      byName.get(block.name),
      block.id,
      block.name,
      block.blockType,
      block.level,
      block.inputParams,
      hasChildBlocks(block),
    );
  const root = toNode(definition.root);
  const blocks: DefinitionBlock[] = [definition.root];
  const nodes: ExecutionNode[] = [root];
  while (blocks.length > 0) {
    const block = blocks.pop() as DefinitionBlock;
    const parent = nodes.pop() as ExecutionNode;
    for (const [, children] of block.branches) {
      for (const child of children) {
        const childNode = toNode(child);
        parent.children.push(childNode);
        blocks.push(child);
        nodes.push(childNode);
      }
    }
  }
  return root;
}
