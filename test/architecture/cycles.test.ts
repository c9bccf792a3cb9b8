/**
 * `npm run check:cycles` (dpdm) must fail on an import cycle, type imports included: a cycle
 * made only of `import type` is still two files that cannot be understood, split or moved one
 * without the other. The test runs the script's own command line, read from package.json, over
 * tiny projects written to a temporary directory, with the repository's imports as they are
 * written here (`./b.js` naming `b.ts`), so an upgrade of dpdm that stopped resolving them, or a
 * flag that dropped type imports (`-T`), would turn this red instead of the check silently green.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SPAWN_TIMEOUT_MS } from '../timeouts.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const packageJson = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};
const command = packageJson.scripts['check:cycles'] as string;

/** The module settings of the repository's tsconfig that decide how `./b.js` resolves. */
const tsconfig = { compilerOptions: { module: 'Preserve', moduleResolution: 'Bundler', strict: true } };

const directories: string[] = [];
afterAll(async () => {
  await Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true })));
});

/**
 * Writes `folders` (folder -> file name -> source) and a tsconfig.json into a new temporary
 * directory. Folder and file are given apart: a path written whole in this file would be taken
 * for a repository file by the file-references test.
 */
async function project(folders: Record<string, Record<string, string>>): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'vwed-cycles-'));
  directories.push(directory);
  await writeFile(join(directory, 'tsconfig.json'), JSON.stringify(tsconfig));
  for (const [folder, files] of Object.entries(folders)) {
    await mkdir(join(directory, folder), { recursive: true });
    for (const [name, text] of Object.entries(files)) await writeFile(join(directory, folder, name), text);
  }
  return directory;
}

/** Runs the `check:cycles` command line in `directory`, with the repository's dpdm on the PATH. */
function checkCycles(directory: string): { status: number | null; output: string } {
  const result = spawnSync(command, {
    cwd: directory,
    shell: true,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH}` },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** The numbered lines dpdm prints under "Circular Dependencies", one per cycle, as `1) a -> b`. */
function cycles(output: string): string[] {
  return output.split('\n').flatMap((line) => /^\s*\d+\) (.+ -> .+)$/.exec(line)?.[1] ?? []);
}

/** Two files of `folder` that only import each other's types. */
function typeOnlyCycle(folder: string): Record<string, Record<string, string>> {
  return {
    [folder]: {
      'a.ts': "import type { B } from './b.js';\nexport interface A { b?: B }\n",
      'b.ts': "import { type A } from './a.js';\nexport interface B { a?: A }\n",
    },
  };
}

describe('npm run check:cycles', () => {
  it('is dpdm over src, mocks, examples and bench, type imports counted', () => {
    expect(command).toMatch(/^dpdm /);
    expect(command).toContain('--exit-code circular:1');
    expect(command).not.toMatch(/(^| )(-T|--transform)( |$)/);
    for (const folder of ['src', 'mocks', 'examples', 'bench']) expect(command).toContain(`"${folder}/**/`);
  });

  it.each(['src', 'mocks', 'examples', 'bench'])(
    'fails on a cycle of type imports in %s/ and names both files',
    { timeout: SPAWN_TIMEOUT_MS },
    async (folder) => {
      const result = checkCycles(await project(typeOnlyCycle(folder)));
      // dpdm starts a cycle at whichever file it met first: either rotation names the same cycle.
      expect(cycles(result.output)).toEqual([
        expect.stringMatching(
          new RegExp(`^(${folder}/a\\.ts -> ${folder}/b|${folder}/b\\.ts -> ${folder}/a)\\.ts$`),
        ),
      ]);
      expect(result.status).toBe(1);
    },
  );

  it('fails on a cycle across folders through re-exports', { timeout: SPAWN_TIMEOUT_MS }, async () => {
    const result = checkCycles(
      await project({
        src: { 'index.ts': "export type { Store } from '../mocks/store.js';\nexport type Id = string;\n" },
        mocks: {
          'store.ts': "import type { Id } from '../src/index.js';\nexport interface Store { id: Id }\n",
        },
      }),
    );
    expect(cycles(result.output)).toEqual([
      expect.stringMatching(/^(mocks\/store\.ts -> src\/index|src\/index\.ts -> mocks\/store)\.ts$/),
    ]);
    expect(result.status).toBe(1);
  });

  it('passes when the imports go one way', { timeout: SPAWN_TIMEOUT_MS }, async () => {
    const result = checkCycles(
      await project({
        src: {
          'a.ts': "import type { B } from './b.js';\nexport interface A { b?: B }\n",
          'b.ts': 'export interface B { name: string }\n',
        },
        mocks: { 'c.ts': "import type { A } from '../src/a.js';\nexport const c: A = {};\n" },
      }),
    );
    expect(cycles(result.output)).toEqual([]);
    expect(result.output).toContain('no circular dependency');
    expect(result.status).toBe(0);
  });
});
