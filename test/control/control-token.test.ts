/**
 * The control client against a reference server started with a control token (issue [4/5]):
 * the token travels in the client's `headers`; without it, or with a wrong one, every call is
 * a `MockControlError` 401 and nothing changes on the server.
 */
import { describe, expect, it } from 'vitest';
import { createMockControlClient, isMockControlError } from '../../src/control/index.js';
import { startTestServer } from '../server/harness.js';
import { threeBlocks } from './setup-scenario.js';

const token = 'test-token-0123456789abcdef';

describe('the control client and a control token', () => {
  it('sends the token through its headers option, and the server answers', async () => {
    const server = await startTestServer({ seed: 'empty', controlToken: token });
    const control = createMockControlClient({
      baseUrl: server.url,
      headers: { authorization: `Bearer ${token}` },
    });
    await control.addDefinition(threeBlocks);
    const id = await control.runTask(threeBlocks.id);
    await control.runUntilIdle();
    expect((await control.requests({ taskRecordId: id })).length).toBe(0);
    expect((await control.snapshot()).tasks).toHaveLength(1);
  });

  it.each([
    ['no header', {}],
    ['a wrong token', { authorization: `Bearer ${token.replace('0', '1')}` }],
  ])('with %s, every call is a MockControlError 401 and nothing changes', async (_, headers) => {
    const server = await startTestServer({ seed: 'empty', controlToken: token });
    const control = createMockControlClient({ baseUrl: server.url, headers });
    const before = server.store.snapshot();
    const refused = await control.addDefinition(threeBlocks).then(
      () => expect.fail('addDefinition resolved without the token'),
      (error: unknown) => error,
    );
    expect(isMockControlError(refused, 401)).toBe(true);
    expect(String((refused as Error).message)).not.toContain(token);
    await expect(control.reset()).rejects.toSatisfy((error) => isMockControlError(error, 401));
    expect(await control.health()).toEqual({ status: 'ok' });
    expect(server.store.snapshot()).toEqual(before);
  });
});
