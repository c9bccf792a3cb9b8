// Bundle-size budgets, checked by `npm run check:package` on the built dist/ (minified,
// gzipped, openapi-fetch included). zod and the schemas chunk are left out: `validate`
// loads them lazily, so an app that never validates never downloads them.
const lazySchemas = (config) => ({ ...config, external: [...(config.external ?? []), './schemas.js'] });

module.exports = [
  {
    // Issue [2/6]: <= 6 kB for the client (bare openapi-fetch alone is about 2.9 kB).
    name: 'the client: createTaskRecordClient and the error guards',
    path: 'dist/index.js',
    import: '{ createTaskRecordClient, isVwedApiError, isVwedError }',
    limit: '6 kB',
    gzip: true,
    ignore: ['zod'],
    modifyEsbuildConfig: lazySchemas,
  },
];
