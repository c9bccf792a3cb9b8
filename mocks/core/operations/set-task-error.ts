import { TaskStatus } from '../../../src/status.js';
import { setTaskError as setTaskErrorCommand } from '../../store/commands/set-task-error.js';
import type { StoreParts } from '../../store/store-parts.js';
import { failure, type OperationResult } from '../envelopes.js';
import { isJsonContentType } from '../json-content-type.js';
import type { MockRequest } from '../mock-request.js';
import { requestBodyText } from '../request-body-text.js';

const maxBody = 1024 * 1024;

/** The body's size in UTF-8 bytes, counted only when the characters alone do not decide it. */
function tooLarge(body: string): boolean {
  if (body.length > maxBody) return true;
  return body.length * 3 > maxBody && new TextEncoder().encode(body).length > maxBody;
}

const invalid = (detail: string) => failure(400, `请求参数错误: ${detail}`, true);

/** The error reason out of the raw body, or the 400 that says what is wrong with it. */
function readReason(body: string | null): string | OperationResult {
  if (body === null || body.trim() === '') return invalid('缺少请求体, 需要 {"error_reason": "..."}');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return invalid('请求体不是合法的 JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return invalid('请求体必须是 JSON 对象');
  }
  const reason = (parsed as { error_reason?: unknown }).error_reason;
  if (reason === undefined) return invalid('缺少 error_reason');
  if (typeof reason !== 'string') return invalid('error_reason 必须是字符串');
  if (reason.trim() === '') return invalid('error_reason 不能为空');
  return reason;
}

/**
 * POST /set-error/{id}: the request's `error_reason`, checked, to the set-error command (R7);
 * its own envelope, `{success, message, data}` (R3).
 */
export function setTaskError(parts: StoreParts, taskRecordId: string, request: MockRequest): OperationResult {
  if (!isJsonContentType(request.contentType)) {
    // 400, the document's status for a bad request, where FastAPI itself would say 422.
    return failure(
      400,
      `请求参数错误: 请求体必须是 JSON (Content-Type: application/json), 收到 ${request.contentType}`,
      true,
    );
  }
  const decoded = requestBodyText(request.body);
  if (decoded.kind === 'not-utf8') return invalid('请求体不是合法的 UTF-8 文本');
  const body = decoded.text;
  if (body !== null && tooLarge(body)) return invalid(`请求体超过 ${maxBody} 字节`);
  const reason = readReason(body);
  if (typeof reason !== 'string') return reason;
  const result = setTaskErrorCommand(parts, taskRecordId, reason);
  if (!result.ok) return failure(404, `未找到任务记录 ${taskRecordId}`, true);
  return {
    status: 200,
    body: {
      success: true,
      message: '任务状态设置为错误成功',
      data: {
        task_record_id: result.task.id,
        task_status: TaskStatus.failed,
        error_reason: reason,
        ended_on: result.endedOn,
        updated_blocks_count: result.updatedBlocks.length,
        updated_blocks: result.updatedBlocks,
      },
    },
  };
}
