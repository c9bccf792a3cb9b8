import { VwedError } from '../errors/vwed-error.js';
import { VwedValidationError } from '../errors/vwed-validation-error.js';
import type { OperationName } from './operation-name.js';

type SchemasModule = typeof import('../schemas/index.js');

// Loaded on first use: zod stays out of the `.` entry's static import graph, so a client
// that never validates never downloads it.
let schemas: Promise<SchemasModule> | undefined;

/**
 * Checks a success `data` against its operation's schema. `true` throws a
 * {@link VwedValidationError}; `'warn'` reports with `console.warn` and lets it through.
 */
export async function validateResponse(
  mode: true | 'warn',
  operation: OperationName,
  data: unknown,
): Promise<void> {
  let check: ReturnType<SchemasModule['checkResponseData']>;
  try {
    schemas ??= import('../schemas/index.js');
    check = (await schemas).checkResponseData(operation, data);
  } catch (error) {
    schemas = undefined;
    // A chunk that failed to load (a browser offline), or a tree too deep for zod.
    throw new VwedError(`[vwed] ${operation}: could not validate the response: ${String(error)}`, {
      operation,
      cause: error,
    });
  }
  if (!check) return;
  const message = `[vwed] ${operation}: the response data does not match the API schema: ${check.summary}`;
  if (mode !== 'warn')
    throw new VwedValidationError(message, { operation, issues: check.issues, body: data });
  console.warn(message);
}
