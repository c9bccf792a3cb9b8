/**
 * Plain, obviously right versions of what the toolkit does, to hold it to on random trees:
 * recursive walks (small trees only) and a timestamp reader built on `Date`.
 */
import type { ExecutionNode } from '../../src/types.js';

export interface Visit {
  node: ExecutionNode;
  parent: ExecutionNode | undefined;
  depth: number;
  index: number;
  ancestors: ExecutionNode[];
}

/** Every visit of a recursive walk, in pre- or post-order; `skip` leaves a node's children out. */
export function recursiveVisits(
  root: ExecutionNode,
  order: 'pre' | 'post',
  skip: (node: ExecutionNode) => boolean = () => false,
): Visit[] {
  const visits: Visit[] = [];
  const visit = (
    node: ExecutionNode,
    parent: ExecutionNode | undefined,
    index: number,
    ancestors: ExecutionNode[],
  ) => {
    const here = { node, parent, depth: ancestors.length, index, ancestors };
    if (order === 'pre') visits.push(here);
    if (order === 'post' || !skip(node)) {
      node.children.forEach((child, childIndex) => {
        visit(child, node, childIndex, [...ancestors, node]);
      });
    }
    if (order === 'post') visits.push(here);
  };
  visit(root, undefined, 0, []);
  return visits;
}

/** Microseconds since 1970 by way of `Date`, reading a timestamp without offset as UTC. */
export function referenceMicros(value: string): number | undefined {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?(Z|[+-]\d{2}:\d{2})?$/.exec(value);
  if (!match) return undefined;
  const [, dateTime, fraction = '', offset = 'Z'] = match;
  const milliseconds = Date.parse(`${dateTime}${offset}`);
  // Date.parse rolls 2025-02-30 over into March; the toolkit calls it no date.
  if (
    Number.isNaN(milliseconds) ||
    new Date(milliseconds + offsetMs(offset)).toISOString().slice(0, 19) !== dateTime
  ) {
    return undefined;
  }
  return milliseconds * 1000 + Number(fraction.padEnd(6, '0'));
}

function offsetMs(offset: string): number {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) * 60_000;
}
