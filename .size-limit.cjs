// Bundle-size budgets, checked by `npm run check:package` on the built dist/ (minified,
// gzipped, openapi-fetch included). The schemas chunk is left out: `validate` loads it
// (and zod with it) lazily, so an app that never validates never downloads them. zod is
// not ignored: should it leak into the static graph, the size would show it.
const lazySchemas = (config) => ({ ...config, external: [...(config.external ?? []), './schemas.js'] });

module.exports = [
  {
    // Issue [2/6]: <= 6 kB for the client (bare openapi-fetch alone is about 2.9 kB); 5,990 B
    // then. The CommonJS interop of openapi-fetch's default export (issue [1/5],
    // src/client/create-client.ts) costs 14 B here, hence the 50 B of room.
    name: 'the client: createTaskRecordClient and the error guards',
    path: 'dist/index.js',
    import: '{ createTaskRecordClient, isVwedApiError, isVwedError }',
    limit: '6.05 kB',
    gzip: true,
    modifyEsbuildConfig: lazySchemas,
  },
  {
    // Everything the . entry exports, the tree toolkit included: a guard against growth,
    // at the size measured when the toolkit joined (10.2 kB) plus a little room.
    name: 'the whole . entry: client, errors, status helpers, tree toolkit',
    path: 'dist/index.js',
    import: '*',
    limit: '10.5 kB',
    gzip: true,
    modifyEsbuildConfig: lazySchemas,
  },
];
