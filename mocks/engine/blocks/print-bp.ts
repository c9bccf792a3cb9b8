import type { BlockType } from '../block-type.js';

/** PrintBp: logs `打印: <message>` after its own time. */
export const printBp: BlockType = {
  type: 'PrintBp',
  name: '打印块',
  ownDurationMs: 30,
  leafLog(_step, _block, inputs) {
    const text = typeof inputs.message === 'string' ? inputs.message : JSON.stringify(inputs.message ?? null);
    return [`打印: ${text}`, { message: inputs.message ?? null }];
  },
};
