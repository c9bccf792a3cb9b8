/**
 * Regression (found by the spec fuzzer): through MSW, a path with an escape that does not
 * decode never reached the package's handler. MSW's own URL matching (path-to-regexp)
 * threw a URIError during the handler lookup, and MSW answered its own 500
 * `{name: "URIError", message, stack}`: not the spec's envelope, a 5xx with no fault, and a
 * 500 where a wrong method is a 405. The reference server answers the same paths itself, so
 * the two adapters disagreed. Each answer must be what the spec documents for the path.
 */
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockStore, createTaskRecordHandlers } from '../../mocks/index.js';
import { api, specFindings } from './spec-findings.js';

const origin = 'http://engine.test';

describe('MSW answers a path with an undecodable escape as the spec documents, not with its own 500', () => {
  const msw = setupServer();
  beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => msw.close());

  it.each([
    ['a GET of an operation', 'GET', `${api}/detail/%ZZ`],
    ['an encoded lone surrogate', 'GET', `${api}/blocks/%ED%A0%80`],
    ['set-error', 'POST', `${api}/set-error/%E4%B8`],
    ['a wrong method (405)', 'PUT', `${api}/detail/%ZZ`],
    ['a path no operation has (404)', 'GET', `${api}/nope/%`],
  ])('%s: %s %s', async (_name, method, path) => {
    const store = createMockStore({ seed: 'doc-examples' });
    msw.resetHandlers(...createTaskRecordHandlers({ store, baseUrl: origin }));
    const response = await fetch(`${origin}${path}`, {
      method,
      ...(method === 'POST'
        ? { headers: { 'content-type': 'application/json' }, body: '{"error_reason":"系统异常"}' }
        : {}),
    });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const answer = { status: response.status, headers, text: await response.text() };
    expect(specFindings({ method, path }, answer), answer.text).toEqual([]);
  });
});
