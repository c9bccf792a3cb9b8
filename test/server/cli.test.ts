/**
 * `vwed-mock-server` as a user runs it: a child process, its output, its exit codes, the
 * requests its banner suggests, and its stop on a signal.
 */
import { describe, expect, it } from 'vitest';
import { untaggedMessage } from '../../mocks/core/untagged-message.js';
import { cliFailureMessage } from '../../mocks/server/cli-failure-message.js';
import { ListenError } from '../../mocks/server/listen-error.js';
import { parseCliArguments } from '../../mocks/server/parse-cli-arguments.js';
import { version } from '../../package.json';
import { SPAWN_TIMEOUT_MS } from '../timeouts.js';
import { exitWithin, holdPort, runCli, serverUrl } from './cli-process.js';

// Every test here starts the CLI as a child process, through tsx.
describe('vwed-mock-server', { timeout: SPAWN_TIMEOUT_MS }, () => {
  it('prints its help and its version, and exits 0', async () => {
    const help = runCli(['--help']);
    expect(await help.exited).toBe(0);
    for (const flag of [
      '--port',
      '--host',
      '--seed',
      '--state',
      '--speed',
      '--http-status',
      '--cors',
      '--no-control',
      '--control-token',
      '--latency',
    ]) {
      expect(help.stdout()).toContain(flag);
    }
    const shown = runCli(['--version']);
    expect(await shown.exited).toBe(0);
    expect(shown.stdout().trim()).toBe(version);
  });

  it.each([
    [['--port', 'x'], '--port'],
    [['--port', '70000'], '--port'],
    [['--seed', 'prod'], '--seed'],
    [['--speed', '-1'], '--speed'],
    [['--speed'], "'--speed"],
    [['--http-status', '201'], '--http-status'],
    [['--cors', 'localhost'], '--cors'],
    [['--latency', 'soon'], '--latency'],
    [['--bogus'], "'--bogus'"],
    [['serve'], '"serve"'],
  ])('refuses %j with a message and exit code 2', async (args, named) => {
    const run = runCli(args);
    expect(await run.exited).toBe(2);
    expect(run.stderr()).toContain(named);
    expect(run.stderr()).toContain('--help');
    expect(run.stdout()).toBe('');
  });

  it('starts on the demo data, prints two curl commands that work, and stops on SIGTERM with exit 0', async () => {
    const run = runCli(['--port', '0']);
    const url = await serverUrl(run);
    const commands = [...run.stdout().matchAll(/^ {2}curl (\S+)$/gm)].map((match) => match[1] as string);
    expect(commands).toHaveLength(2);
    for (const target of commands) {
      expect(target.startsWith(url)).toBe(true);
      const response = await fetch(target);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ code: 200 });
    }
    expect((await fetch(`${url}/__mock/snapshot`)).status).toBe(200);
    run.child.kill('SIGTERM');
    expect(await exitWithin(run, 2_000)).toBe(0);
  });

  it('finishes a request in flight before it exits on SIGINT', async () => {
    const run = runCli(['--port', '0', '--latency', '900', '--no-control']);
    const url = await serverUrl(run);
    expect(run.stdout()).toContain('control API off');
    const pending = fetch(`${url}/healthz`).then(() => fetch(`${url}/api/vwed-task-record/blocks/x`));
    // The second request is in its latency wait when the signal arrives.
    await new Promise((resolve) => setTimeout(resolve, 400));
    run.child.kill('SIGINT');
    const answer = await pending.catch((error: unknown) => error);
    expect(answer).toBeInstanceOf(Response);
    expect((answer as Response).status).toBe(200);
    expect(await exitWithin(run, 2_000)).toBe(0);
  });

  it('turns the control API off with --no-control', async () => {
    const run = runCli(['--port', '0', '--no-control', '--seed', 'empty']);
    const url = await serverUrl(run);
    const response = await fetch(`${url}/__mock/snapshot`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 404 });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });

  it('exits 1 with one line that names --host when the host is not of this machine', {
    timeout: SPAWN_TIMEOUT_MS,
  }, async () => {
    // TEST-NET-1 (RFC 5737): never an address of a test machine. Without the control API, or
    // the server would refuse to open it to the network before it tried to listen.
    const run = runCli(['--port', '0', '--host', '192.0.2.1', '--no-control']);
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toBe(
      'vwed-mock-server: cannot listen on 192.0.2.1:0: 192.0.2.1 is not an address of this machine. ' +
        'Use --host with an address of this machine, such as 127.0.0.1 or 0.0.0.0.\n',
    );
  });

  it('stops the clock with --speed 0: only the control API moves it', {
    timeout: SPAWN_TIMEOUT_MS,
  }, async () => {
    const run = runCli(['--port', '0', '--speed', '0', '--seed', 'empty']);
    const url = await serverUrl(run);
    expect(run.stdout()).toContain('speed 0 (clock stopped)');
    const now = async () => ((await (await fetch(`${url}/__mock/snapshot`)).json()) as { now: number }).now;
    const before = await now();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await now()).toBe(before);
    const advanced = await fetch(`${url}/__mock/clock/advance`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ms: 1_000 }),
    });
    expect(advanced.status).toBe(200);
    expect(await now()).toBe(before + 1_000);
  });

  // Regression: it printed `vwed-mock-server: [vwed] cannot listen on ...: the address is already
  // in use`, two prefixes and no way out named.
  it('exits 1 with one line that says the port is in use and names --port', {
    timeout: SPAWN_TIMEOUT_MS,
  }, async () => {
    const { port, release } = await holdPort();
    try {
      const run = runCli(['--port', String(port)]);
      expect(await run.exited).toBe(1);
      expect(run.stderr()).toBe(
        `vwed-mock-server: cannot listen on 127.0.0.1:${port}: the port is already in use. ` +
          'Use --port N for another port, or --port 0 for any free one.\n',
      );
      expect(run.stdout()).toBe('');
    } finally {
      release();
    }
  });
});

