/**
 * Every example of an OpenAPI document with the schema it illustrates: media examples of
 * request bodies and responses (through `$ref`s), response header examples, parameter
 * examples, and schema-level `examples` on components and their properties. Both specs'
 * tests validate each one against its schema.
 */
import { deref, isObject, type Json, type JsonObject, listOperations } from './load-spec.js';

export interface ExampleCase {
  where: string;
  schema: Json;
  value: Json;
}

/** `extraResponses`: responses the spec keeps outside its operations (an `x-` extension), by name. */
export function collectExamples(spec: JsonObject, extraResponses: Record<string, Json> = {}): ExampleCase[] {
  const cases: ExampleCase[] = [];
  const fromContent = (where: string, content: Json | undefined) => {
    if (!isObject(content)) return;
    for (const [mediaType, media] of Object.entries(content)) {
      if (!isObject(media) || media.schema === undefined) continue;
      for (const [name, example] of Object.entries((media.examples as JsonObject | undefined) ?? {})) {
        const { value } = example as JsonObject;
        if (value !== undefined)
          cases.push({ where: `${where} ${mediaType} ${name}`, schema: media.schema, value });
      }
    }
  };
  const fromResponse = (where: string, node: Json | undefined) => {
    const response = deref(spec, node) as JsonObject;
    fromContent(where, response.content);
    for (const [name, header] of Object.entries((response.headers as JsonObject | undefined) ?? {})) {
      const { schema, example } = deref(spec, header) as JsonObject;
      if (schema !== undefined && example !== undefined)
        cases.push({ where: `${where} header ${name}`, schema, value: example });
    }
  };
  for (const { path, method, operation } of listOperations(spec)) {
    const where = `${method.toUpperCase()} ${path}`;
    fromContent(`${where} request`, (deref(spec, operation.requestBody) as JsonObject | undefined)?.content);
    for (const [status, response] of Object.entries(operation.responses as JsonObject)) {
      fromResponse(`${where} ${status}`, response);
    }
  }
  for (const [where, response] of Object.entries(extraResponses)) fromResponse(where, response);
  const components = (spec.components as JsonObject | undefined) ?? {};
  for (const [name, parameter] of Object.entries((components.parameters as JsonObject | undefined) ?? {})) {
    const { schema, example } = parameter as JsonObject;
    if (schema !== undefined && example !== undefined)
      cases.push({ where: `parameter ${name}`, schema, value: example });
  }
  // Schema-level `examples` arrays, on components and on their properties.
  const stack: { where: string; node: Json }[] = Object.entries(
    (components.schemas as JsonObject | undefined) ?? {},
  ).map(([name, node]) => ({ where: `schema ${name}`, node }));
  while (stack.length > 0) {
    const next = stack.pop();
    if (!next || !isObject(next.node)) continue;
    if (Array.isArray(next.node.examples)) {
      const { examples, ...schema } = next.node;
      examples.forEach((value, index) => {
        cases.push({ where: `${next.where} examples[${index}]`, schema, value });
      });
    }
    for (const [key, child] of Object.entries((next.node.properties as JsonObject | undefined) ?? {})) {
      stack.push({ where: `${next.where}.${key}`, node: child });
    }
  }
  return cases;
}
