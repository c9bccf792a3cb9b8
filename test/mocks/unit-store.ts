/**
 * Set-up shared by the unit tests of the store's commands (test/mocks/commands/) and the
 * core's operations (test/mocks/operations/): a store with its parts, and one small
 * definition whose run stands at known places in virtual time.
 */
import { createMockStore, type MockStore, type MockStoreOptions, type Scenario } from '../../mocks/index.js';
import { partsOf, type StoreParts } from '../../mocks/store/store-parts.js';
import { definition, simple } from './definitions.js';

/** A new store and its parts. */
export function storeWithParts(options: MockStoreOptions = {}): { store: MockStore; parts: StoreParts } {
  const store = createMockStore(options);
  return { store, parts: partsOf(store) };
}

/**
 * b1 PrintBp (30 ms), b2 DelayBp (1 s), b3 PrintBp (30 ms). 500 ms into a run, the root `-1`
 * and b2 are running, b1 has succeeded and b3 has no record yet; the run ends at 1,060 ms.
 */
export const threeSteps = definition('three-steps', [
  { id: 1, name: 'b1', blockType: 'PrintBp', inputParams: { message: simple('start') } },
  { id: 2, name: 'b2', blockType: 'DelayBp', inputParams: { timeMillis: simple(1_000) } },
  { id: 3, name: 'b3', blockType: 'PrintBp', inputParams: { message: simple('end') } },
]);

/** How far into a {@link threeSteps} run {@link runningTask} stops. */
export const midRunMs = 500;

/** A store holding {@link threeSteps}, with one run of it {@link midRunMs} in. */
export function runningTask(options: MockStoreOptions = {}) {
  const { store, parts } = storeWithParts(options);
  store.addDefinition(threeSteps);
  const startedAt = store.now();
  const id = store.runTask(threeSteps.id, { to: 'B' });
  store.advance(midRunMs);
  return { store, parts, id, startedAt };
}

/** A store holding {@link threeSteps}, with one run of it that has ended, as `scenario` made it end. */
export function finishedTask(scenario: Scenario = {}) {
  const { store, parts } = storeWithParts();
  store.addDefinition(threeSteps);
  const id = store.runTask(threeSteps.id, { to: 'B' }, { scenario });
  store.runUntilIdle();
  return { store, parts, id };
}

/** The reason b2 fails with in {@link failedTask}. */
export const b2Failure = '货叉传感器异常';

/** A store holding {@link threeSteps}, with one run of it that failed at b2 (b3 never ran). */
export function failedTask() {
  return finishedTask({ blocks: { b2: { fail: b2Failure } } });
}
