/**
 * The `vwed-mock-server` command (and the demo's server) as a child process, for the CLI,
 * state-file and example tests: the source run through tsx, exactly as `npm start` runs it. Every child started here is killed
 * after the test, whatever happened.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = fileURLToPath(new URL('../../mocks/server/cli.ts', import.meta.url));
const children = new Set<ChildProcess>();

afterEach(() => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  children.clear();
});

export interface CliRun {
  child: ChildProcess;
  /** Everything printed so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
}

/**
 * `env` is added to this process's environment (a value of `undefined` removes a variable). A
 * control token exported in the shell that runs the tests is not passed on: a test gives its own.
 */
export function runCli(args: string[], env: Record<string, string | undefined> = {}): CliRun {
  return runTsScript(cli, args, { VWED_MOCK_CONTROL_TOKEN: undefined, ...env });
}

/** A TypeScript script of the repository as a child process, through tsx, from the root. */
export function runTsScript(
  script: string,
  args: string[],
  env: Record<string, string | undefined> = {},
): CliRun {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  children.add(child);
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
  });
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** A port on 127.0.0.1 held by a real socket, to see what a command does when it is taken. */
export async function holdPort(): Promise<{ port: number; release(): void }> {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const { port } = blocker.address() as { port: number };
  return { port, release: () => blocker.close() };
}

/** Waits until the server has printed its URL, and returns it; fails if it exits first. */
export async function serverUrl(run: CliRun, waitMs = 15_000): Promise<string> {
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline) {
    const match = /listening on (http:\/\/\S+)/.exec(run.stdout());
    if (match) return match[1] as string;
    if (run.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`the server did not start:\n${run.stdout()}\n${run.stderr()}`);
}

/** Resolves with the exit code, or rejects if the process is still running after `waitMs`. */
export function exitWithin(run: CliRun, waitMs: number): Promise<number | string> {
  return Promise.race([
    run.exited,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`still running after ${waitMs} ms:\n${run.stderr()}`)), waitMs),
    ),
  ]);
}
