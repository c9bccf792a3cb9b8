import { defineConfig } from 'tsup';

/**
 * One build for every entry point: ESM and CJS with their own type declarations
 * (`.d.ts` beside `.js`, `.d.cts` beside `.cjs`), as `exports` in package.json maps them.
 */
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      schemas: 'src/schemas/index.ts',
      mocks: 'mocks/index.ts',
      server: 'mocks/server/index.ts',
      query: 'src/query/index.ts',
      control: 'src/control/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    platform: 'neutral',
    // `node:` modules stay imports (only `./server` has them): Deno and Bun need the prefix.
    // @tanstack/query-core is an optional peer that `./query` imports for types only; external
    // all the same, so that no copy of it could ever be bundled into an entry.
    external: ['msw', 'openapi-fetch', 'zod', '@tanstack/query-core', /^node:/],
    removeNodeProtocol: false,
  },
  {
    // The CLI is an executable, not an API: ESM only, with a shebang, no declarations.
    entry: { cli: 'mocks/server/cli.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
    removeNodeProtocol: false,
  },
]);
