import { defineConfig } from 'vitest/config';
import { sourceAliases } from './examples/source-aliases.js';

export default defineConfig({
  // The examples import the package by name, as users do; here it is the sources.
  resolve: { alias: sourceAliases },
  test: {
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    // The browser tests have their own command (`npm run test:browser`): they need Chromium.
    exclude: ['test/e2e/**', 'examples/**/*.e2e.test.ts', 'node_modules/**'],
    // A forgotten `.only` must fail CI rather than silently skip the rest of the suite.
    allowOnly: false,
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
