/**
 * The IDs of the `doc-examples` seed, the data both of the fuzzer's stores start from: the
 * known IDs before any run is started.
 */
import { docExamplesState } from '../../mocks/fixtures/doc-examples.js';

const state = docExamplesState(1);

export const fuzzSeed = {
  definitionIds: state.definitions.map((definition) => definition.id),
  taskIds: state.tasks.map((task) => task.id),
  blockIds: state.blocks.map((block) => block.id),
} as const;
