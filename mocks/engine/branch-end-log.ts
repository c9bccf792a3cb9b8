import type { DefinitionBlock } from '../definitions/parse-definition.js';
import type { Frame } from '../store/store-state.js';
import type { BlockLog } from './block-log.js';
import type { ThreadStep } from './block-type.js';

/**
 * What a flow block logs when its branch (or its threads) ran to the end: its type's own log
 * (CSelectAgvBp reports its choice), else which branch ran, or that none did (a false IfBp,
 * an empty loop), as the document's logs show.
 */
export function branchEndLog(step: ThreadStep, frame: Frame, block: DefinitionBlock): BlockLog {
  const type = step.blockTypeOf(block.blockType);
  if (type.branchEndLog) return type.branchEndLog(step, block);
  const branch = frame.branch ?? 'default';
  return frame.done
    ? ['条件不满足或列表为空, 未执行子块', { executed: false, branch }]
    : [`分支 ${branch} 的所有子块执行完成`, { executed: true, branch }];
}
