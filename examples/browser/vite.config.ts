/**
 * Builds the browser demo to static files: `vite build --config examples/browser/vite.config.ts`
 * writes `examples/browser/dist/`, which `serve.ts` (and the e2e test) serve.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { mswWorkerScript } from '../msw-worker-script.js';
import { sourceAliases } from '../source-aliases.js';

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
