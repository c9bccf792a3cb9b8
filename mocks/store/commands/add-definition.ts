/**
 * Adding and removing task definitions. A definition's optional fields, when given, are what
 * they say: a wrong type is refused, not a default taken in silence (over the control API it
 * is most likely a typo).
 */
import { cloneJson } from '../clone-json.js';
import { describeValue } from '../describe-value.js';
import { maxJsonDepth, nestsDeeperThan } from '../json-depth.js';
import { MockInputError } from '../mock-input-error.js';
import type { StoreParts } from '../store-parts.js';
import type { StoredDefinition } from '../store-state.js';
import { unknownOption } from '../unknown-option.js';

/** The shortest period of a periodic definition: shorter ones would flood the store. */
const minPeriodMs = 1_000;

/**
 * A task definition to add, in the VWED "wind task" format: the blocks and inputs the
 * simulated engine runs are described in docs/task-definitions.md, shipped in the package.
 *
 * @example
 * ```ts
 * store.addDefinition({
 *   id: 'def-1',
 *   label: '示例任务',
 *   detail: { inputParams: [], rootBlock: { id: -1, name: '-1', blockType: 'RootBp', children: {} } },
 * });
 * ```
 */
export interface TaskDefinitionInput {
  id: string;
  label: string;
  version?: number;
  /** 1 for a periodic definition (with `period`), 0 (default) for one that runs when asked. */
  periodicTask?: 0 | 1;
  period?: number;
  /** An object, or a JSON string as the real engine stores it. */
  detail: unknown;
}

function refuse(message: string): never {
  throw new MockInputError('invalid-argument', `[vwed] addDefinition: ${message}`);
}

/** The definition as stored, or a MockInputError that names the wrong field. */
function checkDefinition(definition: TaskDefinitionInput): StoredDefinition {
  if (typeof definition !== 'object' || definition === null) refuse('expected a definition object');
  const unknown = unknownOption(definition, ['id', 'label', 'version', 'periodicTask', 'period', 'detail']);
  if (unknown !== undefined) {
    refuse(
      `unknown key ${JSON.stringify(unknown)}; the keys are id, label, version, periodicTask, period, detail`,
    );
  }
  const { id, label, version, periodicTask, period, detail } = definition;
  if (typeof id !== 'string' || id === '') refuse('id must be a non-empty string');
  if (period !== undefined && !(Number.isInteger(period) && period >= minPeriodMs)) {
    refuse(`period must be an integer >= ${minPeriodMs} (ms), got ${String(period)}`);
  }
  if (label !== undefined && typeof label !== 'string')
    refuse(`label must be a string, got ${describeValue(label)}`);
  if (version !== undefined && !(Number.isInteger(version) && version >= 0)) {
    refuse(`version must be an integer >= 0, got ${describeValue(version)}`);
  }
  if (periodicTask !== undefined && periodicTask !== 0 && periodicTask !== 1) {
    refuse(`periodicTask must be 0 or 1, got ${describeValue(periodicTask)}`);
  }
  if (nestsDeeperThan(detailTree(detail))) refuse(`detail nests deeper than ${maxJsonDepth} levels`);
  return {
    id,
    label: label ?? id,
    version: version ?? 1,
    periodicTask: periodicTask === 1 ? 1 : 0,
    ...(period !== undefined ? { period } : {}),
    detail: cloneJson(detail),
  };
}

/** The tree a detail holds: a JSON string's parsed value, or the detail itself. */
function detailTree(detail: unknown): unknown {
  if (typeof detail !== 'string') return detail;
  try {
    return JSON.parse(detail);
  } catch {
    // Kept as it is: a detail that cannot be parsed is a definition the engine cannot run (R9).
    return detail;
  }
}

/**
 * `store.addDefinition`: adds (or replaces) a definition; runs in flight keep the one they
 * started with. A definition that is no longer periodic stops its schedule.
 *
 * @throws {MockInputError} `invalid-argument`, naming the field, before anything changes.
 * @example
 * ```ts
 * addDefinition(parts, { id: 'def-1', label: '示例任务', detail });
 * ```
 */
export function addDefinition(parts: StoreParts, definition: TaskDefinitionInput): void {
  const stored = checkDefinition(definition);
  parts.definitions.put(stored);
  if (stored.periodicTask !== 1 || stored.period === undefined) parts.schedules.disable(stored.id);
  parts.changed();
}

/**
 * `store.removeDefinition`: its records remain, and their tree falls back to flat mode (R9).
 * Returns whether there was one.
 *
 * @example
 * ```ts
 * removeDefinition(parts, 'def-1'); // true
 * ```
 */
export function removeDefinition(parts: StoreParts, definitionId: string): boolean {
  const removed = parts.definitions.remove(definitionId);
  parts.changed();
  return removed;
}
