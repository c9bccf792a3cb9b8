/**
 * docs/task-definitions.md, the shipped description of what the simulated engine runs, says
 * what the engine does: its definition runs, its block table names the engine's block types with
 * their own times, and its expressions are ones the evaluator takes. (Its TypeScript sample is
 * type-checked with the README's, in test/readme.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockTypeOf, blockTypes } from '../../mocks/engine/block-registry.js';
import { defaultBlock } from '../../mocks/engine/blocks/default-block.js';
import { evaluateExpression } from '../../mocks/expressions/index.js';
import { createMockStore, handleMockRequest, type TaskDefinitionInput } from '../../mocks/index.js';
import { recordsOf } from '../mocks/records-of.js';

const doc = readFileSync(new URL('../../docs/task-definitions.md', import.meta.url), 'utf8');
const fenced = (language: string) =>
  [...doc.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map(
    (match) => match[1] as string,
  );

/** The block table's rows: the type (or "any other type") and its own time as written. */
const blockRows = [...doc.matchAll(/^\| (`(\w+Bp)`|any other type) +\| ([^|]+?) +\|/gm)].map((match) => ({
  type: match[2],
  ownTime: match[3] as string,
}));

describe('docs/task-definitions.md', () => {
  it('has a definition the engine runs to success, one record per block', async () => {
    const [json] = fenced('json');
    const definition = JSON.parse(json as string) as TaskDefinitionInput;
    const store = createMockStore();
    store.addDefinition(definition);
    const id = store.runTask(definition.id, {});
    store.runUntilIdle();
    expect(recordsOf(store).task(id)?.status).toBe(1000);
    expect(recordsOf(store).task(id)?.input_params).toEqual({ from: 'A' });
    expect(
      recordsOf(store)
        .blockRecordsOf(id)
        .map((record) => record.block_name),
    ).toEqual(['-1', 'b1', 'b2']);
    // Nested, not the flat fallback of a definition that cannot be read (R9).
    const answer = handleMockRequest(store, {
      method: 'GET',
      path: `/api/vwed-task-record/execution/block/results/${id}`,
      body: null,
    });
    expect(Array.isArray((answer.body as { data: unknown }).data)).toBe(false);
  });

  it('lists every block type the engine knows, with its own time', () => {
    const known = [...blockTypes.keys()];
    expect(known.length).toBeGreaterThanOrEqual(14);
    const documented = blockRows.flatMap((row) => (row.type ? [row.type] : []));
    expect(documented).toEqual(known);
    expect(blockRows.filter((row) => row.type === undefined)).toHaveLength(1);
    for (const { type, ownTime } of blockRows) {
      if (type === undefined) expect(ownTime).toBe(`${defaultBlock.ownDurationMs} ms`);
      else if (blockTypeOf(type).durationFromInputs)
        expect(`${type}: ${ownTime}`).toBe(`${type}: \`timeMillis\``);
      else expect(`${type}: ${ownTime}`).toBe(`${type}: ${blockTypeOf(type).ownDurationMs} ms`);
    }
  });

  it('shows expressions the evaluator takes', () => {
    const lines = (fenced('text')[0] ?? '').split('\n').filter((line) => line.trim() !== '');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    const scope = {
      taskInputs: { weight: 600, rounds: 3 },
      blocks: { b1: { index: 0, item: 1, size: 5 }, b2: { index: 0 } },
      task: { variables: { mode: 'fast' } },
    };
    for (const line of lines) expect(evaluateExpression(line, scope), line).toMatchObject({ ok: true });
  });
});
