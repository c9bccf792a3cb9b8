/**
 * What a user's bundler sees: zod is not in the `.` entry's static import graph (the
 * client's `validate` loads the schemas lazily), and zod is only ever imported as a
 * namespace (the named `{ z }` import defeats tree-shaking).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

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

/** The modules reachable from the entry's own chunk through static imports only. */
function staticImports(metafile: Metafile): string[] {
  const [, entryChunk] =
    Object.entries(metafile.outputs).find(([, output]) => output.entryPoint !== undefined) ?? [];
  return (entryChunk?.imports ?? [])
    .filter((found) => found.kind === 'import-statement')
    .map((found) => found.path);
}

describe('the . entry', () => {
  it('imports zod only lazily, through a dynamic import', async () => {
    const metafile = await metafileOf('src/index.ts');
    const entryChunk = Object.values(metafile.outputs).find((output) => output.entryPoint !== undefined);
    const dynamic = (entryChunk?.imports ?? []).filter((found) => found.kind === 'dynamic-import');
    expect(dynamic).toHaveLength(1);
    expect(staticImports(metafile)).not.toContain('zod');
    expect(staticImports(metafile)).toContain('openapi-fetch');
  });

  it('the check above sees a static zod import (it can fail)', async () => {
    const metafile = await metafileOf('src/schemas/index.ts');
    expect(staticImports(metafile)).toContain('zod');
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
