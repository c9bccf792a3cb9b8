/**
 * Every file a reader is sent to is there. Regression: the README and `--help` pointed to
 * DESIGN.md, which was never in the repository, and to openapi/mock-control.yaml, which was
 * in the repository but not in the tarball a user installs. The README may name files of the
 * repository; what a user of the tarball reads (`--help`, a message printed at run time, the
 * shipped docs and specs) may name only files the tarball holds, as `npm pack` packs them.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { usage } from '../../mocks/server/parse-cli-arguments.js';
import { fileReferences } from './file-references.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/**
 * Build output, named by the sources that make it: it exists once built, never in a fresh clone.
 * The package's own build output counts only where package.json maps to it (exports, main, bin).
 */
const builtOutput = new Set([
  'examples/browser/dist/',
  'examples/react-query/dist/',
  ...[...read('package.json').matchAll(/"\.\/(dist\/[^"]+)"/g)].map((match) => match[1] as string),
]);

/** The repository's files under `directory` whose names end in one of `endings`. */
function filesUnder(directory: string, endings: string[]): string[] {
  return readdirSync(join(root, directory), { recursive: true, encoding: 'utf8' })
    .map((name) => join(directory, name).split('\\').join('/'))
    .filter((path) => endings.some((ending) => path.endsWith(ending)) && !path.includes('/dist/'));
}

const shippedSources = [...filesUnder('src', ['.ts']), ...filesUnder('mocks', ['.ts'])].filter(
  (path) => !path.startsWith('src/generated/'),
);
const shippedDocuments = [...filesUnder('docs', ['.md']), ...filesUnder('openapi', ['.yaml'])];

/** The text of every string and template literal of a TypeScript file: what it can print. */
function stringLiterals(path: string): string {
  const file = ts.createSourceFile(path, read(path), ts.ScriptTarget.Latest);
  const texts: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) texts.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return texts.join('\n');
}

function missing(paths: string[]): string[] {
  return paths.filter((path) => {
    if (builtOutput.has(path)) return false;
    const full = join(root, path);
    return !existsSync(full) || (path.endsWith('/') && !statSync(full).isDirectory());
  });
}

/** The files `npm pack` puts in the tarball (package.json's `files`, plus what npm always adds). */
const packed = promisify(execFile)('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
  cwd: root,
}).then(({ stdout }) => {
  const [result] = JSON.parse(stdout) as [{ files: { path: string }[] }];
  return result.files.map((file) => file.path);
});
// Not awaited here: a test awaits it, so that a failure belongs to that test.
packed.catch(() => {});

async function notPacked(paths: string[]): Promise<string[]> {
  const files = await packed;
  return paths.filter((path) =>
    path.endsWith('/') ? !files.some((file) => file.startsWith(path)) : !files.includes(path),
  );
}

describe('fileReferences', () => {
  it('finds repository paths and nothing else', () => {
    const text =
      'See DESIGN.md, openapi/mock-control.yaml, examples/vitest-msw/ and ' +
      'node_modules/@vwed/task-record/docs/task-definitions.md; not ./local.js, msw/node, ' +
      'ajv/dist/2020.js, @vwed/task-record/mocks, /usr/bin/chromium, HTTP or R9. MIT: see LICENSE.';
    expect(fileReferences(text)).toEqual([
      'DESIGN.md',
      'openapi/mock-control.yaml',
      'examples/vitest-msw/',
      'docs/task-definitions.md',
      'LICENSE',
    ]);
  });
});

describe('every file named', () => {
  it('in the README exists in the repository', () => {
    const named = fileReferences(read('README.md'));
    expect(named).toContain('docs/task-definitions.md');
    expect(missing(named)).toEqual([]);
  });

  it('in --help exists and is in the tarball', { timeout: 60_000 }, async () => {
    const named = fileReferences(usage);
    expect(named).toEqual(expect.arrayContaining(['openapi/mock-control.yaml', 'docs/task-definitions.md']));
    expect(missing(named)).toEqual([]);
    expect(await notPacked(named)).toEqual([]);
  });

  it('in a message of the shipped sources exists and is in the tarball', { timeout: 60_000 }, async () => {
    const named = [...new Set(shippedSources.flatMap((path) => fileReferences(stringLiterals(path))))];
    expect(missing(named)).toEqual([]);
    expect(await notPacked(named)).toEqual([]);
  });

  it('in the shipped docs and specs exists and is in the tarball', { timeout: 60_000 }, async () => {
    expect(shippedDocuments).toEqual(
      expect.arrayContaining(['docs/task-definitions.md', 'openapi/mock-control.yaml']),
    );
    const named = [...new Set(shippedDocuments.flatMap((path) => fileReferences(read(path))))];
    expect(missing(named)).toEqual([]);
    expect(await notPacked(named)).toEqual([]);
  });

  it('in the comments and code of the sources, examples and tests exists', () => {
    const self = relative(root, fileURLToPath(import.meta.url))
      .split('\\')
      .join('/');
    const fixture = 'test/docs/file-references.ts';
    const paths = [
      ...shippedSources,
      ...filesUnder('examples', ['.ts', '.md', '.html']),
      ...filesUnder('test', ['.ts']),
    ].filter((path) => path !== self && path !== fixture);
    const dangling = paths.flatMap((path) =>
      missing(fileReferences(read(path))).map((name) => `${path}: ${name}`),
    );
    expect(dangling).toEqual([]);
  });
});

describe('the tarball', () => {
  it('holds the licence, both specs and the task definition format', { timeout: 60_000 }, async () => {
    expect(await packed).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'README.md',
        'package.json',
        'openapi/vwed-task-record.yaml',
        'openapi/mock-control.yaml',
        'docs/task-definitions.md',
      ]),
    );
    expect(read('LICENSE')).toContain('Copyright (c) 2026 The @vwed/task-record authors');
  });
});
