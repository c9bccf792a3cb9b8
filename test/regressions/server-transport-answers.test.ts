/**
 * Regression (found by the spec fuzzer, 408 from the same issue): the reference server's own
 * answers to what it will not read, 431 for a request line over Node's 16 KiB header limit (an
 * ID of 10,000+ characters, percent-encoded), 413 for a body over 1 MiB and 408 for a request
 * that stalls, answer requests of operations that document none of these statuses. Each must
 * be a status the operation documents, with the body documented for it. (These keep their
 * HTTP status in always-200 mode: the fuzzer does not ask that of transport answers.)
 */
import { describe, expect, it } from 'vitest';
import { rawRequest, startTestServer } from '../server/harness.js';
import { HEAVY_TIMEOUT_MS } from '../timeouts.js';
import { api, seedTask, specFindings, wireOfRaw } from './spec-findings.js';

describe("the server's transport answers are documented for the operation they answer", () => {
  it('an ID of 20,000 characters, percent-encoded (431 today)', async () => {
    const server = await startTestServer();
    const path = `${api}/detail/${'%E4%BB%BB'.repeat(20_000)}`;
    const raw = await rawRequest(server, [`GET ${path} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n`]);
    const answer = wireOfRaw(raw.text);
    expect(specFindings({ method: 'GET', path }, answer), answer.text).toEqual([]);
  });

  it.each([
    ['set-error', `${api}/set-error/${seedTask}`],
    ['stop', `${api}/stop/${seedTask}`],
  ])('%s with a body over 1 MiB (413 today)', async (_name, path) => {
    const server = await startTestServer();
    const body = Buffer.from(JSON.stringify({ error_reason: 'x'.repeat(1024 * 1024) }));
    const head =
      `POST ${path} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n` +
      `content-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n`;
    const answer = wireOfRaw((await rawRequest(server, [head, body])).text);
    expect(specFindings({ method: 'POST', path }, answer), answer.text).toEqual([]);
  });

  it('a set-error whose body stalls (408 today)', { timeout: HEAVY_TIMEOUT_MS }, async () => {
    const server = await startTestServer({ requestTimeoutMs: 200 });
    const path = `${api}/set-error/${seedTask}`;
    const head =
      `POST ${path} HTTP/1.1\r\nhost: x\r\n` +
      'content-type: application/json\r\ncontent-length: 100\r\n\r\n{"err';
    const raw = await rawRequest(server, [head], { waitMs: 5_000 });
    const answer = wireOfRaw(raw.text);
    expect(specFindings({ method: 'POST', path }, answer), answer.text).toEqual([]);
  });
});
