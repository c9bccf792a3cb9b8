/**
 * The two places the control client drives the same core: the MSW handlers with
 * `control: true` (msw/node, in this process) and the reference server (real sockets on
 * 127.0.0.1, port 0). A target's client sends through a fetch that records every request and
 * holds every answer to openapi/mock-control.yaml, so each test also checks the contract.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createMockStore, createTaskRecordHandlers, type MockStore } from '../../mocks/index.js';
import type { MockStoreOptions } from '../../mocks/store/mock-store-options.js';
import { createMockControlClient, type MockControlClient } from '../../src/control/index.js';
import { expectDocumented } from '../server/control-contract.js';
import { startTestServer } from '../server/harness.js';

export const targetNames = ['msw', 'server'] as const;
export type TargetName = (typeof targetNames)[number];

/** The origin the MSW handlers answer: only it, so that requests to a real server pass by. */
export const mswOrigin = 'http://engine.test';

/** One request the client sent, as the target saw it. */
export interface SentRequest {
  method: string;
  /** Path and query, after the base URL. */
  path: string;
  headers: Headers;
}

export interface ControlTarget {
  name: TargetName;
  baseUrl: string;
  /** The store behind the control API: the same process in both cases, for checking effects. */
  store: MockStore;
  /** Every request the target's clients sent, oldest first. */
  sent: SentRequest[];
  /** A control client of the target, every answer held to the spec. */
  control: MockControlClient;
  /** A fetch that records requests in `sent` and holds each answer to the spec. */
  fetch: typeof globalThis.fetch;
}

export const msw = setupServer();

/**
 * Installs MSW for the calling test file: a request MSW does not handle fails the test, except
 * one to the reference server on 127.0.0.1, which goes on to the socket.
 */
export function useControlTargets(): void {
  beforeAll(() =>
    msw.listen({
      onUnhandledRequest: (request, print) => {
        if (new URL(request.url).hostname !== '127.0.0.1') print.error();
      },
    }),
  );
  afterEach(() => msw.resetHandlers());
  afterAll(() => msw.close());
}

/** A fetch that records each request into `sent` and holds each answer to the control spec. */
export function checkedFetch(baseUrl: string, sent: SentRequest[]): typeof globalThis.fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const path = `${url.pathname.slice(new URL(baseUrl).pathname.replace(/\/$/, '').length)}${url.search}`;
    sent.push({ method: request.method, path, headers: request.headers });
    const response = await globalThis.fetch(request);
    const text = await response.clone().text();
    const body = text === '' ? null : JSON.parse(text);
    expectDocumented(request.method, path, { status: response.status, headers: response.headers, body });
    return response;
  };
}

/** A fresh store (default options: empty seed, virtual clock, random seed 1) served by the target. */
export async function startTarget(
  name: TargetName,
  storeOptions: MockStoreOptions = {},
): Promise<ControlTarget> {
  const store = createMockStore(storeOptions);
  let baseUrl = mswOrigin;
  if (name === 'msw') msw.use(...createTaskRecordHandlers({ store, control: true, baseUrl }));
  else baseUrl = (await startTestServer({ store })).url;
  const sent: SentRequest[] = [];
  const fetch = checkedFetch(baseUrl, sent);
  return { name, baseUrl, store, sent, fetch, control: createMockControlClient({ baseUrl, fetch }) };
}
