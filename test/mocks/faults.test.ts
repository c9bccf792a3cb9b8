/**
 * Injected faults and the R4 mode answer only what the spec documents (issue [2/5]): a fault
 * takes a failure status the spec documents for its operation, in the body documented for it,
 * and `always-200` applies to the seven operations, not to routing answers.
 */
import { describe, expect, it } from 'vitest';
import { documentedFailureStatuses } from '../../mocks/core/documented-failures.js';
import { createMockStore, handleMockRequest } from '../../mocks/index.js';
import type { OperationName } from '../../src/index.js';
import { contractErrors } from './spec-contract.js';

const base = '/api/vwed-task-record';
const docTaskId = '7b84fd4d-e947-4ec7-8535-05ede5f8aa9d';

/** One request of each operation against the doc-examples seed. */
const requests: Record<OperationName, { method: string; path: string; body: string | null }> = {
  getBlockRecords: { method: 'GET', path: `${base}/blocks/${docTaskId}`, body: null },
  getBlockRecord: { method: 'GET', path: `${base}/block/00b7dc0d-7c23-4dce-ae95-3618f2cad202`, body: null },
  stopTask: { method: 'POST', path: `${base}/stop/${docTaskId}`, body: null },
  getExecutionResults: { method: 'GET', path: `${base}/execution/block/results/${docTaskId}`, body: null },
  getTaskRecord: { method: 'GET', path: `${base}/detail/${docTaskId}`, body: null },
  retryTask: { method: 'POST', path: `${base}/retry/${docTaskId}`, body: null },
  setTaskError: {
    method: 'POST',
    path: `${base}/set-error/${docTaskId}`,
    body: JSON.stringify({ error_reason: '原因' }),
  },
};

describe('an injected fault', () => {
  const cases = Object.entries(documentedFailureStatuses).flatMap(([operation, statuses]) =>
    statuses.flatMap((status) =>
      (['mirror', 'always-200'] as const).map(
        (httpStatus) => [operation as OperationName, status, httpStatus] as const,
      ),
    ),
  );

  it.each(cases)('%s %i (%s) answers a body the spec documents for it', (operation, status, httpStatus) => {
    const store = createMockStore({ seed: 'doc-examples', httpStatus });
    store.injectFault({ operation, status, message: '故障' });
    const answer = handleMockRequest(store, { ...requests[operation], contentType: 'application/json' });
    expect(answer.status).toBe(httpStatus === 'mirror' ? status : 200);
    expect(contractErrors(operation, answer.status, answer.body)).toEqual([]);
  });

  it("on set-error: success: false beside the code, and FastAPI's {detail} for a 422", () => {
    const store = createMockStore({ seed: 'doc-examples' });
    store.injectFault({ operation: 'setTaskError', status: 503, message: '服务繁忙' });
    store.injectFault({ operation: 'setTaskError', status: 422, message: 'Field required' });
    const call = () =>
      handleMockRequest(store, { ...requests.setTaskError, contentType: 'application/json' });
    expect(call().body).toEqual({ success: false, code: 503, message: '服务繁忙' });
    expect(call()).toMatchObject({ status: 422, body: { detail: 'Field required' } });
  });

  it.each([
    ['getTaskRecord', 401],
    ['getTaskRecord', 400],
    ['getBlockRecords', 404],
    ['stopTask', 404],
    ['getTaskRecord', 422],
    ['setTaskError', 405],
    ['retryTask', 418],
    ['stopTask', 200],
  ] as const)(
    'is refused for %s %i, which the spec does not document, and nothing is queued',
    (operation, status) => {
      const store = createMockStore({ seed: 'doc-examples' });
      expect(() => store.injectFault({ operation, status })).toThrow(
        new RegExp(`injectFault: status ${status} is not documented for ${operation}; one of \\d+`),
      );
      expect(store.snapshot().faults).toEqual([]);
    },
  );
});

describe("httpStatus 'always-200' (ruling R4)", () => {
  // Regression: it also turned routing answers, which belong to no operation, into HTTP 200.
  it.each([
    ['an unknown route', 'GET', `${base}/nowhere`, 404],
    ['a path outside the API', 'GET', '/other', 404],
    ['a wrong method', 'DELETE', `${base}/detail/x`, 405],
    ['GET on a POST route', 'GET', `${base}/stop/x`, 405],
  ])('leaves %s its own status (%s %s: %i)', (_name, method, path, status) => {
    const store = createMockStore({ seed: 'doc-examples', httpStatus: 'always-200' });
    const answer = handleMockRequest(store, { method, path, body: null });
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject({ code: status });
  });

  it('answers each operation failure as HTTP 200, with a body the 200 response documents', () => {
    const store = createMockStore({ seed: 'doc-examples', httpStatus: 'always-200' });
    const answer = handleMockRequest(store, { method: 'POST', path: `${base}/stop/nope`, body: null });
    expect(answer).toMatchObject({ status: 200, body: { code: 400 } });
    expect(contractErrors('stopTask', 200, answer.body)).toEqual([]);
  });
});
