// The smoke checks from ESM: each entry point loaded with `import`, as an ESM app does.
// Usage: node smoke.mjs [check ...]   (default: every check)
import { createRequire } from 'node:module';

const { runChecks, checkNames } = createRequire(import.meta.url)('./checks.cjs');

const load = {
  client: async () => ({
    root: await import('@vwed/task-record'),
    mocks: await import('@vwed/task-record/mocks'),
    mswNode: await import('msw/node'),
  }),
  schemas: async () => ({ schemas: await import('@vwed/task-record/schemas') }),
  mocks: async () => ({ mocks: await import('@vwed/task-record/mocks'), mswNode: await import('msw/node') }),
  server: async () => ({ server: await import('@vwed/task-record/server') }),
  query: async () => ({
    root: await import('@vwed/task-record'),
    query: await import('@vwed/task-record/query'),
    queryCore: await import('@tanstack/query-core'),
    mocks: await import('@vwed/task-record/mocks'),
    mswNode: await import('msw/node'),
  }),
  control: async () => ({
    control: await import('@vwed/task-record/control'),
    server: await import('@vwed/task-record/server'),
  }),
};

const names = process.argv.slice(2);
await runChecks(names.length > 0 ? names : checkNames, (name) => load[name]());
console.log(`esm ok: ${(names.length > 0 ? names : checkNames).join(', ')}`);
