/**
 * `npm run check:status-words` must fail on a raw status code in mocks/ and pass on the same
 * number in the fixtures, in a comment, or written as a quantity (`1_000`): the script itself,
 * run over temporary projects. The rule's own cases are in test/mocks/status-literals.test.ts.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SPAWN_TIMEOUT_MS } from '../timeouts.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

const directories: string[] = [];
afterAll(async () => {
  await Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true })));
});

/**
 * Writes `folders` (folder -> file name -> text) into a new temporary directory. Folder and
 * file are given apart: a path written whole in this file would be taken for a repository
 * file by the file-references test.
 */
async function project(folders: Record<string, Record<string, string>>): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'vwed-status-words-'));
  directories.push(directory);
  for (const [folder, files] of Object.entries(folders)) {
    await mkdir(join(directory, folder), { recursive: true });
    for (const [name, text] of Object.entries(files)) await writeFile(join(directory, folder, name), text);
  }
  return directory;
}

/** Runs the script with tsx in `directory`, as npm runs it in the package's root. */
function checkStatusWords(directory: string): Promise<{ code: number; output: string }> {
  const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');
  const script = join(root, 'test/architecture/check-status-words.ts');
  return new Promise((resolve) => {
    execFile(process.execPath, [tsx, script], { cwd: directory }, (error, stdout, stderr) => {
      resolve({ code: error ? (error.code as number) : 0, output: stdout + stderr });
    });
  });
}

/** Mock code that names its codes. */
const namedCodes = {
  'stop.ts':
    '// a stopped task is 2001\nexport const stopped = TaskStatus.Cancelled;\nconst ms = 60 * 1_000;\n',
};
/** Mock code with fixtures that keep the document's numbers. */
const clean: Record<string, Record<string, string>> = {
  mocks: namedCodes,
  [join('mocks', 'fixtures')]: { 'doc.ts': 'export const record = { status: 2000 };\n' },
};

describe('npm run check:status-words', () => {
  it('passes named codes, comments, quantities and fixtures', { timeout: SPAWN_TIMEOUT_MS }, async () => {
    const result = await checkStatusWords(await project(clean));
    expect(result.output).toContain('[vwed] status words: 1 files, no raw status code.');
    expect(result.code).toBe(0);
  });

  it('fails on a raw code outside the fixtures, naming file and line', {
    timeout: SPAWN_TIMEOUT_MS,
  }, async () => {
    const bad = { 'retry.ts': 'export const failed = (status: number) =>\n  status === 2000;\n' };
    const result = await checkStatusWords(await project({ ...clean, mocks: { ...namedCodes, ...bad } }));
    expect(result.output).toContain(`${['mocks', 'retry.ts'].join('/')}:2: 2000`);
    expect(result.output).toContain('1 raw status code(s) in 2 files');
    expect(result.code).toBe(1);
  });
});
