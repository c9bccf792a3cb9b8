import type { MockStore } from '../../store/create-mock-store.js';
import { failure, type OperationResult, success } from '../envelopes.js';

/** GET /block/{id}: one block record in detail. */
export function getBlockRecord(store: MockStore, blockRecordId: string): OperationResult {
  const record = store.blockRecord(blockRecordId);
  if (!record) return failure(404, `未找到ID为 ${blockRecordId} 的块记录`);
  return success('成功获取块记录详情', record);
}
