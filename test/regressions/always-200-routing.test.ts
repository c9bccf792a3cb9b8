/**
 * Regression (found by the spec fuzzer): with `httpStatus: 'always-200'`, a path no operation
 * has and a method a path does not take were answered HTTP 200 too. That mode is ruling R4 of
 * the task-record operations (HTTP 200, the failure's code in the body); a request that is no
 * operation's keeps its real answer: 404, or 405 with `Allow`, and an `ErrorResponse` whose
 * code is the status, on both adapters (asked of the core they answer through).
 */
import { describe, expect, it } from 'vitest';
import { createMockStore, handleMockRequest } from '../../mocks/index.js';
import { api, seedTask, specFindings, wireOf } from './spec-findings.js';

describe('in always-200 mode, unknown routes and wrong methods keep their real status', () => {
  it.each([
    ['a path no operation has', 'GET', `${api}/nope`],
    ['an operation path with a segment too many', 'POST', `${api}/stop/${seedTask}/now`],
    ['a GET path asked with POST', 'POST', `${api}/detail/${seedTask}`],
    ['a POST path asked with GET', 'GET', `${api}/set-error/${seedTask}`],
    ['a method no path takes', 'DELETE', `${api}/block/${seedTask}`],
  ])('%s: %s %s', (_name, method, path) => {
    const store = createMockStore({ seed: 'doc-examples', httpStatus: 'always-200' });
    const answer = handleMockRequest(store, { method, path, body: null });
    expect(specFindings({ method, path, httpStatus: 'always-200' }, wireOf(answer))).toEqual([]);
  });
});
