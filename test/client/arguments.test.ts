/**
 * Bad arguments never reach the network, and IDs cannot change the route.
 */
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createTaskRecordClient } from '../../src/index.js';
import { apiUrl, origin, server, useMswServer } from './msw.js';
import { specExample } from './spec-examples.js';

useMswServer();

const client = createTaskRecordClient({ baseUrl: origin });

/** Counts every request that reaches the mock, whatever its path. */
function countRequests() {
  const seen: string[] = [];
  server.use(
    http.all(`${origin}/*`, ({ request }) => {
      seen.push(new URL(request.url).pathname);
      return HttpResponse.json(specExample('getTaskRecord', '200'));
    }),
  );
  return seen;
}

describe('IDs', () => {
  it.each([
    ['an empty string', '', /taskRecordId must be a non-blank string other than "\." and "\.\.", got ""$/],
    ['white space', '   ', /taskRecordId must be a non-blank string .*, got " {3}"$/],
    ['a number', 42, /taskRecordId must be a non-blank string .*, got 42$/],
    ['undefined', undefined, /taskRecordId must be a non-blank string .*, got undefined$/],
    ['null', null, /taskRecordId must be a non-blank string .*, got null$/],
    ['an object', { id: 'x' }, /taskRecordId must be a non-blank string .*, got an object$/],
    ['"."', '.', /taskRecordId must be a non-blank string other than "\." and "\.\.", got "\."$/],
    ['"..", which the URL parser would resolve away', '..', /, got "\.\."$/],
  ])('%s rejects with a TypeError and sends nothing', async (_name, id, message) => {
    const seen = countRequests();
    for (const call of [
      () => client.getTaskRecord(id as string),
      () => client.getBlockRecords(id as string),
      () => client.stopTask(id as string),
      () => client.retryTask(id as string),
      () => client.getExecutionResults(id as string),
      () => client.setTaskError(id as string, 'reason'),
      () => client.waitForTask(id as string),
    ]) {
      await expect(call()).rejects.toThrow(TypeError);
      await expect(call()).rejects.toThrow(message);
    }
    await expect(client.getBlockRecord(id as string)).rejects.toThrow(/blockRecordId/);
    expect(seen).toEqual([]);
  });

  // Regression: a lone surrogate rejected with a raw URIError ("URI malformed") thrown by
  // encodeURIComponent inside openapi-fetch, not the documented TypeError.
  it.each([
    ['a lone high surrogate', '\uD800'],
    ['a lone low surrogate', 'a\uDC00b'],
    ['a pair in the wrong order', '\uDC00\uD800'],
    ['a pair cut in half', '😀'.slice(0, 1)],
  ])('%s in an ID rejects with a TypeError, not a URIError, and sends nothing', async (_name, id) => {
    const seen = countRequests();
    for (const call of [
      () => client.getTaskRecord(id),
      () => client.getBlockRecords(id),
      () => client.stopTask(id),
      () => client.retryTask(id),
      () => client.getExecutionResults(id),
      () => client.setTaskError(id, 'reason'),
      () => client.waitForTask(id),
    ]) {
      const error = await call().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toMatch(
        /^\[vwed\] \w+: taskRecordId must be well-formed Unicode, got "/,
      );
    }
    await expect(client.getBlockRecord(id)).rejects.toThrow(/blockRecordId must be well-formed Unicode/);
    expect(seen).toEqual([]);
  });

  it('a well-formed pair (an emoji) is sent, percent-encoded as UTF-8', async () => {
    const seen = countRequests();
    await client.getTaskRecord('a😀');
    expect(seen).toEqual(['/api/vwed-task-record/detail/a%F0%9F%98%80']);
  });

  it.each([
    ['../x', '..%2Fx'],
    ['a/b', 'a%2Fb'],
    ['?q=1', '%3Fq%3D1'],
    ['#frag', '%23frag'],
    ['a b', 'a%20b'],
    ['任务', '%E4%BB%BB%E5%8A%A1'],
  ])('%s is percent-encoded into one path segment', async (id, encoded) => {
    const seen = countRequests();
    await client.getTaskRecord(id);
    expect(seen).toEqual([`/api/vwed-task-record/detail/${encoded}`]);
  });
});

describe("set-error's reason", () => {
  it.each([
    ['missing', undefined, /errorReason must be a non-blank string, got undefined$/],
    ['empty', '', /errorReason must be a non-blank string, got ""$/],
    ['blank', ' \n\t', /errorReason must be a non-blank string, got " \\n\\t"$/],
    ['a number', 7, /errorReason must be a non-blank string, got 7$/],
    // No URIError here (a body is JSON, which escapes it), but no server can store it as UTF-8.
    [
      'a lone surrogate',
      'disk \uD83D full',
      /errorReason must be well-formed Unicode, got "disk \\ud83d full"$/,
    ],
  ])('%s rejects with a TypeError and sends nothing', async (_name, reason, message) => {
    const seen = countRequests();
    await expect(client.setTaskError('x', reason as string)).rejects.toThrow(TypeError);
    await expect(client.setTaskError('x', reason as string)).rejects.toThrow(message);
    expect(seen).toEqual([]);
  });
});

it('sends to the documented base path under an origin, a prefix, or the full base', async () => {
  const seen: string[] = [];
  server.use(
    http.all('*', ({ request }) => {
      seen.push(request.url);
      return HttpResponse.json(specExample('getTaskRecord', '200'));
    }),
  );
  await createTaskRecordClient({ baseUrl: 'http://engine.test' }).getTaskRecord('a');
  await createTaskRecordClient({ baseUrl: 'http://gw.test/vwed/' }).getTaskRecord('b');
  await createTaskRecordClient({ baseUrl: `${apiUrl}/` }).getTaskRecord('c');
  expect(seen).toEqual([
    `${apiUrl}/detail/a`,
    'http://gw.test/vwed/api/vwed-task-record/detail/b',
    `${apiUrl}/detail/c`,
  ]);
});
