/**
 * Timeouts for the tests whose duration is the machine's speed, not their logic: CI runs on 2
 * busy cores, where such a test takes several times what it takes alone, and vitest's default
 * 5 s would fail it. Each is about ten times the test's slowest duration seen under load.
 */

/** A test that starts a child process (node, tsx, the CLI) or a compiler (TypeScript, openapi-typescript, esbuild). */
export const SPAWN_TIMEOUT_MS = 60_000;

/**
 * A test bounded by work, not by time: many property runs, an engine step limit, a chain of
 * 100,000 blocks, a real server under many requests or waiting on its sockets.
 */
export const HEAVY_TIMEOUT_MS = 30_000;

/**
 * The spec-driven fuzzer: thousands of requests over sockets and through MSW, about 15 s alone
 * (more when a failure is shrunk), several times that on busy CI cores.
 */
export const FUZZ_TIMEOUT_MS = 180_000;
