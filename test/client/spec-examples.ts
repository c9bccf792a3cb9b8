/** The spec's examples, by operation, status and name: the document's own JSON. */
import { getOperation, type Json, type JsonObject, loadSpec } from '../spec/load-spec.js';

const spec = loadSpec();

export function specExample(operationId: string, status: string, name = 'document'): JsonObject {
  const { operation } = getOperation(spec, operationId);
  const response = (operation.responses as JsonObject)[status] as JsonObject;
  const media = (response.content as JsonObject)['application/json'] as JsonObject;
  const example = (media.examples as JsonObject)[name] as JsonObject | undefined;
  if (!example) throw new Error(`no example ${name} for ${operationId} ${status}`);
  return structuredClone(example.value) as JsonObject;
}

/** The `data` of an operation's success example. */
export function exampleData(operationId: string, name = 'document'): Json {
  return specExample(operationId, '200', name).data as Json;
}
