/**
 * MSW over a fresh mock store per test, with every answer held to the OpenAPI spec
 * (ajv): a response the spec does not describe fails the test that caused it.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { matchRoute } from '../../mocks/core/route-table.js';
import {
  createMockStore,
  createTaskRecordHandlers,
  type MockStore,
  type MockStoreOptions,
} from '../../mocks/index.js';
import { createTaskRecordClient, type TaskRecordClient } from '../../src/index.js';
import { contractErrors } from './spec-contract.js';

export const origin = 'http://engine.test';

export interface MockHarness {
  store: MockStore;
  client: TaskRecordClient;
  /** Replaces the store (and handlers) with one made from these options. */
  use(options: MockStoreOptions): MockStore;
}

export function useMockServer(options: MockStoreOptions = {}): MockHarness {
  const server = setupServer();
  const violations: string[] = [];
  const harness = {
    store: createMockStore(options),
    client: createTaskRecordClient({ baseUrl: origin }),
    use(next: MockStoreOptions) {
      harness.store = createMockStore(next);
      server.resetHandlers(...createTaskRecordHandlers({ store: harness.store }));
      return harness.store;
    },
  };
  server.events.on('response:mocked', async ({ request, response }) => {
    const url = new URL(request.url);
    const match = matchRoute(request.method, url.pathname);
    // An injected fault answers with whatever status the test chose: not the spec's business.
    if (match.kind !== 'route' || harness.store.requests.at(-1)?.fault) return;
    const body: unknown = await response.clone().json();
    const errors = contractErrors(match.route.operation, response.status, body);
    if (errors.length > 0) violations.push(`${request.method} ${url.pathname}: ${JSON.stringify(errors)}`);
  });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    harness.use(options);
    violations.length = 0;
  });
  afterEach(() => {
    expect(violations, 'every answer matches the OpenAPI spec').toEqual([]);
  });
  afterAll(() => server.close());
  return harness;
}
