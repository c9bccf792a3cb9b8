/**
 * Regression (found by the spec fuzzer): an injected fault answered whatever status it was
 * given, in the operation's failure envelope, even one the operation does not document
 * (getBlockRecord 500, getTaskRecord 503, stopTask 418, ...), and set-error's 422 came as
 * `{success: false, code, message}` where the spec documents a 422 as `{detail}`. A fault must
 * stay inside the contract: either `injectFault` refuses it (the control API then answers
 * 400), or the call it answers gets a status the operation documents, in the body documented
 * for that status, with the fault's status and message.
 */
import { describe, expect, it } from 'vitest';
import { createMockStore } from '../../mocks/index.js';
import { api, coreAnswer, seedBlock, seedTask, specFindings } from './spec-findings.js';

const cases = [
  ['getBlockRecord', 500, 'GET', `/block/${seedBlock}`],
  ['getBlockRecords', 404, 'GET', `/blocks/${seedTask}`],
  ['getTaskRecord', 503, 'GET', `/detail/${seedTask}`],
  ['getExecutionResults', 400, 'GET', `/execution/block/results/${seedTask}`],
  ['stopTask', 418, 'POST', `/stop/${seedTask}`],
  ['retryTask', 502, 'POST', `/retry/${seedTask}`],
  ['setTaskError', 422, 'POST', `/set-error/${seedTask}`],
  ['setTaskError', 401, 'POST', `/set-error/${seedTask}`],
] as const;

describe('an injected fault answers only what the spec documents for its operation', () => {
  for (const httpStatus of ['mirror', 'always-200'] as const) {
    it.each(cases)(`%s, fault %i (${httpStatus})`, (operation, status, method, rest) => {
      const store = createMockStore({ seed: 'doc-examples', httpStatus });
      const message = `injected fault ${status}`;
      try {
        store.injectFault({ operation, status, message, times: 1 });
      } catch (error) {
        // Refused at injection: the fault never reaches an answer.
        expect(error).toBeInstanceOf(TypeError);
        return;
      }
      const path = `${api}${rest}`;
      const answer = coreAnswer(store, method, path);
      expect(store.requests.at(-1)?.fault, 'the fault answered').toBe(true);
      const findings = specFindings({ method, path, httpStatus, fault: { status, message } }, answer);
      expect(findings, answer.text).toEqual([]);
    });
  }
});
