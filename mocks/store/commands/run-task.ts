/** `store.runTask`: a run of a definition started from a test, as the engine's `run_task` does. */
import { checkRunTaskArguments } from '../check-run-task-arguments.js';
import { cloneJson } from '../clone-json.js';
import { describeValue } from '../describe-value.js';
import { MockInputError } from '../mock-input-error.js';
import type { StoreParts } from '../store-parts.js';
import { syncWithWallTime } from './advance-time.js';
import { createRun, type RunTaskOptions } from './create-run.js';

/**
 * Starts a run of a definition and returns the new task record's id; the run goes on as the
 * clock advances. A periodic definition's schedule (re)starts: its next run one period on.
 *
 * @throws {MockInputError} `invalid-argument` for a wrong argument, `unknown-definition` for
 *   a definition the store does not hold; nothing changes then.
 * @example
 * ```ts
 * const id = runTask(parts, 'def-1', { from: 'A' }, { scenario: { blocks: { b2: { fail: '超时' } } } });
 * ```
 */
export function runTask(
  parts: StoreParts,
  definitionId: string,
  inputParams: Record<string, unknown>,
  options: RunTaskOptions,
): string {
  if (typeof definitionId !== 'string' || definitionId === '') {
    throw new MockInputError(
      'invalid-argument',
      `[vwed] runTask: definitionId must be a non-empty string, got ${describeValue(definitionId)}`,
    );
  }
  checkRunTaskArguments(inputParams, options);
  const stored = parts.definitions.stored(definitionId);
  if (!stored) {
    throw new MockInputError(
      'unknown-definition',
      `[vwed] runTask: no definition ${JSON.stringify(definitionId)}`,
    );
  }
  // After every check: a refused call must not move a wall clock either.
  syncWithWallTime(parts);
  const id = createRun(parts, stored, cloneJson(inputParams ?? {}), options);
  if (stored.periodicTask === 1 && stored.period !== undefined) {
    parts.schedules.start(
      definitionId,
      parts.clock.now() + stored.period,
      inputParams ?? {},
      options.source ?? {},
    );
  }
  parts.changed();
  return id;
}
