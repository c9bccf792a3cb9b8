/**
 * `vwed-mock-server` as a user runs it: a child process, its output, its exit codes, the
 * requests its banner suggests, and its stop on a signal.
 */
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { parseCliArguments } from '../../mocks/server/parse-cli-arguments.js';
import { version } from '../../package.json';
import { exitWithin, runCli, serverUrl } from './cli-process.js';

describe('vwed-mock-server', () => {
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

  it('stops the clock with --speed 0: only the control API moves it', { timeout: 60_000 }, async () => {
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

  it('exits 1 with a clear message when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const run = runCli(['--port', String(port)]);
      expect(await run.exited).toBe(1);
      expect(run.stderr()).toContain('already in use');
    } finally {
      blocker.close();
    }
  });
});

describe('parseCliArguments', () => {
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
