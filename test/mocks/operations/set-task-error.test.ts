/**
 * POST /set-error/{id} as its operation function answers it: the body's `error_reason`
 * checked (each mistake a 400 `请求参数错误: ...`), the set-error command (R7), and the
 * operation's own envelope, `{success, message, data}`, its failures with `success: false`
 * beside `code` (R3).
 */
import { describe, expect, it } from 'vitest';
import type { MockRequest } from '../../../mocks/core/mock-request.js';
import { setTaskError } from '../../../mocks/core/operations/set-task-error.js';
import { formatTimestamp } from '../../../mocks/store/format-timestamp.js';
import { BlockRecordStatus, TaskStatus } from '../../../src/status.js';
import { finishedTask, midRunMs, runningTask } from '../unit-store.js';

const maxBody = 1024 * 1024;

function post(
  id: string,
  body: string | Uint8Array | null,
  contentType: string | null = 'application/json',
): MockRequest {
  return { method: 'POST', path: `/api/vwed-task-record/set-error/${id}`, body, contentType };
}

const reasonBody = (reason: unknown) => JSON.stringify({ error_reason: reason });

function invalid(detail: string) {
  return { status: 400, body: { success: false, code: 400, message: `请求参数错误: ${detail}` } };
}

describe('setTaskError', () => {
  it('answers the document’s envelope: success, message and what was updated, without a code', () => {
    const { parts, id, startedAt } = runningTask();
    const answer = setTaskError(parts, id, post(id, reasonBody('系统异常导致任务失败')));
    expect(answer).toEqual({
      status: 200,
      body: {
        success: true,
        message: '任务状态设置为错误成功',
        data: {
          task_record_id: id,
          task_status: TaskStatus.failed,
          error_reason: '系统异常导致任务失败',
          ended_on: formatTimestamp(startedAt + midRunMs),
          updated_blocks_count: 2,
          updated_blocks: [
            { block_id: '-1', block_name: '-1', status: BlockRecordStatus.failed },
            { block_id: '2', block_name: 'b2', status: BlockRecordStatus.failed },
          ],
        },
      },
    });
    expect(parts.records.task(id)).toMatchObject({
      status: TaskStatus.failed,
      ended_reason: '系统异常导致任务失败',
    });
  });

  it('on a finished task: allowed, and no 1000 block is updated or reported (R7)', () => {
    const { parts, id } = finishedTask();
    const blocks = structuredClone(parts.records.blockRecordsOf(id));
    const answer = setTaskError(parts, id, post(id, reasonBody('事后置错')));
    expect(answer).toMatchObject({
      status: 200,
      body: {
        success: true,
        data: { task_status: TaskStatus.failed, updated_blocks_count: 0, updated_blocks: [] },
      },
    });
    expect(parts.records.blockRecordsOf(id)).toEqual(blocks);
  });

  it.each([
    ['no Content-Type', null],
    ['a charset', 'application/json; charset=utf-8'],
    ['a +json type', 'application/merge-patch+json'],
  ])('reads the body as JSON with %s', (_, contentType) => {
    const { parts, id } = runningTask();
    expect(setTaskError(parts, id, post(id, reasonBody('x'), contentType)).status).toBe(200);
  });

  it('reads a body of UTF-8 bytes', () => {
    const { parts, id } = runningTask();
    const answer = setTaskError(parts, id, post(id, new TextEncoder().encode(reasonBody('叉车故障'))));
    expect(answer).toMatchObject({ status: 200, body: { data: { error_reason: '叉车故障' } } });
  });

  it('takes a body of exactly 1 MiB', () => {
    const { parts, id } = runningTask();
    const frame = reasonBody('').length;
    const body = reasonBody('a'.repeat(maxBody - frame));
    expect(body.length).toBe(maxBody);
    expect(setTaskError(parts, id, post(id, body)).status).toBe(200);
  });
});

describe('setTaskError refuses a bad request with 400 请求参数错误, and changes nothing', () => {
  const cases: [string, (id: string) => MockRequest, ReturnType<typeof invalid>][] = [
    [
      'a body that is not JSON by its Content-Type',
      (id) => post(id, 'error_reason=x', 'application/x-www-form-urlencoded'),
      invalid('请求体必须是 JSON (Content-Type: application/json), 收到 application/x-www-form-urlencoded'),
    ],
    ['no body', (id) => post(id, null), invalid('缺少请求体, 需要 {"error_reason": "..."}')],
    ['a blank body', (id) => post(id, ' \n '), invalid('缺少请求体, 需要 {"error_reason": "..."}')],
    [
      'bytes that are not UTF-8',
      (id) => post(id, new Uint8Array([0x7b, 0xff, 0x7d])),
      invalid('请求体不是合法的 UTF-8 文本'),
    ],
    ['a body that is not JSON', (id) => post(id, '{error_reason: x}'), invalid('请求体不是合法的 JSON')],
    ['a JSON array', (id) => post(id, '["x"]'), invalid('请求体必须是 JSON 对象')],
    ['JSON null', (id) => post(id, 'null'), invalid('请求体必须是 JSON 对象')],
    ['a JSON string', (id) => post(id, '"x"'), invalid('请求体必须是 JSON 对象')],
    ['no error_reason', (id) => post(id, '{"reason": "x"}'), invalid('缺少 error_reason')],
    [
      'an error_reason that is not a string',
      (id) => post(id, reasonBody(42)),
      invalid('error_reason 必须是字符串'),
    ],
    ['a null error_reason', (id) => post(id, reasonBody(null)), invalid('error_reason 必须是字符串')],
    ['an empty error_reason', (id) => post(id, reasonBody('')), invalid('error_reason 不能为空')],
    ['a blank error_reason', (id) => post(id, reasonBody('  \t ')), invalid('error_reason 不能为空')],
    [
      'a body over 1 MiB',
      (id) => post(id, reasonBody('a'.repeat(maxBody))),
      invalid(`请求体超过 ${maxBody} 字节`),
    ],
    [
      'a body under 1 MiB of characters but over it in UTF-8 bytes',
      (id) => post(id, reasonBody('故'.repeat(400_000))),
      invalid(`请求体超过 ${maxBody} 字节`),
    ],
  ];

  it.each(cases)('%s', (_, request, expected) => {
    const { store, parts, id } = runningTask();
    const before = store.snapshot();
    expect(setTaskError(parts, id, request(id))).toEqual(expected);
    expect(store.snapshot()).toEqual(before);
  });

  it('a bad body for an unknown record: the body is checked first', () => {
    const { parts } = runningTask();
    expect(setTaskError(parts, 'no-such-record', post('no-such-record', null))).toMatchObject({
      status: 400,
    });
  });
});

describe('setTaskError refuses an unknown task record', () => {
  it('with 404 and success: false, and changes nothing', () => {
    const { store, parts } = runningTask();
    const before = store.snapshot();
    expect(setTaskError(parts, 'no-such-record', post('no-such-record', reasonBody('x')))).toEqual({
      status: 404,
      body: { success: false, code: 404, message: '未找到任务记录 no-such-record' },
    });
    expect(store.snapshot()).toEqual(before);
  });
});
