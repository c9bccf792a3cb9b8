/**
 * Builds the browser demo to static files: `vite build --config examples/browser/vite.config.ts`
 * writes `examples/browser/dist/`, which `serve.ts` (and the e2e test) serve.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { sourceAliases } from '../source-aliases.js';

const workerFileName = 'mockServiceWorker.js';

/**
 * Serves MSW's worker script at the site root (dev server) and emits it into the build. It is
 * read from the installed msw each time rather than committed, so it can never drift from the
 * msw version the page is bundled with (a mismatch makes MSW refuse to start).
 */
function mswWorkerScript(): Plugin {
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

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // The page imports `@vwed/task-record` by name, as a user's would; here that is the sources.
  resolve: { alias: sourceAliases },
  // Nothing to copy verbatim: the one static file, the worker script, comes from the plugin.
  publicDir: false,
  plugins: [mswWorkerScript()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Source maps make a stack trace in the browser console point at the repository's files.
    sourcemap: true,
    // The page bundles MSW and the whole mock engine (~530 kB): expected for a demo, not a warning.
    chunkSizeWarningLimit: 1024,
  },
});
