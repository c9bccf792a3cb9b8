/**
 * Builds the React example to static files: `vite build --config examples/react-query/vite.config.ts`
 * (`npm run build:demo:react`) writes `examples/react-query/dist/`, which the browser test serves.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { mswWorkerScript } from '../msw-worker-script.js';
import { sourceAliases } from '../source-aliases.js';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // The page imports `@vwed/task-record` and its `/query` and `/mocks` by name; here, the sources.
  resolve: { alias: sourceAliases },
  publicDir: false,
  plugins: [react(), mswWorkerScript()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // MSW, the whole mock engine and React (~750 kB): expected for a demo, not a warning.
    chunkSizeWarningLimit: 1536,
  },
});
