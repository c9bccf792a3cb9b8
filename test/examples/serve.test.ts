/**
 * `npm run demo`'s server (examples/browser/serve.ts) as a user meets it: its --help, a bad
 * flag, nothing built yet, and a port someone else holds. Regression: a taken port ended it
 * with a bare `listen EADDRINUSE` and no word of the `--port` flag, which only a code comment
 * named.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdPort, runTsScript } from '../server/cli-process.js';
import { SPAWN_TIMEOUT_MS } from '../timeouts.js';

let page: string;

beforeAll(async () => {
  page = await mkdtemp(join(tmpdir(), 'vwed-demo-'));
  await writeFile(join(page, 'index.html'), '<!doctype html><title>demo</title>');
});
afterAll(() => rm(page, { recursive: true, force: true }));

/** serve.ts as `npm run demo` runs it (after the build): tsx, from the repository's root. */
function serve(args: string[]) {
  return runTsScript('examples/browser/serve.ts', args);
}

describe('npm run demo (examples/browser/serve.ts)', () => {
  it('prints its help, naming --port, and exits 0', { timeout: SPAWN_TIMEOUT_MS }, async () => {
    const run = serve(['--help']);
    expect(await run.exited).toBe(0);
    expect(run.stdout()).toContain('Usage: npm run demo -- [options]');
    expect(run.stdout()).toContain('--port N');
    expect(run.stderr()).toBe('');
  });

  it('refuses a bad port with one message and exit code 2', { timeout: SPAWN_TIMEOUT_MS }, async () => {
    const run = serve(['--port', 'x']);
    expect(await run.exited).toBe(2);
    expect(run.stderr()).toBe(
      'demo: --port must be an integer from 0 to 65535, got "x"\nRun npm run demo -- --help for the options.\n',
    );
  });

  it('says to build first when there is no page, and exits 1', { timeout: SPAWN_TIMEOUT_MS }, async () => {
    const empty = await mkdtemp(join(tmpdir(), 'vwed-demo-empty-'));
    try {
      const run = serve(['--port', '0', '--dir', empty]);
      expect(await run.exited).toBe(1);
      expect(run.stderr()).toMatch(/^demo: \S+ has no index\.html: run npm run build:demo first\.\n$/);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('exits 1 with one line that says the port is in use and names --port', {
    timeout: SPAWN_TIMEOUT_MS,
  }, async () => {
    const { port, release } = await holdPort();
    try {
      const run = serve(['--port', String(port), '--dir', page]);
      expect(await run.exited).toBe(1);
      expect(run.stderr()).toBe(
        `demo: cannot listen on 127.0.0.1:${port}: the port is already in use. ` +
          'Use npm run demo -- --port N for another port, or --port 0 for any free one.\n',
      );
      expect(run.stdout()).toBe('');
    } finally {
      release();
    }
  });

  it('serves on a free port with --port 0 and stops on SIGTERM with exit 0', {
    timeout: SPAWN_TIMEOUT_MS,
  }, async () => {
    const run = serve(['--port', '0', '--dir', page]);
    const deadline = Date.now() + 30_000;
    let url: string | undefined;
    while (url === undefined && Date.now() < deadline && run.child.exitCode === null) {
      url = /demo: (http:\/\/\S+?)\/ /.exec(run.stdout())?.[1];
      if (url === undefined) await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(url, run.stderr()).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${url}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>demo</title>');
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  });
});
