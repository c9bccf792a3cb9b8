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

export function parseDefinitionDetail(detail: unknown): ParseResult {
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
  const inputParams: TaskInputParamSpec[] = Array.isArray(data.inputParams)
    ? data.inputParams.filter(isRecord).flatMap((param) =>
        typeof param.name === 'string' && !forbidden.has(param.name)
          ? [
              {
                name: param.name,
                ...(typeof param.required === 'boolean' ? { required: param.required } : {}),
                ...('defaultValue' in param ? { defaultValue: param.defaultValue } : {}),
              },
            ]
          : [],
      )
    : [];

  const byName = new Map<string, DefinitionBlock>();
  const pending: { raw: Record<string, unknown>; level: number; attach: (block: DefinitionBlock) => void }[] =
    [];
  let root: DefinitionBlock | undefined;
  pending.push({
    raw: data.rootBlock,
    level: 0,
    attach: (block) => {
      root = block;
    },
  });
  while (pending.length > 0) {
    const { raw, level, attach } = pending.pop() as (typeof pending)[number];
    if (byName.size >= maxBlocks) return { ok: false, reason: `任务定义解析失败: 块数超过 ${maxBlocks}` };
    const name = typeof raw.name === 'string' || typeof raw.name === 'number' ? String(raw.name) : undefined;
    if (name === undefined || typeof raw.blockType !== 'string') {
      return { ok: false, reason: '任务定义解析失败: 块缺少 name 或 blockType' };
    }
    if (byName.has(name)) return { ok: false, reason: `任务定义解析失败: 块名称重复: ${name}` };
    const block: DefinitionBlock = {
      id: raw.id === undefined ? name : String(raw.id),
      name,
      blockType: raw.blockType,
      inputParams: readInputParams(raw.inputParams),
      branches: [],
      level,
    };
    byName.set(name, block);
    attach(block);
    if (!isRecord(raw.children)) continue;
    for (const [branch, list] of safeEntries(raw.children)) {
      if (!Array.isArray(list)) continue;
      const blocks: DefinitionBlock[] = [];
      block.branches.push([branch, blocks]);
      // Reserve the slots in order, then fill them as the children are read.
      list.forEach((child, index) => {
        if (isRecord(child)) {
          pending.push({
            raw: child,
            level: level + 1,
            attach: (childBlock) => {
              blocks[index] = childBlock;
            },
          });
        }
      });
    }
  }
  if (!root) return { ok: false, reason: '任务定义解析失败: 缺少 rootBlock' };
  // Children that were not objects left holes: drop them.
  for (const block of byName.values()) {
    for (const entry of block.branches) entry[1] = entry[1].filter(Boolean);
  }
  return { ok: true, definition: { root, byName, inputParams } };
}
