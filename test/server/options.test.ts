/** startMockServer's options: a bad one is a TypeError that names it, before anything listens. */
import { describe, expect, it } from 'vitest';
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
    [{ speed: Number.NaN }, /option speed/],
    [{ latencyMs: 1e9 }, /option latencyMs/],
    [{ requestTimeoutMs: 5 }, /option requestTimeoutMs/],
    [{ store: createMockStore(), seed: 'demo' }, /option seed must be left out when a store is given/],
    [{ store: createMockStore(), stateFile: 'x.json' }, /option stateFile must be left out/],
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

  it('rejects with a clear message when the port is taken', async () => {
    const first = await startTestServer();
    await expect(startMockServer({ port: first.port })).rejects.toThrow(/already in use/);
  });
});
