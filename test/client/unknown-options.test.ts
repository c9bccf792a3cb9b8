/**
 * Regression: a misspelt option was accepted in silence and its default taken instead
 * (`timeout` for `timeoutMs`: no time limit at all; `interval` for `intervalMs`). Unknown keys
 * are now refused at once with a TypeError that names the key and lists the known ones, as the
 * mocks refuse theirs, and before any other check: `baseURL` is named as unknown instead of
 * `baseUrl` being reported as missing. Nothing is sent.
 */
import { describe, expect, it, vi } from 'vitest';
import { createTaskRecordClient, type TaskRecordClientOptions } from '../../src/index.js';

const clientOptions = 'baseUrl, fetch, headers, timeoutMs, retry, validate, middleware';
const origin = 'http://engine.test';

describe('createTaskRecordClient refuses an unknown option', () => {
  it.each([
    ['timeout', { baseUrl: origin, timeout: 1_000 }],
    ['baseURL', { baseURL: origin }],
    ['retries', { baseUrl: origin, retries: 3 }],
    ['signal', { baseUrl: origin, signal: new AbortController().signal }],
  ])('%s', (key, options) => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    expect(() => createTaskRecordClient({ ...options, fetch } as TaskRecordClientOptions)).toThrow(
      new TypeError(
        `[vwed] createTaskRecordClient: option ${key} must be one of the known options (${clientOptions}), got "…"`,
      ),
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it('names the unknown key before checking the known ones', () => {
    expect(() => createTaskRecordClient({ baseUrl: 42, timeOut: 5 } as never)).toThrow(
      /option timeOut must be one of the known options/,
    );
  });

  it('still refuses options that are not an object', () => {
    expect(() => createTaskRecordClient('http://engine.test' as never)).toThrow(
      new TypeError('[vwed] createTaskRecordClient: options must be an object, got "http://engine.test"'),
    );
  });

  it('accepts every known option', () => {
    expect(() =>
      createTaskRecordClient({
        baseUrl: origin,
        fetch: vi.fn(),
        headers: {},
        timeoutMs: 1_000,
        retry: false,
        validate: false,
        middleware: [],
      }),
    ).not.toThrow();
  });
});

describe('waitForTask refuses an unknown option', () => {
  it.each([
    ['interval', { interval: 5 }],
    ['timeout', { timeout: 60_000 }],
    ['onChange', { onChange: () => {} }],
  ])('%s, before any poll', async (key, options) => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    const client = createTaskRecordClient({ baseUrl: origin, fetch });
    await expect(client.waitForTask('x', options as never)).rejects.toThrow(
      new TypeError(
        `[vwed] waitForTask: option ${key} must be one of the known options (intervalMs, timeoutMs, signal, onUpdate), got "…"`,
      ),
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses options that are not an object, before any poll', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    const client = createTaskRecordClient({ baseUrl: origin, fetch });
    await expect(client.waitForTask('x', 1_000 as never)).rejects.toThrow(
      new TypeError('[vwed] waitForTask: options must be an object, got 1000'),
    );
    expect(fetch).not.toHaveBeenCalled();
  });
});
