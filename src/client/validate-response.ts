import { VwedValidationError } from '../errors/vwed-validation-error.js';
import type { OperationName } from './operation-name.js';

type SchemasModule = typeof import('../schemas/index.js');

// Loaded on first use: zod stays out of the `.` entry's static import graph, so a client
// that never validates never downloads it.
let schemas: Promise<SchemasModule> | undefined;

/**
 * Checks a success body against its operation's response schema. `true` throws a
 * {@link VwedValidationError}; `'warn'` reports with `console.warn` and lets it through.
 */
export async function validateResponse(
  mode: true | 'warn',
  operation: OperationName,
  body: unknown,
): Promise<void> {
  schemas ??= import('../schemas/index.js');
  const problem = (await schemas).checkResponse(operation, body);
  if (!problem) return;
  const message = `[vwed] ${operation}: the response does not match the API schema: ${problem.summary}`;
  if (mode !== 'warn') throw new VwedValidationError(message, operation, problem.issues, body);
  console.warn(message);
}
