/**
 * addDefinition and removeDefinition: a definition stored with its defaults, each wrong field
 * refused before anything changes, a replaced definition re-parsed, a definition no longer
 * periodic stopping its schedule, and a removed one leaving its records.
 */
import { describe, expect, it } from 'vitest';
import { addDefinition, removeDefinition } from '../../../mocks/store/commands/add-definition.js';
import { maxJsonDepth } from '../../../mocks/store/json-depth.js';
import { MockInputError } from '../../../mocks/store/mock-input-error.js';
import { BlockRecordStatus, TaskStatus } from '../../../src/status.js';
import { definition } from '../definitions.js';
import { finishedTask, storeWithParts, threeSteps } from '../unit-store.js';

const rootOnly = { inputParams: [], rootBlock: { id: -1, name: '-1', blockType: 'RootBp', children: {} } };

describe('addDefinition', () => {
  it('stores a definition with its defaults: label the id, version 1, not periodic', () => {
    const { parts } = storeWithParts();
    addDefinition(parts, { id: 'def-1', detail: rootOnly } as never);
    expect(parts.definitions.stored('def-1')).toEqual({
      id: 'def-1',
      label: 'def-1',
      version: 1,
      periodicTask: 0,
      detail: rootOnly,
    });
  });

  it('stores the fields it is given, and a copy of the detail', () => {
    const { parts } = storeWithParts();
    const detail = structuredClone(rootOnly);
    addDefinition(parts, { id: 'p', label: '周期任务', version: 3, periodicTask: 1, period: 5_000, detail });
    detail.rootBlock.name = 'changed';
    expect(parts.definitions.stored('p')).toEqual({
      id: 'p',
      label: '周期任务',
      version: 3,
      periodicTask: 1,
      period: 5_000,
      detail: rootOnly,
    });
  });

  it('stores a detail given as a JSON string, and one that does not parse, for a run to fail on (R9)', () => {
    const { parts } = storeWithParts();
    addDefinition(parts, { id: 'text', label: 't', detail: JSON.stringify(rootOnly) });
    addDefinition(parts, { id: 'broken', label: 'b', detail: '{"rootBlock": ' });
    expect(parts.definitions.parsed('text').ok).toBe(true);
    expect(parts.definitions.parsed('broken')).toMatchObject({ ok: false });
  });

  it('replaces a definition of the same id, parsed anew', () => {
    const { parts } = storeWithParts();
    addDefinition(parts, threeSteps);
    expect(parts.definitions.definition(threeSteps.id)?.byName.has('b2')).toBe(true);
    addDefinition(parts, definition(threeSteps.id, [{ id: 9, name: 'x9', blockType: 'PrintBp' }]));
    const replaced = parts.definitions.definition(threeSteps.id);
    expect(replaced?.byName.has('b2')).toBe(false);
    expect(replaced?.byName.has('x9')).toBe(true);
  });

  it('disables the schedule of a definition replaced by one that is not periodic', () => {
    const { store, parts } = storeWithParts();
    addDefinition(parts, { ...threeSteps, periodicTask: 1, period: 1_000 });
    store.runTask(threeSteps.id);
    expect(parts.schedules.dump()).toMatchObject([{ enabled: true }]);
    addDefinition(parts, threeSteps);
    expect(parts.schedules.dump()).toMatchObject([{ enabled: false }]);
    store.advance(5_000);
    expect(store.snapshot().tasks).toHaveLength(1);
  });

  it('keeps the schedule of a definition replaced by one still periodic', () => {
    const { store, parts } = storeWithParts();
    addDefinition(parts, { ...threeSteps, periodicTask: 1, period: 1_000 });
    store.runTask(threeSteps.id);
    addDefinition(parts, { ...threeSteps, label: '改名', periodicTask: 1, period: 2_000 });
    expect(parts.schedules.dump()).toMatchObject([{ enabled: true }]);
  });
});

describe('addDefinition refuses, naming the field, and changes nothing', () => {
  it.each([
    ['not an object', null, 'expected a definition object'],
    ['an empty id', { id: '', label: 'x', detail: rootOnly }, 'id must be a non-empty string'],
    ['an id that is not a string', { id: 7, label: 'x', detail: rootOnly }, 'id must be a non-empty string'],
    [
      'a label that is not a string',
      { id: 'd', label: 7, detail: rootOnly },
      'label must be a string, got 7',
    ],
    [
      'a negative version',
      { id: 'd', label: 'x', version: -1, detail: rootOnly },
      'version must be an integer >= 0, got -1',
    ],
    [
      'a periodicTask of 2',
      { id: 'd', label: 'x', periodicTask: 2, detail: rootOnly },
      'periodicTask must be 0 or 1, got 2',
    ],
    [
      'a period under a second',
      { id: 'd', label: 'x', period: 999, detail: rootOnly },
      'period must be an integer >= 1000 (ms), got 999',
    ],
    [
      'a fractional period',
      { id: 'd', label: 'x', period: 1_000.5, detail: rootOnly },
      'period must be an integer >= 1000 (ms), got 1000.5',
    ],
  ])('%s', (_, input, message) => {
    const { store, parts } = storeWithParts();
    addDefinition(parts, threeSteps);
    const before = store.snapshot();
    expect(() => addDefinition(parts, input as never)).toThrow(
      new MockInputError('invalid-argument', `[vwed] addDefinition: ${message}`),
    );
    expect(store.snapshot()).toEqual(before);
  });

  it('a detail nested too deep', () => {
    const { store, parts } = storeWithParts();
    let deep: unknown = {};
    for (let level = 0; level <= maxJsonDepth; level++) deep = { child: deep };
    const before = store.snapshot();
    expect(() => addDefinition(parts, { id: 'deep', label: 'x', detail: deep })).toThrow(/nests deeper than/);
    expect(store.snapshot()).toEqual(before);
  });

  it('a replacement with a wrong field leaves the definition it would replace', () => {
    const { parts } = storeWithParts();
    addDefinition(parts, threeSteps);
    const stored = structuredClone(parts.definitions.stored(threeSteps.id));
    expect(() => addDefinition(parts, { ...threeSteps, version: 1.5 })).toThrow(MockInputError);
    expect(parts.definitions.stored(threeSteps.id)).toEqual(stored);
  });
});

describe('removeDefinition', () => {
  it('says whether there was one to remove', () => {
    const { parts } = storeWithParts();
    addDefinition(parts, threeSteps);
    expect(removeDefinition(parts, threeSteps.id)).toBe(true);
    expect(removeDefinition(parts, threeSteps.id)).toBe(false);
    expect(parts.definitions.stored(threeSteps.id)).toBeUndefined();
    expect(parts.definitions.parsed(threeSteps.id)).toEqual({ ok: false, reason: '任务定义不存在' });
  });

  it('leaves the records of its runs', () => {
    const { store, parts, id } = finishedTask();
    const before = store.snapshot();
    removeDefinition(parts, threeSteps.id);
    const after = store.snapshot();
    expect(after.tasks).toEqual(before.tasks);
    expect(after.blocks).toEqual(before.blocks);
    expect(parts.records.task(id)?.status).toBe(TaskStatus.success);
  });

  it('lets a run in flight finish with the definition it started with', () => {
    const { store, parts } = storeWithParts();
    addDefinition(parts, threeSteps);
    const id = store.runTask(threeSteps.id);
    store.advance(100);
    removeDefinition(parts, threeSteps.id);
    store.runUntilIdle();
    expect(parts.records.task(id)?.status).toBe(TaskStatus.success);
    expect(parts.records.blockRecordByName(id, 'b3')?.status).toBe(BlockRecordStatus.success);
  });
});
