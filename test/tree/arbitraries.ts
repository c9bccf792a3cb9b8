/**
 * fast-check arbitraries for execution trees: random shapes, every status (unknown codes too),
 * timestamps in the engine's form and, now and then, with an offset or not a date at all.
 */
import fc from 'fast-check';
import type { ExecutionNode } from '../../src/types.js';
import { deepFreeze, engineTimestamp, executionNode } from './execution-node.js';

const statuses = [1000, 1001, 1006, 2000, 2001, 1002, 3999] as const;

/** A timestamp `micros` after 2025-09-29, mostly in the plain form. */
const timestampArbitrary = (micros: number) =>
  fc
    .constantFrom<(value: number) => string>(
      engineTimestamp,
      engineTimestamp,
      engineTimestamp,
      (value) => engineTimestamp(value).slice(0, 19),
      (value) => engineTimestamp(value).slice(0, 23),
      (value) => `${engineTimestamp(value)}Z`,
      (value) => `${engineTimestamp(value + 8 * 3_600_000_000)}+08:00`,
      () => 'not a time',
      () => '2025-02-30T00:00:00.000000',
    )
    .map((write) => write(micros));

const nodeSpecArbitrary = fc
  .record({
    parent: fc.nat(),
    status: fc.constantFrom(...statuses),
    start: fc.integer({ min: 0, max: 10_000_000_000 }),
    length: fc.integer({ min: 0, max: 100_000_000 }),
    reason: fc.constantFrom('执行成功', '任务终止', null),
  })
  .chain((spec) =>
    fc.record({
      spec: fc.constant(spec),
      startedOn: timestampArbitrary(spec.start),
      endedOn: timestampArbitrary(spec.start + spec.length),
    }),
  );

export interface TreeOptions {
  maxNodes?: number;
  /** Only timestamps in the engine's plain form. */
  plainTimes?: boolean;
  /** Whole seconds out of a few, so that many blocks start and end at the same instant. */
  coarseTimes?: boolean;
}

/** A deep-frozen random execution tree of 1 to `maxNodes` nodes. */
export function executionTreeArbitrary({
  maxNodes = 30,
  plainTimes = false,
  coarseTimes = false,
}: TreeOptions = {}) {
  return fc.array(nodeSpecArbitrary, { minLength: 1, maxLength: maxNodes }).map((drawn) => {
    const specs = coarseTimes
      ? drawn.map(({ spec }) => {
          const start = (spec.start % 3) * 1_000_000;
          const coarse = { ...spec, start, length: (spec.length % 3) * 1_000_000 };
          return {
            spec: coarse,
            startedOn: engineTimestamp(start),
            endedOn: engineTimestamp(start + coarse.length),
          };
        })
      : drawn;
    const nodes = specs.map(({ spec, startedOn, endedOn }, index) => {
      const ran = spec.status !== 1006;
      return executionNode(`b${index}`, {
        status: spec.status,
        startedOn: ran ? (plainTimes ? engineTimestamp(spec.start) : startedOn) : null,
        endedOn:
          ran && spec.status !== 1001
            ? plainTimes
              ? engineTimestamp(spec.start + spec.length)
              : endedOn
            : null,
        endedReason: spec.reason,
      });
    });
    specs.forEach(({ spec }, index) => {
      if (index > 0)
        (nodes[spec.parent % index] as ExecutionNode).children.push(nodes[index] as ExecutionNode);
    });
    return deepFreeze(nodes[0] as ExecutionNode);
  });
}

/** A deep-frozen flat result (ruling R9): an array of random trees, most of them single nodes. */
export function flatResultsArbitrary() {
  return fc
    .array(executionTreeArbitrary({ maxNodes: 3 }), { maxLength: 12 })
    .map((nodes) => deepFreeze(nodes));
}
