/**
 * The arguments of `store.runTask`, checked before anything is created: a run starts with
 * input, a scenario and a source the engine and the API's schemas can hold, or not at all.
 * They arrive from tests and, through the reference server's control API, from any HTTP
 * client, so a wrong type must be a clear MockInputError (a TypeError), never a record that breaks a response.
 */

import { describeValue } from './describe-value.js';
import { maxJsonDepth, nestsDeeperThan } from './json-depth.js';
import { MockInputError } from './mock-input-error.js';
import { unknownOption } from './unknown-option.js';

/** The longest a scenario may make one block take: one day of the store's time. */
export const maxScenarioDurationMs = 24 * 60 * 60 * 1_000;

const sourceStrings = [
  'source_system',
  'source_user',
  'source_device',
  'source_ip',
  'source_time',
  'source_client_info',
  'source_remarks',
  'work_stations',
  'work_types',
] as const;

function checkDepth(name: string, value: unknown): void {
  if (nestsDeeperThan(value))
    throw new MockInputError(
      'invalid-argument',
      `[vwed] runTask: ${name} nests deeper than ${maxJsonDepth} levels`,
    );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Refuses a key that is not one of `known` (`scenaro`, `fial`): a typo would otherwise be
 * ignored in silence, and the run would go on as if nothing had been asked.
 */
function refuseUnknownKeys(name: string, value: Record<string, unknown>, known: readonly string[]): void {
  const unknown = unknownOption(value, known);
  if (unknown !== undefined) {
    throw new MockInputError(
      'invalid-argument',
      `[vwed] runTask: ${name} has an unknown key ${JSON.stringify(unknown)}; the keys are ${known.join(', ')}`,
    );
  }
}

function refuse(name: string, expected: string, got: unknown): never {
  throw new MockInputError(
    'invalid-argument',
    `[vwed] runTask: ${name} must be ${expected}, got ${describeValue(got)}`,
  );
}

function checkScenario(scenario: unknown): void {
  if (scenario === undefined) return;
  if (!isPlainObject(scenario)) refuse('options.scenario', 'an object like { blocks: {...} }', scenario);
  // Whole, not only the fields read: the store keeps the scenario as given.
  checkDepth('options.scenario', scenario);
  refuseUnknownKeys('options.scenario', scenario, ['blocks']);
  const { blocks } = scenario;
  if (blocks === undefined) return;
  if (!isPlainObject(blocks)) refuse('options.scenario.blocks', 'an object keyed by block name', blocks);
  for (const [name, plan] of Object.entries(blocks)) {
    const at = `options.scenario.blocks[${JSON.stringify(name)}]`;
    if (!isPlainObject(plan)) refuse(at, 'an object like { fail?, durationMs?, outputs? }', plan);
    refuseUnknownKeys(at, plan, ['fail', 'durationMs', 'outputs']);
    if (plan.fail !== undefined && (typeof plan.fail !== 'string' || plan.fail.trim() === '')) {
      refuse(`${at}.fail`, 'a non-empty reason', plan.fail);
    }
    const { durationMs } = plan;
    if (
      durationMs !== undefined &&
      !(
        Number.isInteger(durationMs) &&
        (durationMs as number) >= 0 &&
        (durationMs as number) <= maxScenarioDurationMs
      )
    ) {
      refuse(`${at}.durationMs`, `a whole number of ms from 0 to ${maxScenarioDurationMs}`, durationMs);
    }
    if (plan.outputs !== undefined && !isPlainObject(plan.outputs))
      refuse(`${at}.outputs`, 'an object', plan.outputs);
    checkDepth(`${at}.outputs`, plan.outputs);
  }
}

function checkSource(source: unknown): void {
  if (source === undefined) return;
  if (!isPlainObject(source)) refuse('options.source', 'an object of source_* fields', source);
  checkDepth('options.source', source);
  refuseUnknownKeys('options.source', source, ['source_type', 'priority', ...sourceStrings]);
  const type = source.source_type;
  if (type !== undefined && type !== null && !Number.isInteger(type)) {
    refuse('options.source.source_type', 'an integer or null', type);
  }
  if (source.priority !== undefined && !Number.isInteger(source.priority)) {
    refuse('options.source.priority', 'an integer', source.priority);
  }
  for (const key of sourceStrings) {
    const value = source[key];
    if (value !== undefined && value !== null && typeof value !== 'string') {
      refuse(`options.source.${key}`, 'a string or null', value);
    }
  }
}

/**
 * Throws a MockInputError (a TypeError) naming the first argument of `runTask` that is not what it must be.
 *
 * @example
 * ```ts
 * checkRunTaskArguments({ from: 'A' }, { scenario: { blocks: { b2: { durationMs: 5_000 } } } });
 * ```
 */
export function checkRunTaskArguments(inputParams: unknown, options: unknown): void {
  if (inputParams !== undefined && inputParams !== null && !isPlainObject(inputParams)) {
    refuse('inputParams', 'an object of input values', inputParams);
  }
  checkDepth('inputParams', inputParams);
  if (options === undefined) return;
  if (!isPlainObject(options))
    refuse('options', 'an object like { scenario?, source?, variables? }', options);
  refuseUnknownKeys('options', options, ['scenario', 'source', 'variables']);
  checkScenario(options.scenario);
  checkSource(options.source);
  if (options.variables !== undefined && !isPlainObject(options.variables)) {
    refuse('options.variables', 'an object', options.variables);
  }
  checkDepth('options.variables', options.variables);
}
