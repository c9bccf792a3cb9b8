/**
 * The scope the expression tests read: deep-frozen, so that an evaluator that wrote to it
 * would throw (modules run in strict mode), and fresh for every call.
 */
import type { ExpressionScope } from '../../../mocks/expressions/index.js';

export function makeScope(): ExpressionScope {
  return deepFreeze({
    taskInputs: {
      x: 5,
      from: 'A',
      name: 'abc',
      items: [10, 20, 30],
      matrix: [
        [1, 2],
        [3, 4],
      ],
      index: 2,
      empty: null,
      zero: 0,
      nested: { deeper: { value: 'found' } },
    },
    blocks: {
      b1: { index: 0, item: 3, size: 5 },
      b5: { selectedAgvId: 'AMB-01' },
    },
    task: { variables: { x: 'variable x', limit: 4, key: 'from', danger: '__proto__' } },
  });
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
