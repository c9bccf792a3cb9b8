/**
 * The MSW server of the client tests, with the house rules: unhandled requests fail the
 * test, handlers are reset after each test.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

export const origin = 'http://engine.test';
export const apiUrl = `${origin}/api/vwed-task-record`;

export const server = setupServer();

/** Installs the server's lifecycle in the calling test file. */
export function useMswServer(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}
