/**
 * The browser test's own config (`npm run test:browser`): the main config leaves test/e2e
 * out because this needs Chromium and a built demo page.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.e2e.test.ts'],
    // A forgotten `.only` must fail rather than silently skip the rest.
    allowOnly: false,
    // Bounded, but generous: a cold Chromium start and a service worker install take seconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
