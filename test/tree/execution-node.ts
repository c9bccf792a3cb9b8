/**
 * Test helpers that build execution nodes: one node with only what a test cares about, a
 * chain of any depth, and a large tree shaped like a real run (for the deep and the bench runs).
 */
import type { ExecutionNode } from '../../src/types.js';

type ExecutionNodeStatus = ExecutionNode['executionStatus'];

export interface NodeSpec {
  status?: ExecutionNodeStatus;
  startedOn?: string | null;
  endedOn?: string | null;
  endedReason?: string | null;
  blockType?: string;
  children?: ExecutionNode[];
}

/** A node as the engine writes it; the record's fields follow the status unless given. */
export function executionNode(blockName: string, spec: NodeSpec = {}): ExecutionNode {
  const status = spec.status ?? 1000;
  const ran = status !== 1006;
  return {
    blockId: blockName,
    blockName,
    blockType: spec.blockType ?? 'PrintBp',
    blockTypeName: '打印块',
    level: 0,
    inputParams: {},
    executionStatus: status,
    executionRecord: {
      recordId: ran ? `record-${blockName}` : null,
      status,
      startedOn: spec.startedOn !== undefined ? spec.startedOn : ran ? '2025-09-29T17:32:13.000000' : null,
      endedOn:
        spec.endedOn !== undefined
          ? spec.endedOn
          : ran && status !== 1001
            ? '2025-09-29T17:32:14.000000'
            : null,
      endedReason: spec.endedReason !== undefined ? spec.endedReason : ran ? '执行成功' : '任务块尚未执行',
      inputParamsValue: ran ? {} : null,
      outputParamsValue: null,
      remark: null,
    },
    logs: [],
    children: spec.children ?? [],
  };
}

/** `b0 -> b1 -> ... -> b{depth}`, built from the bottom up without recursion. */
export function executionChain(depth: number, spec: (level: number) => NodeSpec = () => ({})): ExecutionNode {
  let node = executionNode(`b${depth}`, spec(depth));
  for (let level = depth - 1; level >= 0; level--) {
    node = executionNode(`b${level}`, { ...spec(level), children: [node] });
  }
  return node;
}

/** Freezes a value and everything it holds, without recursion. */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next !== 'object' || next === null || Object.isFrozen(next)) continue;
    Object.freeze(next);
    for (const child of Object.values(next)) stack.push(child);
  }
  return value;
}

/** A deterministic pseudo-random source (mulberry32), so a generated tree is the same every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A timestamp in the engine's form (ruling R11) for a number of microseconds since 2025-09-29. */
export function engineTimestamp(micros: number): string {
  const iso = new Date(Date.UTC(2025, 8, 29) + Math.floor(micros / 1000)).toISOString().slice(0, 19);
  return `${iso}.${String(micros % 1_000_000).padStart(6, '0')}`;
}

/**
 * A tree of `size` nodes shaped like a big run: breadth first, 0 to 6 children a node, mostly
 * succeeded blocks with some not executed, running, failed, cancelled and unknown ones, each
 * with its own timestamp strings as a parsed JSON body would have.
 */
export function generateExecutionTree(size: number, seed = 1): ExecutionNode {
  const random = seededRandom(seed);
  const pick = (): ExecutionNodeStatus => {
    const roll = random();
    if (roll < 0.8) return 1000;
    if (roll < 0.9) return 1006;
    if (roll < 0.94) return 1001;
    if (roll < 0.97) return 2000;
    if (roll < 0.99) return 2001;
    return 3999;
  };
  const nodes: ExecutionNode[] = [];
  for (let index = 0; index < size; index++) {
    const status = pick();
    const start = index * 1000 + Math.floor(random() * 1000);
    const node = executionNode(`b${index}`, {
      status,
      startedOn: status === 1006 ? null : engineTimestamp(start),
      endedOn: status === 1006 || status === 1001 ? null : engineTimestamp(start + 500_000),
      endedReason: status === 2000 ? `failed ${index}` : undefined,
    });
    // Through JSON, so that its strings are flat like those of a parsed response body, not
    // the concatenations the template literals above make (slower to read, and not real).
    nodes.push(JSON.parse(JSON.stringify(node)));
  }
  let next = 1;
  for (let parent = 0; parent < size && next < size; parent++) {
    // Never let the tree die out before every node has a place.
    const want = parent === next - 1 ? 1 + Math.floor(random() * 6) : Math.floor(random() * 7);
    for (let k = 0; k < want && next < size; k++) {
      (nodes[parent] as ExecutionNode).children.push(nodes[next] as ExecutionNode);
      next++;
    }
  }
  return nodes[0] as ExecutionNode;
}
