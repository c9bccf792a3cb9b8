/**
 * Regression (from the same issue; the fuzzer reaches it only through an injected 500 on
 * getBlockRecord, since no request makes the mock fail): a failure inside the mock is answered
 * 500 in the operation's failure envelope, and getBlockRecord documents no 500. Every
 * operation's answer to an internal failure must be one the spec documents for it.
 */
import { describe, expect, it, vi } from 'vitest';
import { createMockStore } from '../../mocks/index.js';
import { recordsOf } from '../mocks/records-of.js';
import { api, coreAnswer, seedBlock, seedTask, specFindings } from './spec-findings.js';

describe('an internal failure is answered as each operation documents', () => {
  it.each([
    ['getBlockRecords', 'GET', `/blocks/${seedTask}`],
    ['getBlockRecord', 'GET', `/block/${seedBlock}`],
    ['getExecutionResults', 'GET', `/execution/block/results/${seedTask}`],
    ['getTaskRecord', 'GET', `/detail/${seedTask}`],
    ['stopTask', 'POST', `/stop/${seedTask}`],
    ['retryTask', 'POST', `/retry/${seedTask}`],
    ['setTaskError', 'POST', `/set-error/${seedTask}`],
  ])('%s', (_operation, method, rest) => {
    const store = createMockStore({ seed: 'doc-examples' });
    // Every operation reads the records: here that fails as a bug would.
    const records = recordsOf(store);
    const spies = (['task', 'blockRecord', 'blockRecordsOf'] as const).map((read) =>
      vi.spyOn(records, read).mockImplementation(() => {
        throw new Error('simulated failure');
      }),
    );
    const path = `${api}${rest}`;
    const answer = coreAnswer(store, method, path);
    expect(
      spies.some((spy) => spy.mock.calls.length > 0),
      'the simulated failure happened',
    ).toBe(true);
    const findings = specFindings({ method, path }, answer)
      // An internal failure is the one 5xx no fault explains: that part is the point of the test.
      .filter((finding) => !finding.startsWith('5xx without a due fault'));
    expect(findings, answer.text).toEqual([]);
  });
});
