/**
 * The responses a spec documents, held strictly: a status the operation does not list is a
 * failure (no fallback to another status's schema, unlike `contractErrors`, which serves
 * tests that never leave the documented paths), and a body must validate with ajv against
 * the schema of exactly that operation and status.
 */
import { getOperation, isObject, type Json, type JsonObject } from '../spec/load-spec.js';
import { createSpecValidator } from '../spec/validator.js';

export interface ResponseContract {
  /** The statuses the operation documents, as the spec writes them (`'200'`, `'404'`). */
  statuses(operationId: string): string[];
  /**
   * Why `body` is not a documented answer of the operation with this status: `[]` when it
   * is, one line when the status is not documented, else ajv's errors.
   */
  errors(operationId: string, status: number, body: unknown): string[];
  /** Ajv's errors of `body` against one of the spec's component schemas. */
  schemaErrors(schemaName: string, body: unknown): string[];
}

type Validate = ReturnType<ReturnType<typeof createSpecValidator>['compile']>;

function describeErrors(validate: Validate): string[] {
  return (validate.errors ?? []).map(
    (error) =>
      `${error.instancePath === '' ? '(body)' : error.instancePath} ${error.message ?? 'is invalid'}` +
      (error.params && Object.keys(error.params).length > 0 ? ` ${JSON.stringify(error.params)}` : ''),
  );
}

export function createResponseContract(spec: JsonObject): ResponseContract {
  const validator = createSpecValidator(spec);
  const compiled = new Map<string, Validate>();
  const compile = (key: string, schema: Json): Validate => {
    let validate = compiled.get(key);
    if (!validate) {
      validate = validator.compile(schema);
      compiled.set(key, validate);
    }
    return validate;
  };
  const responsesOf = (operationId: string): JsonObject => {
    const responses = getOperation(spec, operationId).operation.responses;
    return isObject(responses) ? responses : {};
  };
  /** A response, through its `$ref` to `components/responses` if it has one. */
  const resolveResponse = (response: Json | undefined): JsonObject | undefined => {
    if (!isObject(response)) return undefined;
    if (typeof response.$ref !== 'string') return response;
    const name = response.$ref.replace('#/components/responses/', '');
    const target = ((spec.components as JsonObject).responses as JsonObject | undefined)?.[name];
    return isObject(target) ? target : undefined;
  };
  return {
    statuses: (operationId) => Object.keys(responsesOf(operationId)),
    errors(operationId, status, body) {
      const responses = responsesOf(operationId);
      const response = resolveResponse(responses[String(status)]);
      if (!response) {
        return [
          `status ${status} is not documented for ${operationId} (documented: ${Object.keys(responses).join(', ')})`,
        ];
      }
      const media = isObject(response.content) ? response.content['application/json'] : undefined;
      if (!isObject(media) || media.schema === undefined) {
        return [`${operationId} ${status} documents no application/json body`];
      }
      const validate = compile(`${operationId} ${status}`, media.schema);
      return validate(body) ? [] : describeErrors(validate);
    },
    schemaErrors(schemaName, body) {
      const validate = compile(`#${schemaName}`, { $ref: `#/components/schemas/${schemaName}` });
      return validate(body) ? [] : describeErrors(validate);
    },
  };
}
