import { nameOf, VwedError, type VwedErrorOptions } from './vwed-error.js';

/**
 * One problem zod found, in the shape zod reports it.
 *
 * @example
 * ```ts
 * import type { ValidationIssue } from '@vwed/task-record';
 *
 * const where = (issue: ValidationIssue) => issue.path.map(String).join('.');
 * ```
 */
export interface ValidationIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
}

/**
 * The request succeeded, but the response does not match the API's schema (only with
 * the client option `validate: true`). `issues` lists zod's findings; `body` is the
 * response as received.
 *
 * @example
 * ```ts
 * import { isVwedValidationError } from '@vwed/task-record';
 *
 * if (isVwedValidationError(error)) console.table(error.issues);
 * ```
 */
export class VwedValidationError extends VwedError {
  override readonly name = 'VwedValidationError' as const;
  declare readonly issues: readonly ValidationIssue[];
  declare readonly body: unknown;

  constructor(
    message: string,
    options: VwedErrorOptions & { issues: readonly ValidationIssue[]; body: unknown },
  ) {
    super(message, options);
  }
}

/**
 * Whether a value is a {@link VwedValidationError}.
 *
 * @example
 * ```ts
 * import { isVwedValidationError } from '@vwed/task-record';
 *
 * const serverDrifted = isVwedValidationError(error);
 * ```
 */
export function isVwedValidationError(error: unknown): error is VwedValidationError {
  return nameOf(error) === 'VwedValidationError';
}
