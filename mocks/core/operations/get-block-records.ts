import type { StoreParts } from '../../store/store-parts.js';
import { type OperationResult, success } from '../envelopes.js';

/** GET /blocks/{id}: every block record of the task record; `[]` for an unknown one (R5). */
export function getBlockRecords(parts: StoreParts, taskRecordId: string): OperationResult {
  const records = parts.records.blockRecordsOf(taskRecordId).map((record) => ({
    id: record.id,
    block_name: record.block_name,
    block_id: record.block_id,
    status: record.status,
    started_on: record.started_on,
    ended_on: record.ended_on,
    ended_reason: record.ended_reason,
    block_execute_name: record.block_execute_name,
    block_input_params_value: record.block_input_params_value,
    block_out_params_value: record.block_out_params_value,
    remark: record.remark,
  }));
  return success(`成功获取任务记录 ${taskRecordId} 的块运行情况`, records);
}
