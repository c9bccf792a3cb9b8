/**
 * The block-type registry is the engine's one list of what it runs: every block type the docs
 * and the README promise is in it with its Chinese name, every file of `blocks/` is registered
 * (a file without its line would silently run as the default block), and any other type runs
 * as the default block under its own name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockTypeName, blockTypeOf, blockTypes } from '../../../mocks/engine/block-registry.js';
import type { BlockType } from '../../../mocks/engine/block-type.js';
import { defaultBlock } from '../../../mocks/engine/blocks/default-block.js';
import { parsedDefinition, recordingContext, runToIdle } from './recording-context.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** The block types of docs/task-definitions.md's table, in its order. */
const documented = [...read('../../../docs/task-definitions.md').matchAll(/^\| `(\w+Bp)` +\|/gm)].map(
  (match) => match[1] as string,
);

/** The block types of the README's "Engine" item, in its order. */
const readmeEngine = /^- \*\*Engine\*\*:([\s\S]*?)any other type succeeds after (\d+) ms/m.exec(
  read('../../../README.md'),
);
const inReadme = [...(readmeEngine?.[1] ?? '').matchAll(/\b(\w+Bp)\b/g)].map((match) => match[1] as string);

describe('the block-type registry', () => {
  it('registers every block type the docs and the README list, in their order', () => {
    expect(documented).toHaveLength(14);
    expect(inReadme).toEqual(documented);
    expect([...blockTypes.keys()]).toEqual(documented);
  });

  it('gives each its own Chinese name, the ones the document shows among them', () => {
    const names = documented.map((type) => blockTypeName(type));
    for (const [index, name] of names.entries())
      expect(name, documented[index]).toMatch(/^\p{Script=Han}+$/u);
    expect(new Set(names).size).toBe(names.length);
    expect([blockTypeName('RootBp'), blockTypeName('CSelectAgvBp'), blockTypeName('PrintBp')]).toEqual([
      '根节点',
      '选择执行机器人块',
      '打印块',
    ]);
  });

  it('registers each file of blocks/ under the type that file names', async () => {
    const files = readdirSync(new URL('../../../mocks/engine/blocks/', import.meta.url)).filter(
      (file) => file.endsWith('.ts') && file !== 'default-block.ts',
    );
    expect(files).toHaveLength(blockTypes.size);
    for (const file of files) {
      // By a path made at run time, so that a new file is checked without this test naming it.
      const path = new URL(`../../../mocks/engine/blocks/${file}`, import.meta.url).href;
      const module = (await import(/* @vite-ignore */ path)) as Record<string, BlockType>;
      const [exported] = Object.values(module).filter(
        (value) => typeof value === 'object' && 'type' in value,
      );
      // c-select-agv-bp.ts is CSelectAgvBp: the file name is the type in kebab case.
      expect(file, 'file named after its type').toBe(`${kebab(exported?.type ?? '')}.ts`);
      expect(blockTypes.get(exported?.type ?? '')).toBe(exported);
    }
  });

  it('runs an unknown type as the default block, shown under its own type', () => {
    for (const type of ['JackLoadBp', 'GotoSiteBp', '__proto__', 'constructor', 'toString']) {
      expect(blockTypeOf(type), type).toBe(defaultBlock);
      expect(blockTypeName(type)).toBe(type);
    }
    expect(defaultBlock.ownDurationMs).toBe(Number(readmeEngine?.[2]));
  });

  it('runs a default block as a leaf that ends after its own time, with its outputs in its log', () => {
    const context = recordingContext(
      parsedDefinition({
        name: '-1',
        blockType: 'RootBp',
        children: {
          default: [
            {
              name: 'b1',
              blockType: 'JackLoadBp',
              children: { default: [{ name: 'b2', blockType: 'PrintBp' }] },
            },
          ],
        },
      }),
    );
    runToIdle(context);
    expect(context.ended).toBeNull();
    expect(context.clock).toBe(defaultBlock.ownDurationMs);
    // Its children are never run: an unknown type is a leaf, whatever its definition holds.
    expect(context.events).toEqual([
      'start -1',
      'start b1',
      'end b1',
      'log b1: 块执行完成, 块id:b1',
      'end -1',
      'log -1: 分支 default 的所有子块执行完成',
    ]);
  });
});

function kebab(type: string): string {
  return type.replace(/[A-Z]/g, (letter, at: number) => (at === 0 ? '' : '-') + letter.toLowerCase());
}
