/**
 * The set-up of a test across processes: the reference server with the virtual clock, the
 * browser demo served from another origin in server mode, and the control client a test uses
 * to steer the server while the page calls it.
 */
import { createMockControlClient, type MockControlClient } from '@vwed/task-record/control';
import { type MockServer, startMockServer } from '@vwed/task-record/server';
import { serveDirectory } from '../browser/serve.js';

/** The two servers of {@link startDemoAgainstServer} and what a test needs of them. */
export interface DemoAgainstServer {
  /** The demo page in server mode, calling {@link server}: what the browser opens. */
  readonly pageUrl: string;
  /** The reference server. Its clock stands still until the test advances it. */
  readonly server: MockServer;
  /** The control client of {@link server}: set-up, the clock and the request journal. */
  readonly control: MockControlClient;
  /** Closes both servers. */
  close(): Promise<void>;
}

/**
 * Serves the built demo page (`npm run build:demo` writes `distDir`) on a free port of
 * 127.0.0.1, and starts the reference server on another, empty (`seed: 'empty'`), with its
 * clock stopped (`speed: 0`: engine time moves only when the test says) and CORS for the page's
 * origin, the one origin that may call it from a browser.
 *
 * @example
 * ```ts
 * const demo = await startDemoAgainstServer('examples/browser/dist');
 * await page.goto(demo.pageUrl);
 * await demo.control.advanceClock(1_000);
 * await demo.close();
 * ```
 */
export async function startDemoAgainstServer(distDir: string): Promise<DemoAgainstServer> {
  // The page's server first: its origin is what the reference server must allow.
  const site = await serveDirectory(distDir, { port: 0, host: '127.0.0.1' });
  let server: MockServer;
  try {
    server = await startMockServer({ port: 0, host: '127.0.0.1', cors: site.url, seed: 'empty', speed: 0 });
  } catch (error) {
    await site.close();
    throw error;
  }
  return {
    pageUrl: `${site.url}/?server=${encodeURIComponent(server.url)}`,
    server,
    control: createMockControlClient({ baseUrl: server.url }),
    close: async () => {
      // Both, even when one fails; then the first failure is the one thrown.
      const [page, api] = await Promise.allSettled([site.close(), server.close()]);
      for (const closed of [page, api]) if (closed.status === 'rejected') throw closed.reason;
    },
  };
}
