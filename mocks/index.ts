/**
 * `@vwed/task-record/mocks`: MSW handlers backed by an in-memory store and a simulated
 * task engine, for the browser and Node. Runs anywhere: no `node:` imports.
 *
 * The mock arrives in issue [4/6]; this entry point exists now so that the package's
 * `exports` map is complete and stable from the first release.
 */
export {};
