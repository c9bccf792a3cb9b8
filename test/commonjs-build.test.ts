/**
 * The CommonJS build, as tsup makes it (esbuild, format cjs, packages external), run by
 * Node's own `require`. The package test (`npm run test:package`) runs the real tarball on
 * every Node and msw; this is the fast guard in `npm test`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { expect, it } from 'vitest';
import { SPAWN_TIMEOUT_MS } from './timeouts.js';

const root = fileURLToPath(new URL('..', import.meta.url));
// Inside the repository, so that `require` finds the external packages in node_modules.
const outdir = join(root, 'node_modules/.cache/vwed-commonjs-build-test');

async function requireCommonJsBuild(entry: string): Promise<Record<string, unknown>> {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  mkdirSync(outdir, { recursive: true });
  const file = join(outdir, `${entry.replaceAll('/', '-')}.cjs`);
  writeFileSync(file, result.outputFiles[0]?.text ?? '');
  return createRequire(import.meta.url)(file) as Record<string, unknown>;
}

it(
  "the CommonJS build creates a client: openapi-fetch's default export through Node's interop",
  async () => {
    // dist/index.cjs threw "(0 , import_openapi_fetch.default) is not a function": in a
    // "type": "module" package esbuild imports a CJS default the way Node does (all of
    // module.exports), and openapi-fetch's CJS file keeps its function at exports.default.
    const index = await requireCommonJsBuild('src/index.ts');
    const createTaskRecordClient = index.createTaskRecordClient as (
      options: object,
    ) => Record<string, unknown>;
    const client = createTaskRecordClient({ baseUrl: 'http://engine.test' });
    expect(typeof client.getTaskRecord).toBe('function');
    expect(typeof (client.raw as { GET?: unknown }).GET).toBe('function');
  },
  SPAWN_TIMEOUT_MS,
);

it(
  'the CommonJS build of ./control creates a control client through the same interop',
  async () => {
    const control = await requireCommonJsBuild('src/control/index.ts');
    const createMockControlClient = control.createMockControlClient as (
      options: object,
    ) => Record<string, unknown>;
    const client = createMockControlClient({ baseUrl: 'http://127.0.0.1:4010' });
    expect(typeof client.runTask).toBe('function');
    expect(typeof (client.raw as { POST?: unknown }).POST).toBe('function');
  },
  SPAWN_TIMEOUT_MS,
);
