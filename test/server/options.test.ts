/** startMockServer's options: a bad one is a TypeError that names it, before anything listens. */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createMockStore } from '../../mocks/index.js';
import { type MockServerOptions, startMockServer } from '../../mocks/server/index.js';
import { startTestServer } from './harness.js';

describe('startMockServer options', () => {
  it.each<[MockServerOptions, RegExp]>([
    [{ port: 70_000 }, /option port must be an integer from 0 to 65535/],
    [{ port: 1.5 }, /option port/],
    [{ host: '' }, /option host/],
    [{ seed: 'prod' as never }, /option seed/],
    [{ stateFile: '' }, /option stateFile/],
    [{ cors: 'localhost:5173' }, /option cors/],
    [{ control: 'no' as never }, /option control/],
    [{ httpStatus: 'sometimes' as never }, /option httpStatus/],
    [{ speed: -1 }, /option speed must be a number from 0 to 1000/],
    [{ speed: Number.NaN }, /option speed must be a number from 0 to 1000, got NaN$/],
    [{ latencyMs: 1e9 }, /option latencyMs/],
    [{ requestTimeoutMs: 5 }, /option requestTimeoutMs/],
    [{ store: createMockStore(), seed: 'demo' }, /option seed must be left out when a store is given/],
    [{ store: createMockStore(), stateFile: 'x.json' }, /option stateFile must be left out/],
    // Regressions: a typo, or an onError that is no function, started the server in silence.
    [{ prot: 4010 } as never, /option prot must be one of the known options \(port, host, store, /],
    [{ onError: 5 } as never, /option onError must be a function, got 5/],
  ])('refuses %o', async (options, message) => {
    await expect(startMockServer(options)).rejects.toThrow(message);
    await expect(startMockServer(options)).rejects.toBeInstanceOf(TypeError);
  });

  it('listens on 127.0.0.1 and a free port by default, gives a URL without a trailing slash, and closes twice safely', async () => {
    const server = await startMockServer({ seed: 'empty' });
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
      expect(server.port).toBeGreaterThan(0);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await server.close();
      await server.close();
    }
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });

  it('rejects with a clear message when the port is taken, the socket error as its cause', async () => {
    const first = await startTestServer();
    const error = (await startMockServer({ port: first.port }).catch((caught: unknown) => caught)) as Error;
    // A caller of the API is told about the option, not about the CLI's flag.
    expect(error.message).toBe(
      `[vwed] cannot listen on 127.0.0.1:${first.port}: the port is already in use; ` +
        'pass another port, or port 0 for any free one',
    );
    expect((error.cause as NodeJS.ErrnoException).code).toBe('EADDRINUSE');
  });

  it('reports a state write that failed once, with one prefix and the file named', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'vwed-options-'));
    const file = join(directory, 'data', 'state.json');
    await mkdir(join(directory, 'data'));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const server = await startMockServer({ port: 0, seed: 'empty', stateFile: file });
      await rm(join(directory, 'data'), { recursive: true, maxRetries: 10 }); // a write in flight may add a file meanwhile
      server.store.advance(1);
      await vi.waitFor(() => expect(errors).toHaveBeenCalled(), { timeout: 5_000 });
      // Regression: the default printed `[vwed] vwed-mock-server: ENOENT ...`, two prefixes and no file.
      const [line] = errors.mock.calls[0] as [string];
      expect(line).toBe(
        `[vwed] cannot write the state file ${file}: its folder ${join(directory, 'data')} does not exist (ENOENT)`,
      );
      expect(line.match(/\[vwed\]/g)).toHaveLength(1);
      await expect(server.close()).rejects.toThrow(/ENOENT/);
    } finally {
      errors.mockRestore();
      await rm(directory, { recursive: true, force: true });
    }
  });
});
