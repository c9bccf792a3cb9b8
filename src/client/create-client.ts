import * as openapiFetch from 'openapi-fetch';

type CreateClient = typeof openapiFetch.default;

// openapi-fetch exports `createClient` as its default export only. Its CommonJS file sets
// `exports.default` (with `__esModule`), but our CommonJS build imports a package the way Node
// does from a `"type": "module"` package (esbuild's node mode): the default import is the whole
// `module.exports`, and the function sits one level down. A plain default import therefore
// threw "(0 , import_openapi_fetch.default) is not a function" in `dist/index.cjs` (issue
// [1/5]). The namespace import reaches the function in both builds (a function has no
// `default` of its own).
const imported: CreateClient & { default?: CreateClient } = openapiFetch.default;

/**
 * openapi-fetch's `createClient`, the same function from the ESM and the CommonJS build.
 *
 * @example
 * ```ts
 * const raw = createClient<paths>({ baseUrl: 'http://engine.local:8000' });
 * ```
 */
export const createClient: CreateClient = imported.default ?? imported;