describe('cliFailureMessage', () => {
  const socketError = (code: string) =>
    Object.assign(new Error(`listen ${code}`), { code, syscall: 'listen' });

  it.each([
    [
      'EADDRINUSE',
      'vwed-mock-server: cannot listen on 127.0.0.1:4010: the port is already in use. Use --port N for another port, or --port 0 for any free one.',
    ],
    [
      'EACCES',
      'vwed-mock-server: cannot listen on 127.0.0.1:4010: permission denied for this port. Use --port N for another port, or --port 0 for any free one.',
    ],
    [
      'EADDRNOTAVAIL',
      'vwed-mock-server: cannot listen on 127.0.0.1:4010: 127.0.0.1 is not an address of this machine. Use --host with an address of this machine, such as 127.0.0.1 or 0.0.0.0.',
    ],
    ['EMFILE', 'vwed-mock-server: cannot listen on 127.0.0.1:4010: listen EMFILE.'],
  ])('says %s in one line, with the flag that gets past it', (code, line) => {
    expect(cliFailureMessage(new ListenError('127.0.0.1', 4010, socketError(code)))).toBe(line);
  });

  it("drops a library message's [vwed] tag: one prefix per line", () => {
    expect(cliFailureMessage(new Error('[vwed] cannot read the state file x: EISDIR'))).toBe(
      'vwed-mock-server: cannot read the state file x: EISDIR',
    );
    expect(untaggedMessage('[vwed] a [vwed] inside stays')).toBe('a [vwed] inside stays');
  });
});

describe('parseCliArguments', () => {
  // Regression: `--speed -1` got parseArgs' own "argument is ambiguous ... '--speed=-XYZ'".
  it.each([
    [['--speed', '-1'], '--speed must be a number from 0 to 1000, got "-1"'],
    [['--port', '-5'], '--port must be an integer from 0 to 65535, got "-5"'],
    [['--latency', '-0.5'], '--latency must be a number of ms from 0 to 60000, got "-0.5"'],
  ])('refuses a negative value %j with the range it takes', (args, message) => {
    expect(() => parseCliArguments(args)).toThrow(message);
  });

  it('gives the documented defaults', () => {
    expect(parseCliArguments([])).toEqual({
      kind: 'start',
      options: { port: 4010, host: '127.0.0.1', seed: 'demo', control: true },
    });
  });

  it('reads every flag', () => {
    const command = parseCliArguments([
      '--port=0',
      '--host',
      '0.0.0.0',
      '--seed',
      'doc-examples',
      '--state',
      'state.json',
      '--speed',
      '2.5',
      '--http-status',
      'always-200',
      '--cors',
      'http://localhost:5173',
      '--no-control',
      '--latency',
      '30',
    ]);
    expect(command).toEqual({
      kind: 'start',
      options: {
        port: 0,
        host: '0.0.0.0',
        seed: 'doc-examples',
        stateFile: 'state.json',
        speed: 2.5,
        httpStatus: 'always-200',
        cors: 'http://localhost:5173',
        control: false,
        latencyMs: 30,
      },
    });
  });
});
