/**
 * `@vwed/task-record/server`: the mock served over real HTTP (Node only). The same core as
 * the MSW handlers of `@vwed/task-record/mocks`, behind node:http, with a control API.
 *
 * Every export is listed by name; types with `export type`.
 */
export type { MockServerOptions } from './mock-server-options.js';
export { type MockServer, startMockServer } from './start-mock-server.js';
