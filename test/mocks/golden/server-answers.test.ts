/**
 * The golden story of the demo seed told to the reference server over a real socket: the
 * server makes its own store (seed, speed 0, its default randomSeed, which is the golden one)
 * and every answer's status and body bytes must be the core's golden ones, its headers
 * include theirs, and its state at the end is the golden snapshot. So a redesign cannot make
 * the node:http adapter drift from the core.
 */
import { describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../../../mocks/server/index.js';
import { HEAVY_TIMEOUT_MS } from '../../timeouts.js';
import { firstDifference } from './first-difference.js';
import { type HttpStatusMode, readGoldenFile, UPDATE_COMMAND, updatingGolden } from './golden-file.js';
import { goldenStories } from './golden-stories.js';
import { storyReads } from './story-readers.js';
import { type SendRequest, StoryTeller, type ToldStep } from './story-teller.js';

/** A request as a client sends it: the body as bytes, so fetch adds no content type of its own. */
function sendToServer(server: MockServer): SendRequest {
  return async ({ method, path, body, contentType }) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: contentType === undefined ? {} : { 'content-type': contentType },
      body: body === null ? undefined : Buffer.from(body),
    });
    return {
      status: response.status,
      headers: Object.fromEntries(response.headers),
      text: await response.text(),
    };
  };
}

/** The demo story told to a server of its own, from the server's entry, as users start it. */
async function tellToServer(httpStatus: HttpStatusMode): Promise<ToldStep[]> {
  const server = await startMockServer({ host: '127.0.0.1', port: 0, seed: 'demo', speed: 0, httpStatus });
  try {
    const teller = new StoryTeller(server.store, sendToServer(server));
    return await teller.tell((story) => goldenStories.demo(story, storyReads[httpStatus]));
  } finally {
    await server.close();
  }
}

const modes: HttpStatusMode[] = ['mirror', 'always-200'];

// While the golden files are being written, there is nothing settled to compare with.
describe.skipIf(updatingGolden).each(modes)('the demo story over the reference server, %s', (httpStatus) => {
  it(
    'answers as the core did, byte for byte',
    async () => {
      const told = await tellToServer(httpStatus);
      const golden = readGoldenFile('demo', httpStatus);
      const difference = firstDifference(golden.steps, told, { headers: 'at-least' });
      if (difference !== undefined) {
        expect.fail(
          `[golden demo, ${httpStatus}, reference server] ${difference}\n` +
            `The core's golden answers are the reference; if the core changed on purpose: ${UPDATE_COMMAND}`,
        );
      }
    },
    HEAVY_TIMEOUT_MS,
  );
});
