import type { StoreParts } from '../../store/store-parts.js';
import { failure, type OperationResult, success } from '../envelopes.js';

/** GET /block/{id}: one block record in detail. */
export function getBlockRecord(parts: StoreParts, blockRecordId: string): OperationResult {
  const record = parts.records.blockRecord(blockRecordId);
  if (!record) return failure(404, `未找到ID为 ${blockRecordId} 的块记录`);
  return success('成功获取块记录详情', record);
}
