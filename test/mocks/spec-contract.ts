/**
 * Holds the mock's answers to the OpenAPI spec with ajv (not with the zod schemas): the
 * response schema of the operation and status, in the envelope the status implies.
 */
import { getOperation, type Json, type JsonObject, loadSpec } from '../spec/load-spec.js';
import { createSpecValidator } from '../spec/validator.js';

const spec = loadSpec();
const validator = createSpecValidator(spec);
const cache = new Map<string, ReturnType<typeof validator.compile>>();

/**
 * The ajv errors of a body for an operation's documented response, or `[]`. With HTTP
 * 200 carrying a failure (R4), the failure's documented schema is used.
 */
export function contractErrors(operationId: string, status: number, body: unknown): unknown[] {
  const record = body as { code?: unknown; success?: unknown };
  const failed = record.success === false || (record.code !== undefined && record.code !== 200);
  const bodyCode = typeof record.code === 'number' ? record.code : status;
  const key = `${operationId} ${failed ? bodyCode : status}`;
  let validate = cache.get(key);
  if (!validate) {
    const responses = getOperation(spec, operationId).operation.responses as JsonObject;
    const response = (responses[String(failed ? bodyCode : status)] ??
      responses[failed ? '500' : '200']) as JsonObject;
    const schema = ((response.content as JsonObject)['application/json'] as JsonObject).schema as Json;
    validate = validator.compile(schema);
    cache.set(key, validate);
  }
  return validate(body) ? [] : (validate.errors ?? []);
}
