import type { OperationName } from '../client/operation-name.js';
import type { ValidationIssue } from '../errors/vwed-validation-error.js';
import { dataSchemas } from './data-schemas.js';

/**
 * What {@link checkResponseData} found when the data does not match: zod's issues and a
 * one-line summary of the first three.
 *
 * @example
 * ```ts
 * import { checkResponseData, type ResponseDataCheck } from '@vwed/task-record/schemas';
 *
 * const problem: ResponseDataCheck | undefined = checkResponseData('stopTask', json.data);
 * ```
 */
export interface ResponseDataCheck {
  issues: ValidationIssue[];
  summary: string;
}

/**
 * Checks an operation's success `data` against its schema: `undefined` when it matches,
 * otherwise the issues. (The client's `validate` option uses this; it lives here so its
 * code loads lazily, with zod.)
 *
 * @example
 * ```ts
 * import { checkResponseData } from '@vwed/task-record/schemas';
 *
 * const problem = checkResponseData('getTaskRecord', json.data);
 * if (problem) console.warn(problem.summary);
 * ```
 */
export function checkResponseData(operation: OperationName, data: unknown): ResponseDataCheck | undefined {
  const result = dataSchemas[operation].safeParse(data);
  if (result.success) return undefined;
  const issues = result.error.issues.map(({ path, message, code }) => ({ path, message, code }));
  const shown = issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(data)'}: ${issue.message}`);
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return { issues, summary: `${shown.join('; ')}${more}` };
}
