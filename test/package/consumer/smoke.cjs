// The smoke checks from CommonJS: each entry point loaded with `require`, so that the CJS build
// itself runs (start Node with --no-experimental-require-module, where the entry's
// dependencies allow it: msw 3 ships ESM only and is required through require(esm)).
// Usage: node smoke.cjs [check ...]   (default: every check)
'use strict';

const { runChecks, checkNames } = require('./checks.cjs');

const load = {
  client: () => ({
    root: require('@vwed/task-record'),
    mocks: require('@vwed/task-record/mocks'),
    mswNode: require('msw/node'),
  }),
  schemas: () => ({ schemas: require('@vwed/task-record/schemas') }),
  mocks: () => ({ mocks: require('@vwed/task-record/mocks'), mswNode: require('msw/node') }),
  server: () => ({ server: require('@vwed/task-record/server') }),
  query: () => ({
    root: require('@vwed/task-record'),
    query: require('@vwed/task-record/query'),
    queryCore: require('@tanstack/query-core'),
    mocks: require('@vwed/task-record/mocks'),
    mswNode: require('msw/node'),
  }),
  control: () => ({
    control: require('@vwed/task-record/control'),
    server: require('@vwed/task-record/server'),
  }),
};

const names = process.argv.slice(2);
runChecks(names.length > 0 ? names : checkNames, (name) => load[name]()).then(
  () => console.log(`cjs ok: ${(names.length > 0 ? names : checkNames).join(', ')}`),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
