/**
 * The control token (`controlToken`, `--control-token`, VWED_MOCK_CONTROL_TOKEN): with one, the
 * control API answers only requests that carry it as `Authorization: Bearer <token>`, a refused
 * request changes nothing, and the token shows nowhere: no answer, log line or error holds it.
 * Without one, the server will not open the control API beyond loopback. Real sockets, port 0.
 */
import { describe, expect, it, vi } from 'vitest';
import { isMockInputError } from '../../mocks/index.js';
import { cliFailureMessage } from '../../mocks/server/cli-failure-message.js';
import { ExposedControlError } from '../../mocks/server/exposed-control-error.js';
import { type MockServerOptions, startMockServer } from '../../mocks/server/index.js';
import { isLoopbackHost } from '../../mocks/server/is-loopback-host.js';
import { CliUsageError, parseCliArguments } from '../../mocks/server/parse-cli-arguments.js';
import type { MockServer } from '../../mocks/server/start-mock-server.js';
import { deref, type Json, type JsonObject, listOperations, loadControlSpec } from '../spec/load-spec.js';
import { createSpecValidator } from '../spec/validator.js';
import { SPAWN_TIMEOUT_MS } from '../timeouts.js';
import { type CliRun, exitWithin, runCli, serverUrl } from './cli-process.js';
import { type JsonAnswer, request, startTestServer } from './harness.js';

/** 40 characters, every one a printable ASCII character a token may hold. */
const token = 'vwed-Tok3n_~!#$%&*+./:;=?@^|<>[]{}()xyzQ';
/** Another token of the same length, which differs only in its last character. */
const sameLength = `${token.slice(0, -1)}R`;
const bearer = (value: string) => ({ authorization: `Bearer ${value}` });
const api = '/api/vwed-task-record';
const docTaskId = '7b84fd4d-e947-4ec7-8535-05ede5f8aa9d';

const spec = loadControlSpec();
const validator = createSpecValidator(spec);

/** Everything an answer shows a client: status line aside, its headers and its body. */
function shown(answer: JsonAnswer): string {
  return `${JSON.stringify([...answer.headers])}\n${JSON.stringify(answer.body)}`;
}

/** Fails unless the answer is the documented 401: its body against the spec, its challenge. */
function expectUnauthorized(answer: JsonAnswer, reason: RegExp): void {
  expect(answer.status).toBe(401);
  expect(answer.body).toEqual({ code: 401, message: expect.stringMatching(/^未授权: /) });
  expect((answer.body as { message: string }).message).toMatch(reason);
  expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer realm="vwed-mock-control"/);
  const unauthorized = deref(spec, { $ref: '#/components/responses/Unauthorized' }) as JsonObject;
  const media = (unauthorized.content as JsonObject)['application/json'] as JsonObject;
  expect(validator.compile(media.schema as Json)(answer.body)).toBe(true);
}

/** A server holding a token, with state a wrongly accepted request would change. */
async function guardedServer(options: MockServerOptions = {}): Promise<MockServer> {
  const server = await startTestServer({ controlToken: token, ...options });
  const fault = await request(server, 'POST', '/__mock/faults', {
    json: { operation: 'retryTask', status: 500 },
    headers: bearer(token),
  });
  expect(fault.status).toBe(201);
  // A journal entry too: the snapshot below holds every part of the state.
  expect((await request(server, 'GET', `${api}/detail/${docTaskId}`)).status).toBe(200);
  return server;
}

/** Every control request a client could try, with a body where the path takes one. */
const controlRequests: [string, string, unknown][] = [
  ['POST', '/__mock/reset', {}],
  ['POST', '/__mock/faults', { operation: 'stopTask', status: 500 }],
  ['POST', '/__mock/clock/advance', { ms: 60_000 }],
  ['POST', '/__mock/tasks', { definitionId: 'no-such' }],
  ['POST', '/__mock/definitions', { id: 'x' }],
  ['GET', '/__mock/snapshot', undefined],
  // A path that is none, the prefix itself and a wrong method: 401 first, so that a caller
  // without the token does not learn which paths exist.
  ['GET', '/__mock/nope', undefined],
  ['GET', '/__mock', undefined],
  ['DELETE', '/__mock/reset', undefined],
];

