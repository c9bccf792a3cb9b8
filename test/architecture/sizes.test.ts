/**
 * `npm run check:sizes` must fail on a 401-line file and an 81-line function, and pass at 400
 * and 80: the measuring function on snippets, then the script itself over a temporary project.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SPAWN_TIMEOUT_MS } from '../timeouts.js';
import { formatViolation, lineCount, sizeViolations } from './measure-sizes.js';
import { sourceFiles } from './source-files.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** `count` lines of statements. */
const statements = (count: number) => Array.from({ length: count }, (_, i) => `  total += ${i};`);

/** A function `name` of exactly `lines` lines, its JSDoc above it not counted. */
function functionOf(name: string, lines: number): string {
  return ['/** Adds up. */', `function ${name}() {`, '  let total = 0;', ...statements(lines - 3), '}'].join(
    '\n',
  );
}

/** A file of exactly `lines` lines, a newline ending the last. */
const fileOf = (lines: number) =>
  `${Array.from({ length: lines }, (_, i) => `const v${i} = ${i};`).join('\n')}\n`;

describe('sizeViolations', () => {
  it('counts lines as an editor shows them', () => {
    expect(lineCount('')).toBe(0);
    expect(lineCount('a')).toBe(1);
    expect(lineCount('a\n')).toBe(1);
    expect(lineCount('a\nb')).toBe(2);
    expect(lineCount(fileOf(401))).toBe(401);
  });

  it('refuses a file of 401 lines and accepts one of 400', () => {
    expect(sizeViolations('big.ts', fileOf(401)).map(formatViolation)).toEqual([
      'big.ts:1: file has 401 lines (at most 400)',
    ]);
    expect(sizeViolations('fine.ts', fileOf(400))).toEqual([]);
  });

  it('refuses a function of 81 lines, named with the line it starts on, and accepts one of 80', () => {
    const source = ['// one', functionOf('long', 81), functionOf('fine', 80)].join('\n');
    expect(sizeViolations('f.ts', source).map(formatViolation)).toEqual([
      'f.ts:3: function long has 81 lines (at most 80)',
    ]);
  });

  it('counts methods, constructors, accessors, arrow functions and callbacks', () => {
    const body = statements(80).join('\n');
    const source = [
      'class Store {',
      `  constructor() {\n${body}\n  }`,
      `  stop() {\n${body}\n  }`,
      `  get size() {\n${body}\n  }`,
      '}',
      `const run = async () => {\n${body}\n};`,
      `const handlers = { onStop: function () {\n${body}\n} };`,
      `server.on('request', (request) => {\n${body}\n});`,
    ].join('\n');
    const functions = sizeViolations('s.ts', source).filter((violation) => violation.what !== 'file');
    expect(functions.map((violation) => violation.what)).toEqual([
      'constructor of Store',
      'method Store.stop',
      'getter Store.size',
      'function run',
      'function onStop',
      'callback passed to server.on()',
    ]);
  });

  it("leaves out a test suite's describe and it callbacks, not the functions inside them", () => {
    const body = statements(80).join('\n');
    const source = [
      "describe('store', () => {",
      `  it('stops', () => {\n${body}\n  });`,
      `  it.each([1, 2])('retries %i', async () => {\n${body}\n  });`,
      `  function helper() {\n${body}\n  }`,
      '});',
    ].join('\n');
    expect(sizeViolations('s.test.ts', source).map((violation) => violation.what)).toEqual([
      'function helper',
    ]);
  });

  it('skips overload signatures and interface methods, which have no body', () => {
    const source = ['interface I { m(): void }', 'declare function f(a: string): void;', 'const x = 1;'];
    expect(sizeViolations('d.ts', source.join('\n'))).toEqual([]);
  });
});

describe('npm run check:sizes', () => {
  const directories: string[] = [];
  afterAll(async () => {
    await Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true })));
  });

  /**
   * Writes `files` (path -> text) into a new temporary directory. The paths are built with
   * `at`: a path written whole in this file would be taken for a repository file by the
   * file-references test.
   */
  async function project(files: Record<string, string>): Promise<string> {
    const directory = await mkdtemp(join(tmpdir(), 'vwed-sizes-'));
    directories.push(directory);
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(directory, path)), { recursive: true });
      await writeFile(join(directory, path), text);
    }
    return directory;
  }
  const at = (...parts: string[]) => parts.join('/');

  /** Runs the script with tsx in `directory`, as npm runs it in the package's root. */
  function checkSizes(directory: string): Promise<{ code: number; output: string }> {
    const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');
    const script = join(root, 'test/architecture/check-sizes.ts');
    return new Promise((resolve) => {
      execFile(process.execPath, [tsx, script], { cwd: directory }, (error, stdout, stderr) => {
        resolve({ code: error ? (error.code as number) : 0, output: stdout + stderr });
      });
    });
  }

  /** A project with one file in each checked folder, within the limits. */
  const fine = {
    [at('src', 'a.ts')]: fileOf(400),
    [at('mocks', 'b.ts')]: functionOf('fine', 80),
    [at('examples', 'c.mjs')]: functionOf('fine', 80),
  };

  it('passes a project within the limits, its generated code left out', {
    timeout: SPAWN_TIMEOUT_MS,
  }, async () => {
    const result = await checkSizes(
      await project({ ...fine, [at('src', 'generated', 'types.ts')]: fileOf(5000) }),
    );
    expect(result.output).toContain('[vwed] sizes: 3 files');
    expect(result.code).toBe(0);
  });

  it('fails on a 401-line file and an 81-line function, naming each', {
    timeout: SPAWN_TIMEOUT_MS,
  }, async () => {
    const result = await checkSizes(
      await project({
        ...fine,
        [at('src', 'a.ts')]: fileOf(401),
        [at('examples', 'c.mjs')]: functionOf('tooLong', 81),
      }),
    );
    expect(result.output).toContain(`${at('src', 'a.ts')}:1: file has 401 lines (at most 400)`);
    expect(result.output).toContain(
      `${at('examples', 'c.mjs')}:2: function tooLong has 81 lines (at most 80)`,
    );
    expect(result.output).toContain('2 size violation(s) in 3 files');
    expect(result.code).toBe(1);
  });
});

describe('sourceFiles', () => {
  it('finds the hand-written sources and leaves out generated code', () => {
    const files = sourceFiles(root, ['src', 'mocks', 'examples'], {
      extensions: ['.ts'],
      skip: ['src/generated/'],
    });
    expect(files).toContain('src/client/send-request.ts');
    expect(files).toContain('mocks/server/start-mock-server.ts');
    expect(files).toContain('examples/node-client.ts');
    expect(files.some((path) => path.startsWith('src/generated/'))).toBe(false);
  });
});
