/**
 * What a user's bundler sees: zod is not in the `.` entry's static import graph (the
 * client's `validate` loads the schemas lazily), and zod is only ever imported as a
 * namespace (the named `{ z }` import defeats tree-shaking). `./mocks` and `./control` bundle for
 * a browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { SPAWN_TIMEOUT_MS } from './timeouts.js';

const root = fileURLToPath(new URL('..', import.meta.url));

async function metafileOf(entry: string): Promise<Metafile> {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    outdir: join(root, 'dist-test-bundle'),
    write: false,
    metafile: true,
    external: ['zod', 'openapi-fetch'],
    logLevel: 'silent',
  });
  return result.metafile;
}

/**
 * Everything the entry loads before any dynamic import: its chunk's static imports,
 * followed through the shared chunks esbuild splits out, to the external packages.
 */
function staticImports(metafile: Metafile, entry: string): string[] {
  const outputs = metafile.outputs;
  const start = Object.keys(outputs).find((name) => outputs[name]?.entryPoint === entry);
  const seen = new Set<string>();
  const stack = start ? [start] : [];
  while (stack.length > 0) {
    const name = stack.pop() as string;
    for (const found of outputs[name]?.imports ?? []) {
      if (found.kind !== 'import-statement' || seen.has(found.path)) continue;
      seen.add(found.path);
      if (found.path in outputs) stack.push(found.path);
    }
  }
  return [...seen];
}

// esbuild builds in a child process of its own (started on the first build).
describe('the . entry', { timeout: SPAWN_TIMEOUT_MS }, () => {
  it('imports zod only lazily, through a dynamic import', async () => {
    const metafile = await metafileOf('src/index.ts');
    const reachable = staticImports(metafile, 'src/index.ts');
    expect(reachable).toContain('openapi-fetch');
    expect(reachable).not.toContain('zod');
    const dynamic = Object.values(metafile.outputs).flatMap((output) =>
      output.imports.filter((found) => found.kind === 'dynamic-import'),
    );
    expect(dynamic).toHaveLength(1);
  });

  it('the check above sees a static zod import, through shared chunks too (it can fail)', async () => {
    expect(staticImports(await metafileOf('src/schemas/index.ts'), 'src/schemas/index.ts')).toContain('zod');
    // A module the entry imports statically and that imports zod: esbuild puts it in a shared chunk.
    const leaky = await metafileOf('test/fixtures/leaky-entry.ts');
    expect(staticImports(leaky, 'test/fixtures/leaky-entry.ts')).toContain('zod');
  });
});

it('imports zod only as a namespace', () => {
  const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.ts'),
  );
  const named = files.filter((file) =>
    /import\s*\{[^}]*\bz\b[^}]*\}\s*from\s*['"]zod/.test(readFileSync(join(root, 'src', file), 'utf8')),
  );
  expect(files.length).toBeGreaterThan(10);
  expect(named).toEqual([]);
  expect(readFileSync(join(root, 'src/generated/vwed-task-record.zod.ts'), 'utf8')).toContain(
    "import * as z from 'zod';",
  );
});

describe('the ./mocks entry', { timeout: SPAWN_TIMEOUT_MS }, () => {
  it('bundles for the browser with no node: imports', async () => {
    const result = await build({
      entryPoints: [join(root, 'mocks/index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      external: ['msw'],
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const imported = Object.values(result.metafile.inputs).flatMap((input) =>
      input.imports.map((found) => found.path),
    );
    expect(imported.filter((path) => path.startsWith('node:'))).toEqual([]);
    expect(Object.keys(result.metafile.inputs).some((path) => path.includes('node_modules/jsep'))).toBe(true);
  });
});

describe('the ./control entry', { timeout: SPAWN_TIMEOUT_MS }, () => {
  it('bundles for the browser with no node: imports, and nothing of mocks/, msw or zod', async () => {
    const result = await build({
      entryPoints: [join(root, 'src/control/index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      // Left external, so that the check below sees them should any be imported.
      external: ['openapi-fetch', 'msw', 'zod'],
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    const imported = Object.values(result.metafile.inputs).flatMap((input) =>
      input.imports.map((found) => found.path),
    );
    expect(imported.filter((path) => path.startsWith('node:'))).toEqual([]);
    expect(imported).toContain('openapi-fetch');
    expect(imported.filter((path) => /^(msw|zod)(\/|$)/.test(path))).toEqual([]);
    expect(inputs.filter((path) => path.startsWith('mocks/'))).toEqual([]);
    expect(inputs).toContain('src/control/create-mock-control-client.ts');
  });
});
