/**
 * An ajv (JSON Schema 2020-12) validator over the spec's component schemas: the
 * second, independent reader of the spec beside redocly's linter.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import type { Json, JsonObject } from './load-spec.js';

const specId = 'https://vwed.invalid/vwed-task-record.json';

/** Rewrites the spec's `#/components/schemas/X` refs to the ajv document's `$defs`. */
function toAjvRefs(node: Json): Json {
  return JSON.parse(JSON.stringify(node).replaceAll('"#/components/schemas/', `"${specId}#/$defs/`)) as Json;
}

export interface SpecValidator {
  /** A validate function for a schema as the spec writes it (usually a `$ref`). */
  compile(schema: Json): ValidateFunction;
}

export function createSpecValidator(spec: JsonObject): SpecValidator {
  // strict: an unknown keyword or a type-less `properties` is a spec error, not a silent pass.
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  const schemas = (spec.components as JsonObject).schemas as JsonObject;
  ajv.addSchema({ $id: specId, $defs: toAjvRefs(schemas) } as JsonObject);
  return {
    compile: (schema) => ajv.compile(toAjvRefs(schema) as JsonObject),
  };
}