describe('a server with a control token', () => {
  it.each([
    ['no Authorization header', {}, /requires Authorization: Bearer/],
    ['an empty one', { authorization: '' }, /requires Authorization: Bearer/],
    [
      'another scheme',
      { authorization: `Basic ${Buffer.from(`u:${token}`).toString('base64')}` },
      /Bearer scheme/,
    ],
    ['the token without a scheme', { authorization: token }, /Bearer scheme/],
    ['Bearer and nothing', { authorization: 'Bearer' }, /Bearer scheme/],
    ['a wrong token of the same length', bearer(sameLength), /not the control token/],
    ['a shorter one', bearer(token.slice(0, 16)), /not the control token/],
    ['a longer one', bearer(`${token}x`), /not the control token/],
    [
      'the token with a space inside',
      bearer(`${token.slice(0, 8)} ${token.slice(8)}`),
      /not the control token/,
    ],
  ])('answers 401 to every control request with %s, and changes nothing', async (_case, headers, reason) => {
    const server = await guardedServer();
    const before = server.store.snapshot();
    for (const [method, path, json] of controlRequests) {
      const answer = await request(server, method, path, { json, headers });
      expectUnauthorized(answer, reason);
      expect(shown(answer)).not.toContain(token);
    }
    expect(server.store.snapshot()).toEqual(before);
  });

  it('says invalid_token in the challenge only when a token was sent', async () => {
    const server = await guardedServer();
    const missing = await request(server, 'GET', '/__mock/snapshot');
    expect(missing.headers.get('www-authenticate')).toBe('Bearer realm="vwed-mock-control"');
    const wrong = await request(server, 'GET', '/__mock/snapshot', { headers: bearer(sameLength) });
    expect(wrong.headers.get('www-authenticate')).toBe(
      'Bearer realm="vwed-mock-control", error="invalid_token"',
    );
  });

  it('answers with the right token as without one, the scheme in any case', async () => {
    const server = await guardedServer();
    const snapshot = await request(server, 'GET', '/__mock/snapshot', { headers: bearer(token) });
    expect(snapshot.status).toBe(200);
    expect(snapshot.body).toMatchObject({ faults: [expect.objectContaining({ operation: 'retryTask' })] });
    const advanced = await request(server, 'POST', '/__mock/clock/advance', {
      json: { ms: 1_000 },
      headers: { authorization: `bearer   ${token}` },
    });
    expect(advanced.status).toBe(200);
    // Past the token, the control API answers as it always does: 404, 405, 400.
    expect((await request(server, 'GET', '/__mock/nope', { headers: bearer(token) })).status).toBe(404);
    expect((await request(server, 'DELETE', '/__mock/reset', { headers: bearer(token) })).status).toBe(405);
    const bad = await request(server, 'POST', '/__mock/tasks', { body: '{', headers: bearer(token) });
    expect(bad.status).toBe(400);
    const reset = await request(server, 'POST', '/__mock/reset', { json: {}, headers: bearer(token) });
    expect(reset.status).toBe(200);
    expect(server.store.snapshot().faults).toEqual([]);
  });

  it('answers 401 before it reads a body: a body that is not JSON is not the 400', async () => {
    const server = await guardedServer();
    const answer = await request(server, 'POST', '/__mock/tasks', {
      body: 'not json',
      headers: { 'content-type': 'text/plain' },
    });
    expectUnauthorized(answer, /requires Authorization/);
  });

  it('keeps /healthz and the task-record API open', async () => {
    const server = await guardedServer();
    expect(await request(server, 'GET', '/healthz')).toMatchObject({ status: 200, body: { status: 'ok' } });
    const detail = await request(server, 'GET', `${api}/detail/${docTaskId}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ code: 200, data: { id: docTaskId } });
  });

  it('answers a CORS preflight without the token, allows the authorization header, and lets a page read a 401', async () => {
    const origin = 'http://localhost:5173';
    const server = await guardedServer({ cors: origin });
    const preflight = await request(server, 'OPTIONS', '/__mock/reset', {
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/\bauthorization\b/);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');

    const refused = await request(server, 'POST', '/__mock/reset', { json: {}, headers: { origin } });
    expectUnauthorized(refused, /requires Authorization/);
    expect(refused.headers.get('access-control-allow-origin')).toBe(origin);

    const done = await request(server, 'POST', '/__mock/reset', {
      json: {},
      headers: { origin, ...bearer(token) },
    });
    expect(done.status).toBe(200);
    expect(done.headers.get('access-control-allow-origin')).toBe(origin);
  });

  it('never shows the token: not in an answer, the console, nor what onError hears of a bug', async () => {
    const onError = vi.fn<(error: Error) => void>();
    const printed: unknown[] = [];
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((name) =>
      vi.spyOn(console, name).mockImplementation((...args: unknown[]) => void printed.push(...args)),
    );
    try {
      const server = await guardedServer({ onError });
      const answers: JsonAnswer[] = [];
      for (const headers of [{}, bearer(sameLength), bearer(token)]) {
        for (const [method, path, json] of controlRequests)
          answers.push(await request(server, method, path, { json, headers }));
      }
      // A bug of the mock's behind the token: the 500 and onError's error name the request only.
      vi.spyOn(server.store, 'snapshot').mockImplementationOnce(() => {
        throw new Error('boom');
      });
      const failed = await request(server, 'GET', '/__mock/snapshot', { headers: bearer(token) });
      expect(failed.status).toBe(500);
      answers.push(failed);
      expect(answers.map((answer) => answer.status)).toContain(200);
      for (const answer of answers) expect(shown(answer)).not.toContain(token);
      expect(onError).toHaveBeenCalledTimes(1);
      const reported = onError.mock.calls[0]?.[0] as Error;
      expect(`${reported.message} ${reported.stack} ${String(reported.cause)}`).not.toContain(token);
      expect(printed.map(String).join('\n')).not.toContain(token);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});

describe('startMockServer beyond loopback', () => {
  it.each(['0.0.0.0', '::', '192.0.2.1', 'example.test'])(
    'refuses host %s with the control API on and no token, before it listens, naming both ways out',
    async (host) => {
      const error = (await startMockServer({ host, port: 0 }).catch((caught: unknown) => caught)) as Error;
      // An ExposedControlError, not a ListenError: refused before any socket was opened.
      expect(error).toBeInstanceOf(ExposedControlError);
      expect(isMockInputError(error)).toBe(true);
      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toBe(
        `[vwed] startMockServer: refusing to serve the control API on ${host} without a token: anyone ` +
          'who can reach it could reset the state, inject faults or read the request journal. Pass ' +
          'controlToken (clients then send Authorization: Bearer <token>), or control: false to turn the control API off.',
      );
    },
  );

  it('starts on 0.0.0.0 with control: false, the control API closed', async () => {
    const server = await startTestServer({ host: '0.0.0.0', control: false });
    const local = { ...server, url: `http://127.0.0.1:${server.port}` };
    expect((await request(local, 'GET', '/healthz')).status).toBe(200);
    expect((await request(local, 'GET', '/__mock/snapshot')).status).toBe(404);
  });

  it('starts on 0.0.0.0 with a token, the control API behind it', async () => {
    const server = await startTestServer({ host: '0.0.0.0', controlToken: token });
    const local = { ...server, url: `http://127.0.0.1:${server.port}` };
    expectUnauthorized(await request(local, 'GET', '/__mock/snapshot'), /requires Authorization/);
    expect((await request(local, 'GET', '/__mock/snapshot', { headers: bearer(token) })).status).toBe(200);
  });

  it('starts on loopback without a token, the control API open as before', async () => {
    const server = await startTestServer({ host: 'localhost' });
    expect((await request(server, 'GET', '/__mock/snapshot')).status).toBe(200);
  });

  it.each([
    ['127.0.0.1', true],
    ['127.255.255.254', true],
    ['localhost', true],
    ['LocalHost', true],
    ['::1', true],
    ['0:0:0:0:0:0:0:1', true],
    ['::ffff:127.0.0.1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['128.0.0.1', false],
    ['10.0.0.1', false],
    ['192.168.1.10', false],
    ['::ffff:10.0.0.1', false],
    ['fe80::1', false],
    ['my-laptop', false],
    // A name that resolves to 127.0.0.1 is still a name: the check asks no resolver.
    ['127.0.0.1.nip.io', false],
    ['localhost.example.com', false],
    ['127.1', false],
  ])('counts %s as loopback: %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });
});

describe('the controlToken option', () => {
  it.each<[string, unknown, RegExp]>([
    ['empty', '', /got an empty string \(not shown\)$/],
    ['15 characters', 'Fifteen-chars!!', /got 15 characters \(not shown\)$/],
    ['1025 characters', 'L'.repeat(1025), /got 1025 characters \(not shown\)$/],
    ['with a space', 'sixteen chars ok+', /got a space or a character outside printable ASCII at position 8/],
    ['with a line break', 'sixteen-chars-ok\n', /at position 17/],
    ['with a tab', '\tsixteen-chars-ok', /at position 1/],
    ['not ASCII', 'sixteen-chars-ok-é', /at position 18/],
    ['a number', 1_234_567_890_123_456, /got a number \(not shown\)$/],
    ['null', null, /got null \(not shown\)$/],
  ])('refuses a token %s, without showing it', async (_case, value, reason) => {
    const error = (await startMockServer({ controlToken: value as string }).catch(
      (caught: unknown) => caught,
    )) as Error;
    expect(isMockInputError(error)).toBe(true);
    expect(error.message).toMatch(
      /^\[vwed\] startMockServer: option controlToken must be 16 to 1024 printable ASCII characters without spaces, got /,
    );
    expect(error.message).toMatch(reason);
    if (typeof value === 'string' && value !== '') expect(error.message).not.toContain(value.trim());
  });

  it('takes 16 and 1024 characters, any printable ASCII but the space', async () => {
    const printable = Array.from({ length: 94 }, (_, index) => String.fromCharCode(0x21 + index)).join('');
    for (const value of [printable.slice(0, 16), printable.repeat(11).slice(0, 1024), printable]) {
      const server = await startTestServer({ controlToken: value });
      expect((await request(server, 'GET', '/__mock/snapshot', { headers: bearer(value) })).status).toBe(200);
      expect((await request(server, 'GET', '/__mock/snapshot')).status).toBe(401);
    }
  });

  it('refuses a token with control: false (it would guard nothing), without showing it', async () => {
    const error = (await startMockServer({ control: false, controlToken: token }).catch(
      (caught: unknown) => caught,
    )) as Error;
    expect(error.message).toBe(
      '[vwed] startMockServer: option controlToken must be left out when control is false, got a token (not shown)',
    );
  });
});

describe('openapi/mock-control.yaml', () => {
  it('documents the token on every /__mock operation: bearerAuth or none, and the 401', () => {
    const schemes = (spec.components as JsonObject).securitySchemes as JsonObject;
    expect(schemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    const operations = listOperations(spec);
    expect(operations.length).toBeGreaterThan(5);
    for (const { path, operation } of operations) {
      const responses = operation.responses as JsonObject;
      if (path === '/healthz') {
        expect(operation.security ?? spec.security).toEqual([]);
        expect(responses['401']).toBeUndefined();
      } else {
        expect(operation.security, path).toEqual([{ bearerAuth: [] }, {}]);
        expect(responses['401'], path).toEqual({ $ref: '#/components/responses/Unauthorized' });
      }
    }
  });
});

describe('parseCliArguments: the control token', () => {
  const env = { VWED_MOCK_CONTROL_TOKEN: token };

  it('reads --control-token, else VWED_MOCK_CONTROL_TOKEN; the flag wins', () => {
    const optionsOf = (args: string[], from = {}) => {
      const command = parseCliArguments(args, from);
      return command.kind === 'start' ? command.options : undefined;
    };
    expect(optionsOf(['--control-token', token])?.controlToken).toBe(token);
    expect(optionsOf([`--control-token=${sameLength}`])?.controlToken).toBe(sameLength);
    expect(optionsOf([], env)?.controlToken).toBe(token);
    expect(optionsOf(['--control-token', sameLength], env)?.controlToken).toBe(sameLength);
    expect(optionsOf([])?.controlToken).toBeUndefined();
    // An exported variable is no request to serve the control API.
    expect(optionsOf(['--no-control'], env)).toMatchObject({ control: false });
    expect(optionsOf(['--no-control'], env)?.controlToken).toBeUndefined();
  });

  it.each<[string[], Record<string, string>, string]>([
    [
      ['--control-token', 'S3cret-short'],
      {},
      '--control-token must be 16 to 1024 printable ASCII characters without spaces, got 12 characters (not shown)',
    ],
    [
      ['--control-token='],
      {},
      '--control-token must be 16 to 1024 printable ASCII characters without spaces, got an empty string (not shown)',
    ],
    [
      [],
      { VWED_MOCK_CONTROL_TOKEN: 'S3cret token with spaces' },
      'VWED_MOCK_CONTROL_TOKEN must be 16 to 1024 printable ASCII characters without spaces, got a space or a character outside printable ASCII at position 7 (not shown)',
    ],
    // A `$(...)` that failed must not leave the server open in silence.
    [
      [],
      { VWED_MOCK_CONTROL_TOKEN: '' },
      'VWED_MOCK_CONTROL_TOKEN must be 16 to 1024 printable ASCII characters without spaces, got an empty string (not shown)',
    ],
    [
      ['--no-control', '--control-token', token],
      {},
      '--control-token has no use with --no-control: leave one of them out',
    ],
  ])('refuses %j with %j, without showing the token', (args, from, message) => {
    const error = (() => {
      try {
        parseCliArguments(args, from);
      } catch (caught) {
        return caught as Error;
      }
    })();
    expect(error).toBeInstanceOf(CliUsageError);
    expect(error?.message).toBe(message);
    expect(error?.message).not.toContain('S3cret');
    expect(error?.message).not.toContain(token);
  });

  it('says the refusal to serve beyond loopback with the flags that get past it', () => {
    expect(cliFailureMessage(new ExposedControlError('0.0.0.0'))).toBe(
      'vwed-mock-server: refusing to serve the control API on 0.0.0.0 without a token: anyone who can reach ' +
        'it could reset the state, inject faults or read the request journal. Pass --control-token TOKEN ' +
        '(or set VWED_MOCK_CONTROL_TOKEN), or --no-control to turn the control API off.',
    );
  });
});

/** The server's URL on 127.0.0.1, whatever host it listens on (0.0.0.0 takes it too). */
async function localUrl(run: CliRun): Promise<string> {
  const url = new URL(await serverUrl(run));
  return `http://127.0.0.1:${url.port}`;
}

// Every test here starts the CLI as a child process, through tsx.
describe('vwed-mock-server and the control token', { timeout: SPAWN_TIMEOUT_MS }, () => {
  it('exits 1 on --host 0.0.0.0 with the control API on and no token, naming both ways out', async () => {
    const run = runCli(['--port', '0', '--host', '0.0.0.0']);
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toBe(`${cliFailureMessage(new ExposedControlError('0.0.0.0'))}\n`);
    expect(run.stderr()).toContain('--control-token');
    expect(run.stderr()).toContain('--no-control');
    expect(run.stdout()).toBe('');
  });

  it('starts on 0.0.0.0 with --no-control, the control API closed', async () => {
    const run = runCli(['--port', '0', '--host', '0.0.0.0', '--no-control', '--seed', 'empty']);
    const url = await localUrl(run);
    expect(run.stdout()).toContain('control API off');
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/__mock/snapshot`)).status).toBe(404);
  });

  it('starts on 0.0.0.0 with the token from VWED_MOCK_CONTROL_TOKEN, and never prints it', async () => {
    const run = runCli(['--port', '0', '--host', '0.0.0.0', '--cors', '*'], {
      VWED_MOCK_CONTROL_TOKEN: token,
    });
    const url = await localUrl(run);
    expect(run.stdout()).toContain('control API on (token required)');
    const refused = await fetch(`${url}/__mock/snapshot`);
    expect(refused.status).toBe(401);
    expect(await refused.text()).not.toContain(token);
    const snapshot = await fetch(`${url}/__mock/snapshot`, { headers: bearer(token) });
    expect(snapshot.status).toBe(200);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    run.child.kill('SIGTERM');
    expect(await exitWithin(run, 2_000)).toBe(0);
    expect(`${run.stdout()}\n${run.stderr()}`).not.toContain(token);
  });

  it('takes --control-token on loopback; the banner suggests no request that needs it', async () => {
    const run = runCli(['--port', '0', '--seed', 'empty', '--control-token', token]);
    const url = await localUrl(run);
    const commands = [...run.stdout().matchAll(/^ {2}curl (\S+)$/gm)].map((match) => match[1] as string);
    expect(commands).toHaveLength(2);
    for (const target of commands) {
      expect(target).not.toContain('/__mock');
      expect((await fetch(target)).status).toBe(200);
    }
    expect((await fetch(`${url}/__mock/snapshot`)).status).toBe(401);
    expect((await fetch(`${url}/__mock/snapshot`, { headers: bearer(token) })).status).toBe(200);
    expect(`${run.stdout()}\n${run.stderr()}`).not.toContain(token);
  });

  it('exits 2 for a bad token, from the flag or the environment, without printing it', async () => {
    const secret = 'S3cret-but-short';
    const runs = [
      runCli(['--port', '0', '--control-token', secret.slice(0, 12)]),
      runCli(['--port', '0'], { VWED_MOCK_CONTROL_TOKEN: `${secret} with spaces` }),
    ];
    expect(await Promise.all(runs.map((run) => run.exited))).toEqual([2, 2]);
    expect(runs[0]?.stderr()).toContain('--control-token must be 16 to 1024 printable ASCII characters');
    expect(runs[1]?.stderr()).toContain(
      'VWED_MOCK_CONTROL_TOKEN must be 16 to 1024 printable ASCII characters',
    );
    for (const run of runs) {
      expect(run.stdout()).toBe('');
      expect(run.stderr()).not.toContain('S3cret');
    }
  });

  it('documents the flag and the variable in --help, and never prints a token given', async () => {
    const run = runCli(['--control-token', token, '--help'], { VWED_MOCK_CONTROL_TOKEN: sameLength });
    expect(await run.exited).toBe(0);
    expect(run.stdout()).toContain('--control-token TOKEN');
    expect(run.stdout()).toContain('VWED_MOCK_CONTROL_TOKEN');
    expect(run.stdout()).toContain('--no-control');
    expect(`${run.stdout()}\n${run.stderr()}`).not.toContain(token);
    expect(`${run.stdout()}\n${run.stderr()}`).not.toContain(sameLength);
  });
});
