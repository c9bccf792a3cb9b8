/**
 * Regression: `taskRecordQueries(client, { pollInterval: 1000 })` and `taskRecordQueries(client,
 * 1000)` were accepted, polling at the default in silence; `setError.mutationFn('id')` (a bare
 * ID, as stop and retry take) said "taskRecordId must be ..., got undefined". Each is now
 * refused with a TypeError that says what was expected, before anything is sent.
 */
import { QueryClient } from '@tanstack/query-core';
import { describe, expect, it, vi } from 'vitest';
import { createTaskRecordClient } from '../../src/index.js';
import { taskRecordMutations, taskRecordQueries } from '../../src/query/index.js';

/** A client whose fetch must never be called, and that fetch. */
function unsentClient() {
  const fetch = vi.fn<typeof globalThis.fetch>();
  return { client: createTaskRecordClient({ baseUrl: 'http://engine.test', fetch }), fetch };
}

describe('taskRecordQueries refuses options it does not know', () => {
  it.each(['pollInterval', 'refetchInterval', 'intervalMs'])('%s', (key) => {
    const { client, fetch } = unsentClient();
    expect(() => taskRecordQueries(client, { [key]: 1_000 } as never)).toThrow(
      new TypeError(
        `[vwed] taskRecordQueries: option ${key} must be one of the known options (pollIntervalMs), got "…"`,
      ),
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it.each([
    [1_000, 'got 1000'],
    [null, 'got null'],
    ['1000', 'got "1000"'],
  ])('options %j that are not an object', (options, got) => {
    const { client } = unsentClient();
    expect(() => taskRecordQueries(client, options as never)).toThrow(
      new TypeError(`[vwed] taskRecordQueries: options must be an object, ${got}`),
    );
  });

  it('takes { pollIntervalMs }, {} and no options', () => {
    const { client } = unsentClient();
    expect(() => taskRecordQueries(client, { pollIntervalMs: 500 })).not.toThrow();
    expect(() => taskRecordQueries(client, {})).not.toThrow();
    expect(() => taskRecordQueries(client)).not.toThrow();
  });
});

describe('setError refuses variables that are not { taskRecordId, errorReason }', () => {
  it.each([
    ['a bare ID', 'r1', 'variables must be { taskRecordId, errorReason }, got "r1"'],
    ['null', null, 'variables must be { taskRecordId, errorReason }, got null'],
    ['nothing', undefined, 'variables must be { taskRecordId, errorReason }, got undefined'],
    [
      'a misspelt key',
      { taskRecordId: 'r1', reason: '现场人工干预' },
      'variables.reason must be one of the known options (taskRecordId, errorReason), got "…"',
    ],
  ])('%s, before anything is sent', async (_, variables, message) => {
    const { client, fetch } = unsentClient();
    const { setError } = taskRecordMutations(client, new QueryClient());
    await expect(setError.mutationFn(variables as never)).rejects.toThrow(
      new TypeError(`[vwed] taskRecordMutations.setError: ${message}`),
    );
    expect(fetch).not.toHaveBeenCalled();
  });
});
