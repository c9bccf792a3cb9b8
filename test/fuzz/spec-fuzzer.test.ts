/**
 * The spec is the contract users generate clients and validators from, so the mock and the
 * server must never answer anything it does not document. Seeded fast-check sequences of
 * requests drawn from the spec (every operation, known and unknown IDs, unicode, bad escapes,
 * dot segments, 10k-character IDs, wrong methods, unknown routes, set-error bodies and
 * content types of every kind), interleaved with control calls that change the state under
 * them (runs, clock steps, faults, resets), sent the same to the reference server over real
 * sockets and to MSW through fetch. What each answer is held to: `check-answer.ts`.
 *
 * Knobs (seed, runs, replay, stats, survey): `fuzz-settings.ts`.
 */

import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../server/harness.js';
import { FUZZ_TIMEOUT_MS } from '../timeouts.js';
import { checkControlAnswer } from './check-answer.js';
import { fuzzRunArbitrary } from './fuzz-arbitraries.js';
import { fuzzSettings } from './fuzz-settings.js';
import { controlContract } from './fuzz-specs.js';
import { createFuzzStats, formatFuzzStats } from './fuzz-stats.js';
import { mswTarget, serverTarget } from './fuzz-targets.js';
import { type FuzzFailure, runFuzzCommands } from './run-fuzz-commands.js';

describe('the spec-driven fuzzer', () => {
  const msw = setupServer();
  beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => msw.close());

  it('answers every request, on the server and through MSW, as the spec documents', {
    timeout: FUZZ_TIMEOUT_MS,
  }, async () => {
    const servers = {
      mirror: await startTestServer(),
      'always-200': await startTestServer({ httpStatus: 'always-200' }),
    };
    const stats = createFuzzStats();
    const distinct = new Map<string, FuzzFailure>();
    const { survey } = fuzzSettings;

    await fc.assert(
      fc.asyncProperty(fuzzRunArbitrary(fuzzSettings.maxCommands), async (run) => {
        const server = servers[run.httpStatus];
        server.store.reset();
        const targets = [serverTarget(server), mswTarget(msw, run.httpStatus)];
        const failures = await runFuzzCommands(run, targets, { stats, stopAtFirst: survey === undefined });
        for (const failure of failures) if (!distinct.has(failure.key)) distinct.set(failure.key, failure);
        if (survey === undefined && failures[0]) throw new Error(failures[0].message);
      }),
      {
        seed: fuzzSettings.seed,
        numRuns: fuzzSettings.runs,
        ...(fuzzSettings.path === undefined ? {} : { path: fuzzSettings.path }),
      },
    );

    // The server is still up, and its health check is what the control spec says.
    for (const server of Object.values(servers)) {
      const health = await serverTarget(server).send({ method: 'GET', path: '/healthz' });
      expect(health.ok && health.answer.status).toBe(200);
      if (health.ok) expect(checkControlAnswer(controlContract, 'getHealth', health.answer)).toEqual([]);
    }
    if (fuzzSettings.stats) console.log(formatFuzzStats(stats));
    if (survey !== undefined) {
      const report = [...distinct.values()].sort((a, b) => a.key.localeCompare(b.key));
      if (survey === '1') for (const failure of report) console.log(`${failure.key}\n${failure.message}\n`);
      else writeFileSync(survey, JSON.stringify(report, null, 2));
      expect(report.map((failure) => failure.key)).toEqual([]);
    }
    if (fuzzSettings.defaultRuns) expect(stats.requests).toBeGreaterThanOrEqual(2 * 2_000);
  });
});
