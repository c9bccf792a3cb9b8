import type { OperationName } from '../client/operation-name.js';
import { responseSchemas } from './response-schemas.js';

/** What {@link checkResponse} found: nothing, or zod's issues and a one-line summary. */
export interface ResponseCheck {
  issues: { path: PropertyKey[]; message: string; code: string }[];
  summary: string;
}

/**
 * Checks a success body against its operation's response schema. Returns `undefined`
 * when it matches, otherwise the issues and a summary of the first three. (The client's
 * `validate` option uses this; it lives here so its code loads lazily, with zod.)
 *
 * @example
 * ```ts
 * import { checkResponse } from '@vwed/task-record/schemas';
 *
 * const problem = checkResponse('getTaskRecord', await response.json());
 * if (problem) console.warn(problem.summary);
 * ```
 */
export function checkResponse(operation: OperationName, body: unknown): ResponseCheck | undefined {
  const result = responseSchemas[operation].safeParse(body);
  if (result.success) return undefined;
  const issues = result.error.issues.map(({ path, message, code }) => ({ path, message, code }));
  const shown = issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(body)'}: ${issue.message}`);
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return { issues, summary: `${shown.join('; ')}${more}` };
}
