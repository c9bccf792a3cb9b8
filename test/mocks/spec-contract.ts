/**
 * Holds the mock's answers to the OpenAPI spec with ajv (not with the zod schemas): the
 * response schema the spec documents for the operation and HTTP status. A 200 carrying a
 * failure (ruling R4) is checked against the 200 response too, which admits the failure
 * envelopes.
 */
import { deref, getOperation, type Json, type JsonObject, loadSpec } from '../spec/load-spec.js';
import { createSpecValidator } from '../spec/validator.js';

const spec = loadSpec();
const validator = createSpecValidator(spec);
const cache = new Map<string, ReturnType<typeof validator.compile>>();

/** The ajv errors of a body for an operation's documented response to `status`, or `[]`. */
export function contractErrors(operationId: string, status: number, body: unknown): unknown[] {
  const key = `${operationId} ${status}`;
  let validate = cache.get(key);
  if (!validate) {
    const responses = getOperation(spec, operationId).operation.responses as JsonObject;
    // A shared answer (408, 503, ...) is a $ref to components/responses. No fallback: a status
    // the operation does not document is a contract error in itself.
    const response = deref(spec, responses[String(status)]) as JsonObject | undefined;
    if (!response) return [`${operationId} documents no ${status} response`];
    const schema = ((response.content as JsonObject)['application/json'] as JsonObject).schema as Json;
    validate = validator.compile(schema);
    cache.set(key, validate);
  }
  return validate(body) ? [] : (validate.errors ?? []);
}
