/**
 * The execution results of the API document, read from the spec's `getExecutionResults`
 * examples (values verbatim), deep-frozen so that a test that changed them would throw.
 */
import type { ExecutionNode, ExecutionResults } from '../../src/types.js';
import { type JsonObject, loadSpec } from '../spec/load-spec.js';
import { deepFreeze } from './execution-node.js';

function exampleData(name: string): ExecutionResults {
  const spec = loadSpec();
  const paths = spec.paths as JsonObject;
  const operation = (paths['/execution/block/results/{task_record_id}'] as JsonObject).get as JsonObject;
  const ok = (operation.responses as JsonObject)['200'] as JsonObject;
  const media = (ok.content as JsonObject)['application/json'] as JsonObject;
  const example = (media.examples as JsonObject)[name] as JsonObject | undefined;
  if (!example) throw new Error(`no getExecutionResults example ${name} in the spec`);
  return deepFreeze((example.value as JsonObject).data as unknown as ExecutionResults);
}

/** The document's example: the root and one CSelectAgvBp block, both succeeded. */
export const documentExample = exampleData('document') as ExecutionNode;

/** The document's response template: root, b5 succeeded, and b6 below it not executed (1006). */
export const documentWithNotExecutedBlock = exampleData('documentWithNotExecutedBlock') as ExecutionNode;

/** Flat mode (ruling R9): the root record succeeded, b1 failed with `任务终止`. */
export const flatExample = exampleData('flat') as ExecutionNode[];
