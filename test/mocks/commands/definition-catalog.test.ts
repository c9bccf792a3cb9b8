/**
 * The definition catalog on its own: each definition parsed once, the reason one cannot be
 * (R9), and the definition each run keeps: the one it started with, or for a run restored
 * from a snapshot, the current one if it still has every block the run is in.
 */
import { describe, expect, it } from 'vitest';
import { defineTask } from '../../../mocks/definitions/define-task.js';
import type { ParsedDefinition } from '../../../mocks/definitions/parse-definition.js';
import { DefinitionCatalog } from '../../../mocks/store/definition-catalog.js';
import type { RunState, StoredDefinition } from '../../../mocks/store/store-state.js';

function stored(id: string, blockNames: string[]): StoredDefinition {
  const input = defineTask(
    id,
    '示例任务',
    blockNames.map((name, index) => ({ id: index + 1, name, blockType: 'PrintBp' })),
  );
  return { id, label: input.label, version: 1, periodicTask: 0, detail: input.detail };
}

/** A run restored from a snapshot, standing in block `blockName` under the root. */
function restoredRun(taskRecordId: string, definitionId: string, blockName: string): RunState {
  return {
    taskRecordId,
    definitionId,
    threads: [
      {
        id: 1,
        wakeAt: 0,
        stack: [
          { block: '-1', phase: 'children', branch: 'default', index: 1, iteration: 0 },
          { block: blockName, phase: 'own', index: 0, iteration: 0 },
        ],
      },
    ],
    outputs: {},
    scenario: {},
    steps: 2,
  };
}

function parsedOf(catalog: DefinitionCatalog, id: string): ParsedDefinition {
  const definition = catalog.definition(id);
  if (!definition) throw new Error(`no definition ${id}`);
  return definition;
}

describe('DefinitionCatalog: definitions', () => {
  it('parses a definition once and gives the same result after', () => {
    const catalog = new DefinitionCatalog();
    catalog.put(stored('d', ['b1', 'b2']));
    const first = catalog.parsed('d');
    expect(first.ok && new Set(first.definition.byName.keys())).toEqual(new Set(['-1', 'b1', 'b2']));
    expect(catalog.parsed('d')).toBe(first);
  });

  it('parses a replaced definition anew', () => {
    const catalog = new DefinitionCatalog();
    catalog.put(stored('d', ['b1']));
    const before = catalog.parsed('d');
    catalog.put(stored('d', ['x1']));
    expect(catalog.parsed('d')).not.toBe(before);
    expect(parsedOf(catalog, 'd').byName.has('x1')).toBe(true);
  });

  it('gives the reason a definition is missing, or cannot be parsed (R9)', () => {
    const catalog = new DefinitionCatalog();
    catalog.put({ id: 'rootless', label: 'x', version: 1, periodicTask: 0, detail: { inputParams: [] } });
    catalog.put({ id: 'text', label: 'x', version: 1, periodicTask: 0, detail: '{' });
    expect(catalog.parsed('missing')).toEqual({ ok: false, reason: '任务定义不存在' });
    expect(catalog.parsed('rootless')).toEqual({ ok: false, reason: '任务定义解析失败: 缺少 rootBlock' });
    expect(catalog.parsed('text')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^任务定义解析失败: /),
    });
    expect(catalog.definition('missing')).toBeUndefined();
    expect(catalog.definition('rootless')).toBeUndefined();
  });

  it('forgets a removed definition, its parse included, and says whether there was one', () => {
    const catalog = new DefinitionCatalog();
    catalog.put(stored('d', ['b1']));
    catalog.parsed('d');
    expect(catalog.remove('d')).toBe(true);
    expect(catalog.remove('d')).toBe(false);
    expect(catalog.stored('d')).toBeUndefined();
    expect(catalog.parsed('d')).toEqual({ ok: false, reason: '任务定义不存在' });
  });

  it('finds a definition added after it was asked for in vain', () => {
    const catalog = new DefinitionCatalog();
    expect(catalog.parsed('d').ok).toBe(false);
    catalog.put(stored('d', ['b1']));
    expect(catalog.parsed('d').ok).toBe(true);
  });

  it('load replaces the definitions, and dump gives them back', () => {
    const catalog = new DefinitionCatalog();
    catalog.put(stored('old', ['b1']));
    catalog.parsed('old');
    catalog.load([stored('new', ['b1'])]);
    expect(catalog.stored('old')).toBeUndefined();
    expect(catalog.parsed('old').ok).toBe(false);
    expect(catalog.dump()).toEqual([stored('new', ['b1'])]);
  });
});

