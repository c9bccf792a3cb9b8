import { isVwedApiError } from '../errors/vwed-api-error.js';
import { isVwedValidationError } from '../errors/vwed-validation-error.js';

/** As many retries as TanStack Query's own default for queries. */
const maxRetries = 3;

/**
 * Whether an answer can never change by asking again: a 4xx `VwedApiError` (by the body's
 * `code`, which is the failure's code even under HTTP 200, ruling R4: an unknown record is
 * 404 either way), a response that does not match the schema, or a bad argument (TypeError).
 */
export function isPermanentFailure(error: unknown): boolean {
  if (isVwedApiError(error)) return error.code >= 400 && error.code < 500;
  return isVwedValidationError(error) || error instanceof TypeError;
}

/**
 * The `retry` of every query of this package: up to 3 retries (TanStack Query's default) of
 * what may pass (a network error, a time limit, a 5xx), none of a permanent failure
 * ({@link isPermanentFailure}): retrying a 404 only delays the "not found" a user should see.
 *
 * @example
 * ```ts
 * import { shouldRetryTaskRecordQuery } from '@vwed/task-record/query';
 *
 * const queryClient = new QueryClient({ defaultOptions: { queries: { retry: shouldRetryTaskRecordQuery } } });
 * ```
 */
export function shouldRetryTaskRecordQuery(failureCount: number, error: unknown): boolean {
  return failureCount < maxRetries && !isPermanentFailure(error);
}
