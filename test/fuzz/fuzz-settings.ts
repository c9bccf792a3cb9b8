/**
 * The fuzzer's knobs, from the environment. A fixed seed by default, so that CI runs the same
 * requests every time; another seed explores further.
 *
 * - `VWED_FUZZ_SEED`: fast-check's seed (an integer).
 * - `VWED_FUZZ_RUNS`: how many command sequences (fast-check runs).
 * - `VWED_FUZZ_PATH`: fast-check's `path` from a failure's report, to replay just that case.
 * - `VWED_FUZZ_STATS=1`: print the counts per status and per operation.
 * - `VWED_FUZZ_SURVEY=1` (or a file path): do not stop at the first failure; run everything and
 *   report each distinct failure once (deduplicated by target, status mode, operation, status,
 *   kind of input and check), printed or written to the file as JSON.
 */

const defaultSeed = 20_250_430;
const defaultRuns = 60;

function integerFrom(name: string, fallback: number, min: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) {
    throw new TypeError(
      `[vwed fuzz] ${name} must be an integer of at least ${min}, got ${JSON.stringify(text)}`,
    );
  }
  return value;
}

const survey = process.env.VWED_FUZZ_SURVEY;

export const fuzzSettings = {
  seed: integerFrom('VWED_FUZZ_SEED', defaultSeed, -(2 ** 31)),
  runs: integerFrom('VWED_FUZZ_RUNS', defaultRuns, 1),
  /** Whether the run count is the default one, which must send at least 2,000 requests. */
  defaultRuns: !process.env.VWED_FUZZ_RUNS,
  /** Commands per sequence, at most. */
  maxCommands: 120,
  path: process.env.VWED_FUZZ_PATH || undefined,
  stats: process.env.VWED_FUZZ_STATS === '1',
  survey: survey === undefined || survey === '' || survey === '0' ? undefined : survey,
} as const;
