/**
 * The execution results of a task record: the definition's block tree with each block's
 * record and logs, the blocks not reached yet included (1006); or, when the definition
 * is missing or cannot be parsed, the records as a flat list in start order (R9).
 * Linear in the number of blocks, and iterative.
 */
import { BlockRecordStatus, ExecutionNodeStatus } from '../../src/status.js';
import type { BlockRecordDetail, ExecutionNode, ExecutionRecord } from '../../src/types.js';
import { type DefinitionOrder, definitionOrder } from '../definitions/definition-order.js';
import { blockTypeName } from '../engine/block-registry.js';
import type { RecordRepository } from '../store/record-repository.js';
import type { StoreParts } from '../store/store-parts.js';

/** A record's block status in the node vocabulary (R2): 1002 -> 1006, 2002 -> 2001. */
function nodeStatus(status: number): number {
  if (status === BlockRecordStatus.notExecuted) return ExecutionNodeStatus.notExecuted;
  if (status === BlockRecordStatus.cancelled) return ExecutionNodeStatus.cancelled;
  return status;
}

// Shared by every node without a record, and frozen: the core hands out a copy of the tree.
// No block record exists, so its status is the node's 1006, as the document's example shows (R2).
const notExecuted: ExecutionRecord = Object.freeze({
  recordId: null,
  status: ExecutionNodeStatus.notExecuted,
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
  records: RecordRepository,
  record: BlockRecordDetail | undefined,
  blockId: string,
  blockName: string,
  blockType: string,
  typeName: string,
  level: number,
  inputParams: ExecutionNode['inputParams'],
  hasChildren: boolean,
): ExecutionNode {
  return {
    blockId,
    blockName,
    blockType,
    blockTypeName: typeName,
    level,
    inputParams,
    executionStatus: record ? nodeStatus(record.status) : ExecutionNodeStatus.notExecuted,
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
    logs: (record && records.logsOf(record.id)) || noLogs,
    children: hasChildren ? [] : noChildren,
  };
}

/** Each block's record, in the definition's order, as of the moment it was found. */
interface AlignedRecords {
  readonly order: DefinitionOrder;
  /** How many records the run had: a run only ever gains records, never loses or swaps one. */
  readonly size: number;
  readonly records: readonly (BlockRecordDetail | undefined)[];
}

const noRecords: readonly undefined[] = Object.freeze([]);
// Keyed by the store's own index of the run (a store that reloads its state makes new ones).
const aligned = new WeakMap<ReadonlyMap<string, BlockRecordDetail>, AlignedRecords>();

/**
 * The record of every block of `order`, found by name once per change of the run's records
 * (a new record, or a new definition) rather than once per tree: a UI polls the same tree
 * many times, and a lookup per block in a map of 100,000 records costs more than the node
 * built from it. Records change in place, so the ones found stay current.
 */
function recordsInOrder(
  byName: ReadonlyMap<string, BlockRecordDetail>,
  order: DefinitionOrder,
): readonly (BlockRecordDetail | undefined)[] {
  // A run without records (every one of them shares one empty map): nothing to find or keep.
  if (byName.size === 0) return noRecords;
  const known = aligned.get(byName);
  if (known !== undefined && known.order === order && known.size === byName.size) return known.records;
  const records = order.names.map((name) => byName.get(name));
  aligned.set(byName, { order, size: byName.size, records });
  return records;
}

export function buildExecutionResults(
  parts: StoreParts,
  taskRecordId: string,
): ExecutionNode | ExecutionNode[] {
  const { records: repository, definitions } = parts;
  const task = repository.task(taskRecordId);
  const definition = task ? definitions.definition(task.task_id) : undefined;
  if (!definition) {
    return repository.blockRecordsOf(taskRecordId).map((record) => {
      const type = record.block_execute_name;
      return node(
        repository,
        record,
        record.block_id,
        record.block_name,
        type,
        blockTypeName(type),
        0,
        {},
        false,
      );
    });
  }
  // One sequential pass over the definition's blocks in pre-order: a parent is built before
  // its children, so each node joins its parent's list as soon as it is made. Few objects per
  // node (leaves share empty lists): the whole tree is alive while it is built, so every
  // object made is paid for again by the garbage collector (floor-alloc in bench/mock-tree.ts).
  const order = definitionOrder(definition);
  const records = recordsInOrder(repository.blockRecordsByName(taskRecordId), order);
  const { ids, names, types, typeNames, levels, inputParams, parents, hasChildren } = order;
  const count = names.length;
  const nodes = new Array<ExecutionNode>(count);
  for (let index = 0; index < count; index++) {
    const made = node(
      repository,
      records[index],
      ids[index] as string,
      names[index] as string,
      types[index] as string,
      typeNames[index] as string,
      levels[index] as number,
      inputParams[index] as ExecutionNode['inputParams'],
      hasChildren[index] === 1,
    );
    nodes[index] = made;
    const parent = parents[index] as number;
    if (parent >= 0) (nodes[parent] as ExecutionNode).children.push(made);
  }
  return nodes[0] as ExecutionNode;
}
