import { describeValue } from './describe-value.js';
/**
 * What a caller of the mock got wrong, as opposed to a bug of the mock's. It stays a
 * `TypeError` (a wrong argument is a TypeError that names it), so existing `catch` and
 * `toThrow(TypeError)` go on working; the control API answers only this one with a 400.
 */

/**
 * What kind of mistake it was:
 * - `invalid-option`: an option of `createMockStore`, `createTaskRecordHandlers` or
 *   `startMockServer` is not what it must be;
 * - `unknown-option`: an option those do not know (a typo);
 * - `invalid-argument`: an argument of a store method (`addDefinition`, `runTask`, `advance`,
 *   `runUntilIdle`, `injectFault`) is not what it must be;
 * - `unknown-definition`: `runTask` names a definition the store does not have;
 * - `invalid-snapshot`: the `snapshot` option is not a state from `store.snapshot()`.
 *
 * @example
 * ```ts
 * import type { MockInputErrorCode } from '@vwed/task-record/mocks';
 *
 * const code: MockInputErrorCode = 'unknown-definition';
 * ```
 */
export type MockInputErrorCode =
  | 'invalid-option'
  | 'unknown-option'
  | 'invalid-argument'
  | 'unknown-definition'
  | 'invalid-snapshot';

/**
 * A caller's mistake: a bad option or argument of the mock, refused before anything changed.
 *
 * @example
 * ```ts
 * import { createMockStore, isMockInputError } from '@vwed/task-record/mocks';
 *
 * const store = createMockStore();
 * try {
 *   store.runTask('no-such-definition');
 * } catch (error) {
 *   if (isMockInputError(error)) console.log(error.code); // 'unknown-definition'
 * }
 * ```
 */
export class MockInputError extends TypeError {
  override readonly name = 'MockInputError' as const;
  /** What kind of mistake it was. */
  readonly code: MockInputErrorCode;

  constructor(code: MockInputErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/**
 * Whether a value is a {@link MockInputError}. It checks `name`, so it works across realms and
 * duplicated copies of the package.
 *
 * @example
 * ```ts
 * import { isMockInputError } from '@vwed/task-record/mocks';
 *
 * const callersFault = isMockInputError(error);
 * ```
 */
export function isMockInputError(error: unknown): error is MockInputError {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return name === 'MockInputError';
}

/**
 * Throws the MockInputError of one bad option or argument, in the one form every refusal of
 * the mock takes: `[vwed] <where>: <name> must be <expected>, got <the value>`.
 *
 * @example
 * ```ts
 * refuseInput('createMockStore', 'option seed', "'empty', 'doc-examples' or 'demo'", 'prod');
 * // throws MockInputError: [vwed] createMockStore: option seed must be 'empty', 'doc-examples' or 'demo', got "prod"
 * ```
 */
export function refuseInput(
  where: string,
  name: string,
  expected: string,
  got: unknown,
  code: MockInputErrorCode = 'invalid-option',
): never {
  throw new MockInputError(code, `[vwed] ${where}: ${name} must be ${expected}, got ${describeValue(got)}`);
}
