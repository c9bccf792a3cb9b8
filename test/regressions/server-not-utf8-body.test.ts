/**
 * Regression (found by the spec fuzzer): the reference server refuses a body that is not
 * UTF-8 before it routes, with a bare `{code: 400, message}`. So set-error's 400 lacked
 * `success: false`, the answer ignored always-200 mode (HTTP 400), and a path no operation has
 * answered 400 instead of 404. Through MSW the same bytes reach the core and are answered as
 * documented. Each answer must be what the spec documents for the path.
 */
import { describe, expect, it } from 'vitest';
import { rawRequest, startTestServer } from '../server/harness.js';
import { api, seedTask, specFindings, wireOfRaw } from './spec-findings.js';

const notUtf8 = Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]);

async function post(httpStatus: 'mirror' | 'always-200', path: string) {
  const server = await startTestServer({ httpStatus });
  const head =
    `POST ${path} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n` +
    `content-type: application/json\r\ncontent-length: ${notUtf8.length}\r\n\r\n`;
  const { text } = await rawRequest(server, [head, notUtf8]);
  return wireOfRaw(text);
}

describe('a request body that is not UTF-8 is answered as the spec documents for the path', () => {
  it.each([
    ['set-error', 'mirror', `${api}/set-error/${seedTask}`],
    ['set-error', 'always-200', `${api}/set-error/${seedTask}`],
    ['stop', 'always-200', `${api}/stop/${seedTask}`],
    ['a path no operation has (404)', 'mirror', `${api}/nope`],
    ['a GET path asked with POST (405)', 'mirror', `${api}/detail/${seedTask}`],
  ] as const)('%s (%s)', async (_name, httpStatus, path) => {
    const answer = await post(httpStatus, path);
    expect(specFindings({ method: 'POST', path, httpStatus }, answer), answer.text).toEqual([]);
  });
});
