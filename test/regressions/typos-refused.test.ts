/**
 * Regression (a new user's trial of the tarball): typos in the store's and the control API's
 * arguments were taken in silence, and the run went on as if nothing had been asked
 * (`scenaro`, `fial`, `time`, `?operation=getTaskRcord`). Each is now refused, naming the
 * unknown key and the known ones, and nothing changes.
 */
import { describe, expect, it } from 'vitest';
import { handleControlRequest } from '../../mocks/core/control-api.js';
import { createMockStore, isMockInputError, type MockStore } from '../../mocks/index.js';
import { definition } from '../mocks/definitions.js';

function storeWithDefinition(): MockStore {
  const store = createMockStore();
  store.addDefinition(definition('d', [{ id: 1, name: 'b3', blockType: 'PrintBp' }]));
  return store;
}

/** The refusal `act` throws, checked to change nothing. */
function refusal(store: MockStore, act: () => unknown): string {
  const before = store.snapshot();
  let thrown: unknown;
  try {
    act();
  } catch (error) {
    thrown = error;
  }
  expect(isMockInputError(thrown) && thrown.code).toBe('invalid-argument');
  expect(store.snapshot()).toEqual(before);
  return (thrown as Error).message;
}

describe('a typo is refused, naming the key', () => {
  it.each([
    [
      'options',
      { scenaro: {} },
      /options has an unknown key "scenaro"; the keys are scenario, source, variables/,
    ],
    ['a scenario', { scenario: { block: {} } }, /options.scenario has an unknown key "block"/],
    [
      'a scenario block',
      { scenario: { blocks: { b3: { fial: 'x' } } } },
      /blocks\["b3"\] has an unknown key "fial"/,
    ],
    ['a source', { source: { source_usr: 'a' } }, /options.source has an unknown key "source_usr"/],
  ])('runTask: %s', (_, options, message) => {
    const store = storeWithDefinition();
    expect(refusal(store, () => store.runTask('d', {}, options as never))).toMatch(message);
  });

  it('runTask: a definitionId that is no string is an invalid argument, not an unknown definition', () => {
    const store = storeWithDefinition();
    expect(refusal(store, () => store.runTask({ definitionId: 'd' } as never))).toMatch(
      /definitionId must be a non-empty string, got \{"definitionId":"d"\}/,
    );
  });

  it('injectFault: times misspelt', () => {
    const store = storeWithDefinition();
    expect(
      refusal(store, () => store.injectFault({ operation: 'stopTask', status: 500, time: 2 } as never)),
    ).toMatch(/unknown key "time"; the keys are operation, status, message, times/);
  });

  it('addDefinition: label misspelt', () => {
    const store = storeWithDefinition();
    expect(refusal(store, () => store.addDefinition({ id: 'e', lable: 'x', detail: {} } as never))).toMatch(
      /unknown key "lable"/,
    );
  });

  it.each([
    ['POST', '/__mock/tasks', { definitionId: 'd', scenaro: {} }, /unknown field "scenaro"/],
    ['POST', '/__mock/clock/advance', { ms: 5, extra: 1 }, /unknown field "extra"; the fields are ms/],
    ['POST', '/__mock/clock/run-until-idle', { maxMS: 5 }, /unknown field "maxMS"/],
    ['POST', '/__mock/faults', { operation: 'stopTask', status: 500, time: 2 }, /unknown key "time"/],
  ])('the control API: %s %s', (method, path, json, message) => {
    const store = storeWithDefinition();
    const before = store.snapshot();
    const answer = handleControlRequest(store, { method, path, body: JSON.stringify(json) });
    expect(answer?.status).toBe(400);
    expect((answer?.body as { message?: string } | undefined)?.message).toMatch(message);
    expect(store.snapshot()).toEqual(before);
  });

  it('the journal: an operation that does not exist', () => {
    const store = storeWithDefinition();
    const answer = handleControlRequest(store, {
      method: 'GET',
      path: '/__mock/requests',
      query: { operation: 'getTaskRcord' },
      body: null,
    });
    expect(answer?.status).toBe(400);
    expect((answer?.body as { message?: string } | undefined)?.message).toMatch(
      /operation must be one of getBlockRecords, .*, got "getTaskRcord"/,
    );
  });
});
