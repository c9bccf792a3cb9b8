/**
 * Opens the backend the page's address asks for (see page-options.ts). Each backend is loaded
 * only when asked for: in server mode the page never loads MSW or the mock engine.
 */
import type { PageBackend } from './page-backend.js';
import { readPageOptions } from './page-options.js';

/**
 * The in-page mock behind MSW's worker by default; the reference server at `?server=URL`.
 *
 * @example
 * ```ts
 * const backend = await openPageBackend(window.location.search);
 * ```
 */
export async function openPageBackend(search: string): Promise<PageBackend> {
  const options = readPageOptions(search);
  if (options.mode === 'server') {
    const { connectToServer } = await import('./connect-to-server.js');
    return connectToServer(options.baseUrl);
  }
  const { startInPageMock } = await import('./start-in-page-mock.js');
  return startInPageMock(options.speed);
}
