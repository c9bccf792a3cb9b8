import type { BlockType } from '../block-type.js';
import { maxDelayMs } from '../engine-limits.js';

/** DelayBp: waits `timeMillis` (or `delayMs`), at most a day; a scenario's `durationMs` wins. */
export const delayBp: BlockType = {
  type: 'DelayBp',
  name: '延迟块',
  // Never used: its time is its input (durationFromInputs).
  ownDurationMs: 0,
  durationFromInputs(inputs) {
    const wait = Number(inputs.timeMillis ?? inputs.delayMs ?? 0);
    return Number.isFinite(wait) ? Math.min(Math.max(wait, 0), maxDelayMs) : 0;
  },
  leafLog: (_step, _block, inputs) => [`延迟完成`, { timeMillis: inputs.timeMillis ?? null }],
};
