import { nameOf, VwedError } from './vwed-error.js';

/** One problem zod found, in the shape zod reports it. */
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
  override name = 'VwedValidationError';
  readonly issues: readonly ValidationIssue[];
  readonly body: unknown;

  constructor(message: string, operation: string, issues: readonly ValidationIssue[], body: unknown) {
    super(message, operation);
    this.issues = issues;
    this.body = body;
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