describe('DefinitionCatalog.runDefinition', () => {
  it('keeps the definition a run started with, whatever replaces or removes it', () => {
    const catalog = new DefinitionCatalog();
    catalog.put(stored('d', ['b1', 'b2']));
    const started = parsedOf(catalog, 'd');
    catalog.startRun('t1', started);
    catalog.put(stored('d', ['x1']));
    expect(catalog.runDefinition(restoredRun('t1', 'd', 'b2'))).toBe(started);
    catalog.remove('d');
    expect(catalog.runDefinition(restoredRun('t1', 'd', 'b2'))).toBe(started);
  });

  it('lets go of it when the run ends', () => {
    const catalog = new DefinitionCatalog();
    catalog.put(stored('d', ['b1', 'b2']));
    catalog.startRun('t1', parsedOf(catalog, 'd'));
    catalog.put(stored('d', ['b1', 'b2', 'b3']));
    catalog.endRun('t1');
    expect(catalog.runDefinition(restoredRun('t1', 'd', 'b2'))).toBe(parsedOf(catalog, 'd'));
  });

  it('serves a restored run the current definition when it has every block the run is in, and keeps it', () => {
    const catalog = new DefinitionCatalog();
    catalog.put(stored('d', ['b1', 'b2']));
    const current = parsedOf(catalog, 'd');
    const run = restoredRun('t1', 'd', 'b2');
    expect(catalog.runDefinition(run)).toBe(current);
    // Kept as the run's own: a later replacement does not change the run.
    catalog.put(stored('d', ['x1']));
    expect(catalog.runDefinition(run)).toBe(current);
  });

  it('gives a restored run whose definition lost a block it is in the reason it cannot go on', () => {
    const catalog = new DefinitionCatalog();
    catalog.put(stored('d', ['b1', 'x2']));
    expect(catalog.runDefinition(restoredRun('t1', 'd', 'b2'))).toBe('任务定义已变更, 任务无法继续执行');
  });

  it('gives a restored run whose definition is gone, or cannot be parsed, the reason too', () => {
    const catalog = new DefinitionCatalog();
    catalog.put({ id: 'broken', label: 'x', version: 1, periodicTask: 0, detail: '{' });
    expect(catalog.runDefinition(restoredRun('t1', 'missing', 'b2'))).toBe('任务定义不存在');
    expect(catalog.runDefinition(restoredRun('t2', 'broken', 'b2'))).toMatch(/^任务定义解析失败/);
  });

  // Regression: a restored run of a definition that cannot be parsed was told the definition
  // did not exist, where a new run of it is told why it cannot be parsed.
  it('gives a restored run the same reason a new run of an unparseable definition gets', () => {
    const catalog = new DefinitionCatalog();
    catalog.put({ id: 'broken', label: 'x', version: 1, periodicTask: 0, detail: '{' });
    const parsed = catalog.parsed('broken');
    expect(parsed.ok).toBe(false);
    expect(catalog.runDefinition(restoredRun('t1', 'broken', 'b2'))).toBe(parsed.ok ? '' : parsed.reason);
  });

  it('does not keep a refusal: the run is served once the definition has its blocks again', () => {
    const catalog = new DefinitionCatalog();
    const run = restoredRun('t1', 'd', 'b2');
    catalog.put(stored('d', ['b1']));
    expect(typeof catalog.runDefinition(run)).toBe('string');
    catalog.put(stored('d', ['b1', 'b2']));
    expect(catalog.runDefinition(run)).toBe(parsedOf(catalog, 'd'));
  });

  it('load forgets the definitions runs kept (a snapshot does not hold them)', () => {
    const catalog = new DefinitionCatalog();
    catalog.put(stored('d', ['b1', 'b2']));
    catalog.startRun('t1', parsedOf(catalog, 'd'));
    catalog.load([stored('d', ['x1'])]);
    expect(catalog.runDefinition(restoredRun('t1', 'd', 'b2'))).toBe('任务定义已变更, 任务无法继续执行');
  });
});
