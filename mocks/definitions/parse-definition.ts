/**
 * Reads a task definition's `detail` (an object or, as the real engine stores it, a JSON
 * string) into the block tree the engine runs and the execution tree is built from.
 * Iterative, so a deeply nested definition cannot overflow the stack.
 */
export interface InputParam {
  type: string;
  value: unknown;
  required?: boolean;
}

export interface DefinitionBlock {
  id: string;
  name: string;
  blockType: string;
  inputParams: Record<string, InputParam>;
  /** Branches in definition order: `default`; `if`/`else`; `try`/`catch`; ... */
  branches: [branch: string, blocks: DefinitionBlock[]][];
  level: number;
}

export interface TaskInputParamSpec {
  name: string;
  required?: boolean;
  defaultValue?: unknown;
}

export interface ParsedDefinition {
  root: DefinitionBlock;
  byName: Map<string, DefinitionBlock>;
  inputParams: TaskInputParamSpec[];
}

export type ParseResult = { ok: true; definition: ParsedDefinition } | { ok: false; reason: string };

const maxBlocks = 100_000;
const forbidden = new Set(['__proto__', 'constructor', 'prototype']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own, safe keys of a record, so a `__proto__` key in a definition can pollute nothing. */
function safeEntries(record: Record<string, unknown>): [string, unknown][] {
  return Object.entries(record).filter(([key]) => !forbidden.has(key));
}

function readInputParams(raw: unknown): Record<string, InputParam> {
  const params: Record<string, InputParam> = {};
  if (!isRecord(raw)) return params;
  for (const [name, param] of safeEntries(raw)) {
    if (isRecord(param)) {
      params[name] = {
        type: typeof param.type === 'string' ? param.type : 'Simple',
        value: param.value,
        ...(typeof param.required === 'boolean' ? { required: param.required } : {}),
      };
    } else {
      params[name] = { type: 'Simple', value: param };
    }
  }
  return params;
}

type Failure = Extract<ParseResult, { ok: false }>;

/** A block read but not yet placed: `attach` puts it in its parent's branch, at its own index. */
interface PendingBlock {
  raw: Record<string, unknown>;
  level: number;
  attach: (block: DefinitionBlock) => void;
}

export function parseDefinitionDetail(detail: unknown): ParseResult {
  const read = readDetail(detail);
  if (!read.ok) return read;
  const inputParams = readTaskInputParams(read.detail.inputParams);
  const tree = readBlockTree(read.detail.rootBlock);
  if (!tree.ok) return tree;
  return { ok: true, definition: { root: tree.root, byName: tree.byName, inputParams } };
}

/** The detail as an object with a `rootBlock` object, parsed first when it is a JSON string. */
function readDetail(
  detail: unknown,
): { ok: true; detail: Record<string, unknown> & { rootBlock: Record<string, unknown> } } | Failure {
  let data = detail;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch (error) {
      return { ok: false, reason: `任务定义解析失败: ${(error as Error).message}` };
    }
  }
  if (!isRecord(data) || !isRecord(data.rootBlock)) {
    return { ok: false, reason: '任务定义解析失败: 缺少 rootBlock' };
  }
  return { ok: true, detail: data as Record<string, unknown> & { rootBlock: Record<string, unknown> } };
}

/** The task's declared input params; an entry without a string name (or a forbidden one) is left out. */
function readTaskInputParams(raw: unknown): TaskInputParamSpec[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isRecord).flatMap((param) =>
    typeof param.name === 'string' && !forbidden.has(param.name)
      ? [
          {
            name: param.name,
            ...(typeof param.required === 'boolean' ? { required: param.required } : {}),
            ...('defaultValue' in param ? { defaultValue: param.defaultValue } : {}),
          },
        ]
      : [],
  );
}

/** The block tree under `rootBlock`, read with an explicit stack, and every block by its name. */
function readBlockTree(
  rootBlock: Record<string, unknown>,
): { ok: true; root: DefinitionBlock; byName: Map<string, DefinitionBlock> } | Failure {
  const byName = new Map<string, DefinitionBlock>();
  let root: DefinitionBlock | undefined;
  const pending: PendingBlock[] = [
    {
      raw: rootBlock,
      level: 0,
      attach: (block) => {
        root = block;
      },
    },
  ];
  while (pending.length > 0) {
    const { raw, level, attach } = pending.pop() as PendingBlock;
    if (byName.size >= maxBlocks) return { ok: false, reason: `任务定义解析失败: 块数超过 ${maxBlocks}` };
    const block = readBlock(raw, level, byName);
    if ('reason' in block) return block;
    byName.set(block.name, block);
    attach(block);
    queueChildren(raw, block, pending);
  }
  if (!root) return { ok: false, reason: '任务定义解析失败: 缺少 rootBlock' };
  // Children that were not objects left holes: drop them.
  for (const block of byName.values()) {
    for (const entry of block.branches) entry[1] = entry[1].filter(Boolean);
  }
  return { ok: true, root, byName };
}

/** One block without its children, or why it cannot be read: no name or type, or a name seen before. */
function readBlock(
  raw: Record<string, unknown>,
  level: number,
  byName: ReadonlyMap<string, DefinitionBlock>,
): DefinitionBlock | Failure {
  const name = typeof raw.name === 'string' || typeof raw.name === 'number' ? String(raw.name) : undefined;
  if (name === undefined || typeof raw.blockType !== 'string') {
    return { ok: false, reason: '任务定义解析失败: 块缺少 name 或 blockType' };
  }
  if (byName.has(name)) return { ok: false, reason: `任务定义解析失败: 块名称重复: ${name}` };
  return {
    id: raw.id === undefined ? name : String(raw.id),
    name,
    blockType: raw.blockType,
    inputParams: readInputParams(raw.inputParams),
    branches: [],
    level,
  };
}

/**
 * Queues the children of `raw`, each to be read and attached to `block`'s branch at its index:
 * the branches are added to `block` in definition order now, and their slots filled as the
 * children are read.
 */
function queueChildren(raw: Record<string, unknown>, block: DefinitionBlock, pending: PendingBlock[]): void {
  if (!isRecord(raw.children)) return;
  for (const [branch, list] of safeEntries(raw.children)) {
    if (!Array.isArray(list)) continue;
    const blocks: DefinitionBlock[] = [];
    block.branches.push([branch, blocks]);
    list.forEach((child, index) => {
      if (isRecord(child)) {
        pending.push({
          raw: child,
          level: block.level + 1,
          attach: (childBlock) => {
            blocks[index] = childBlock;
          },
        });
      }
    });
  }
}
