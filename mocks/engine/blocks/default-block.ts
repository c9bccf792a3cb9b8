import type { DefinitionBlock } from '../../definitions/parse-definition.js';
import type { BlockLog } from '../block-log.js';
import type { BlockBehaviour, ThreadStep } from '../block-type.js';

/**
 * A block of a type the engine does not know (`JackLoadBp`, `GotoSiteBp`, ...): a leaf that
 * succeeds after 100 ms, so that a real definition runs without support for every type. It has
 * no Chinese name: the execution tree shows its type as it is (see `blockTypeName`).
 */
export const defaultBlock: BlockBehaviour = {
  ownDurationMs: 100,
  leafLog: defaultLeafLog,
};

/** What a leaf logs when its type says nothing else: that it ended, and its outputs. */
export function defaultLeafLog(step: ThreadStep, block: DefinitionBlock): BlockLog {
  return [`块执行完成, 块id:${block.name}`, step.run.outputs[block.name] ?? null];
}
