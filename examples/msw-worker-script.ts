/**
 * A Vite plugin shared by the browser demos (`examples/browser/`, `examples/react-query/`): it
 * serves MSW's worker script at the site root (dev server) and emits it into the build. It is
 * read from the installed msw each time rather than committed, so it can never drift from the
 * msw version the page is bundled with (a mismatch makes MSW refuse to start).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const workerFileName = 'mockServiceWorker.js';

/**
 * The plugin: `plugins: [mswWorkerScript()]` in a demo's vite.config.ts.
 *
 * @example
 * ```ts
 * export default defineConfig({ plugins: [mswWorkerScript()] });
 * ```
 */
export function mswWorkerScript(): Plugin {
  const read = () => readFileSync(createRequire(import.meta.url).resolve(`msw/${workerFileName}`), 'utf8');
  return {
    name: 'vwed-msw-worker-script',
    configureServer(server) {
      server.middlewares.use(`/${workerFileName}`, (_request, response) => {
        response.setHeader('content-type', 'text/javascript; charset=utf-8');
        response.end(read());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: workerFileName, source: read() });
    },
  };
}
