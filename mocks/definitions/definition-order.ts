/**
 * A parsed definition's blocks in one flat pre-order list, with each block's fields in lists
 * of their own and the index of its parent: what an execution tree is built from. Made once
 * per parsed definition and kept (a definition never changes once parsed: a new `detail` is a
 * new parse), so that building a tree is one sequential pass over plain lists rather than a
 * walk through scattered block objects.
 */
import { blockTypeName } from '../engine/block-registry.js';
import type { DefinitionBlock, ParsedDefinition } from './parse-definition.js';

/**
 * Index `i` of every list is one block: a parent before its children, children in branch
 * order then list order.
 */
export interface DefinitionOrder {
  /** `parents[i]` is the index of block `i`'s parent; -1 for the root. */
  readonly parents: Int32Array;
  /** Whether block `i` has a child in any branch. */
  readonly hasChildren: Uint8Array;
  readonly ids: readonly string[];
  readonly names: readonly string[];
  readonly types: readonly string[];
  /** The Chinese name of each block's type (`blockTypeName`). */
  readonly typeNames: readonly string[];
  readonly levels: readonly number[];
  readonly inputParams: readonly DefinitionBlock['inputParams'][];
}

const orders = new WeakMap<ParsedDefinition, DefinitionOrder>();

/**
 * The pre-order lists of a parsed definition, made on first use and kept with it.
 *
 * @example
 * ```ts
 * const { names, parents } = definitionOrder(definition);
 * names[0] === definition.root.name; // true
 * parents[0]; // -1
 * ```
 */
export function definitionOrder(definition: ParsedDefinition): DefinitionOrder {
  let order = orders.get(definition);
  if (order === undefined) {
    order = flatten(definition.root);
    orders.set(definition, order);
  }
  return order;
}

/** Pre-order with an explicit stack: a definition of any depth is fine. */
function flatten(root: DefinitionBlock): DefinitionOrder {
  const blocks: DefinitionBlock[] = [];
  const parentList: number[] = [];
  const pending: [block: DefinitionBlock, parent: number][] = [[root, -1]];
  while (pending.length > 0) {
    const [block, parent] = pending.pop() as [DefinitionBlock, number];
    const index = blocks.length;
    blocks.push(block);
    parentList.push(parent);
    // Pushed last child first, so that the first child is taken next.
    for (let branch = block.branches.length - 1; branch >= 0; branch--) {
      const children = (block.branches[branch] as DefinitionBlock['branches'][number])[1];
      for (let child = children.length - 1; child >= 0; child--) {
        pending.push([children[child] as DefinitionBlock, index]);
      }
    }
  }
  const parents = Int32Array.from(parentList);
  const hasChildren = new Uint8Array(blocks.length);
  for (let index = 1; index < blocks.length; index++) hasChildren[parents[index] as number] = 1;
  return {
    parents,
    hasChildren,
    ids: blocks.map((block) => block.id),
    names: blocks.map((block) => block.name),
    types: blocks.map((block) => block.blockType),
    typeNames: blocks.map((block) => blockTypeName(block.blockType)),
    levels: blocks.map((block) => block.level),
    inputParams: blocks.map((block) => block.inputParams),
  };
}
