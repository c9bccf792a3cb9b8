/**
 * Regression: `createMockControlClient({ baseUrl, timeout: 1000 })` was accepted, the misspelt
 * key dropped in silence; `baseURL` was reported as a missing `baseUrl`; and
 * `requests({ operation: 'getTaskRcord' })` type-checked and sent a filter that matches nothing,
 * so a test asserting "no such request" passed on a typo. Each is now refused with a TypeError
 * naming the key (or the name) and listing the known ones, before anything is sent.
 */
import { describe, expect, it, vi } from 'vitest';
import { operationTable } from '../../src/client/operation-table.js';
import { operationNames } from '../../src/control/control-arguments.js';
import { createMockControlClient, type MockControlClientOptions } from '../../src/control/index.js';

const controlOptions = 'baseUrl, fetch, headers, timeoutMs';
const operations =
  'getBlockRecords, getBlockRecord, stopTask, getExecutionResults, getTaskRecord, retryTask, setTaskError';

describe('createMockControlClient refuses an unknown option', () => {
  it.each([
    ['timeout', { baseUrl: 'http://h.test', timeout: 1_000 }],
    ['baseURL', { baseURL: 'http://h.test' }],
    ['token', { baseUrl: 'http://h.test', token: 's3cret' }],
  ])('%s', (key, options) => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    expect(() => createMockControlClient({ ...options, fetch } as MockControlClientOptions)).toThrow(
      new TypeError(
        `[vwed] createMockControlClient: option ${key} must be one of the known options (${controlOptions}), got "…"`,
      ),
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it('never shows the unknown option’s value (a misplaced token stays out of the message)', () => {
    expect(() => createMockControlClient({ baseUrl: 'http://h.test', token: 's3cret' } as never)).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('s3cret') }),
    );
  });
});

describe('requests refuses an operation the task-record API does not have', () => {
  it.each(['getTaskRcord', 'runTask', 'GetTaskRecord', ''])(
    '%j, before anything is sent',
    async (operation) => {
      const fetch = vi.fn<typeof globalThis.fetch>();
      const control = createMockControlClient({ baseUrl: 'http://h.test', fetch });
      await expect(control.requests({ operation: operation as never })).rejects.toThrow(
        new TypeError(
          `[vwed] requests: filter.operation must be one of ${operations}, got ${JSON.stringify(operation)}`,
        ),
      );
      expect(fetch).not.toHaveBeenCalled();
    },
  );

  it("knows the operation table's names, no more, no fewer (written out to keep the table out of the entry)", () => {
    expect(operationNames).toEqual(Object.keys(operationTable));
  });

  it('sends a known operation', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => Response.json({ requests: [] }));
    const control = createMockControlClient({ baseUrl: 'http://h.test', fetch });
    await expect(control.requests({ operation: 'getTaskRecord' })).resolves.toEqual([]);
    expect(fetch).toHaveBeenCalledOnce();
    const [request] = fetch.mock.calls[0] ?? [];
    expect(new URL((request as Request).url).searchParams.get('operation')).toBe('getTaskRecord');
  });
});
