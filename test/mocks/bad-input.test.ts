/**
 * Bad input gets a clear 4xx JSON error in the documented envelope and changes nothing;
 * nothing crashes a handler.
 */
import { describe, expect, it, vi } from 'vitest';
import { createMockStore, handleMockRequest, type MockStore } from '../../mocks/index.js';
import { definition, simple, storeWithRun } from './definitions.js';
import { recordsOf } from './records-of.js';
import { contractErrors } from './spec-contract.js';

const base = '/api/vwed-task-record';

/** The store's data, without the journal (which records the bad requests, as it should). */
function stateOf(store: MockStore) {
  const { requests: _requests, ...rest } = store.snapshot();
  return rest;
}

describe('set-error bodies', () => {
  const tooBig = JSON.stringify({ error_reason: 'x'.repeat(1024 * 1024 + 10) });
  it.each([
    ['no body', null, 400, /缺少请求体/],
    ['an empty body', '', 400, /缺少请求体/],
    ['invalid JSON', '{"error_reason": ', 400, /不是合法的 JSON/],
    ['a JSON array', '["x"]', 400, /必须是 JSON 对象/],
    ['JSON null', 'null', 400, /必须是 JSON 对象/],
    ['a missing reason', '{}', 400, /缺少 error_reason/],
    ['an empty reason', '{"error_reason": ""}', 400, /不能为空/],
    ['a blank reason', '{"error_reason": "  \\n "}', 400, /不能为空/],
    ['a number', '{"error_reason": 42}', 400, /必须是字符串/],
    ['a body over 1 MiB', tooBig, 400, /超过 1048576 字节/],
    [
      'a body over 1 MiB in UTF-8 bytes, not characters',
      JSON.stringify({ error_reason: '错'.repeat(400_000) }),
      400,
      /超过/,
    ],
  ])('%s: %i, and nothing changes', (_name, body, status, message) => {
    const { store, id } = storeWithRun();
    const before = stateOf(store);
    const answer = handleMockRequest(store, { method: 'POST', path: `${base}/set-error/${id}`, body });
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject({
      success: false,
      code: status,
      message: expect.stringMatching(message),
    });
    expect(stateOf(store)).toEqual(before);
    expect(contractErrors('setTaskError', status, answer.body)).toEqual([]);
  });

  it.each([
    ['text/plain', 400],
    ['application/x-www-form-urlencoded', 400],
    ['application/json; charset=utf-8', 200],
    ['application/merge-patch+json', 200],
    [null, 200],
  ])('a body of type %s: %i (JSON only, as FastAPI reads it)', (contentType, status) => {
    const { store, id } = storeWithRun();
    const before = stateOf(store);
    const body = '{"error_reason": "人工干预"}';
    const answer = handleMockRequest(store, {
      method: 'POST',
      path: `${base}/set-error/${id}`,
      body,
      contentType,
    });
    expect(answer.status).toBe(status);
    expect(contractErrors('setTaskError', status, answer.body)).toEqual([]);
    if (status === 400) {
      expect(answer.body).toMatchObject({
        success: false,
        message: expect.stringContaining('application/json'),
      });
      expect(stateOf(store)).toEqual(before);
    }
  });

  it('a __proto__ key in the body pollutes nothing', () => {
    const { store, id } = storeWithRun();
    const body =
      '{"error_reason": "x", "__proto__": {"polluted": true}, "constructor": {"prototype": {"bad": 1}}}';
    const answer = handleMockRequest(store, { method: 'POST', path: `${base}/set-error/${id}`, body });
    expect(answer.status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).bad).toBeUndefined();
  });
});

describe('paths and methods', () => {
  it.each([
    ['an unknown route', 'GET', `${base}/nothing/here`, 404],
    ['outside the API', 'GET', '/other', 404],
    ['a known path with the wrong method', 'DELETE', `${base}/detail/x`, 405],
    ['GET on a POST route', 'GET', `${base}/stop/x`, 405],
  ])('%s: %i with a JSON body', (_name, method, path, status) => {
    const store = createMockStore({ seed: 'doc-examples' });
    const before = stateOf(store);
    const answer = handleMockRequest(store, { method, path, body: null });
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject({ code: status, message: expect.any(String) });
    expect(stateOf(store)).toEqual(before);
    // A 405 says what the path does take, as HTTP asks.
    expect(answer.headers.allow).toBe(status === 405 ? (method === 'GET' ? 'POST' : 'GET') : undefined);
  });

  // Regression: an undecodable ID got an undocumented 400 on the four GETs (and set-error's
  // lacked success: false). A FastAPI engine keeps such an escape as text: it names no record.
  it.each(['%ZZ', '%', '%E0%A4%A', '%ED%A0%80', '%D8%00', 'a%2', '%C0%AF'])(
    'an undecodable ID (%s) gets each operation its documented not-found answer',
    (id) => {
      const store = createMockStore({ seed: 'doc-examples' });
      const before = stateOf(store);
      const expected = [
        ['GET', 'blocks', 'getBlockRecords', 200],
        ['GET', 'block', 'getBlockRecord', 404],
        ['POST', 'stop', 'stopTask', 400],
        ['GET', 'execution/block/results', 'getExecutionResults', 404],
        ['GET', 'detail', 'getTaskRecord', 404],
        ['POST', 'retry', 'retryTask', 404],
        ['POST', 'set-error', 'setTaskError', 404],
      ] as const;
      for (const [method, route, operationId, status] of expected) {
        const body = operationId === 'setTaskError' ? JSON.stringify({ error_reason: '原因' }) : null;
        const answer = handleMockRequest(store, {
          method,
          path: `${base}/${route}/${id}`,
          body,
          contentType: 'application/json',
        });
        expect(answer.status, operationId).toBe(status);
        expect(contractErrors(operationId, answer.status, answer.body), operationId).toEqual([]);
        expect(JSON.stringify(answer.body), operationId).toContain(status === 200 ? '"data":[]' : id);
      }
      expect(stateOf(store)).toEqual(before);
    },
  );

  it('an encoded slash stays inside the ID', () => {
    const store = createMockStore({ seed: 'doc-examples' });
    const answer = handleMockRequest(store, {
      method: 'GET',
      path: `${base}/detail/..%2Fblocks%2Fx`,
      body: null,
    });
    expect(answer).toMatchObject({ status: 404, body: { message: '未找到ID为 ../blocks/x 的任务记录' } });
  });
});

describe('input parameters', () => {
  it('a __proto__ key in input params or a definition pollutes nothing', () => {
    const store = createMockStore();
    store.addDefinition(
      JSON.parse(
        '{"id":"p","label":"p","detail":{"rootBlock":{"id":-1,"name":"-1","blockType":"RootBp","__proto__":{"x":1},"children":{"default":[{"id":1,"name":"b1","blockType":"PrintBp","inputParams":{"__proto__":{"type":"Simple","value":1}}}]}}}}',
      ),
    );
    const id = store.runTask('p', JSON.parse('{"__proto__": {"polluted": true}, "a": 1}'));
    store.runUntilIdle();
    expect(recordsOf(store).task(id)?.status).toBe(1000);
    expect(recordsOf(store).task(id)?.input_params).toEqual({ a: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('an expression that cannot be evaluated fails its block with the reason', () => {
    const store = createMockStore();
    store.addDefinition(
      definition('e', [
        {
          id: 1,
          name: 'b1',
          blockType: 'PrintBp',
          inputParams: { message: { type: 'Expression', value: 'blocks.b9.item' } },
        },
      ]),
    );
    const id = store.runTask('e');
    store.runUntilIdle();
    expect(recordsOf(store).task(id)).toMatchObject({ status: 2000 });
    expect(recordsOf(store).task(id)?.ended_reason).toMatch(
      /^参数 message 计算失败: cannot read "item" of undefined/,
    );
  });

  it('a definition that cannot be parsed fails its run at once, and its tree is flat (R9)', () => {
    const store = createMockStore();
    store.addDefinition({ id: 'broken', label: 'broken', detail: '{"rootBlock": ' });
    const id = store.runTask('broken');
    expect(recordsOf(store).task(id)).toMatchObject({ status: 2000 });
    expect(recordsOf(store).task(id)?.ended_reason).toMatch(/^任务定义解析失败/);
    const answer = handleMockRequest(store, {
      method: 'GET',
      path: `${base}/execution/block/results/${id}`,
      body: null,
    });
    expect(answer.body).toMatchObject({ code: 200, data: [] });
  });

  it('a loop that would not end is bounded', () => {
    const store = createMockStore();
    store.addDefinition(
      definition('w', [
        {
          id: 1,
          name: 'b1',
          blockType: 'WhileBp',
          inputParams: { loopCondition: simple(true) },
          children: {
            default: [{ id: 2, name: 'b2', blockType: 'PrintBp', inputParams: { message: simple('x') } }],
          },
        },
      ]),
    );
    const id = store.runTask('w');
    store.runUntilIdle();
    expect(recordsOf(store).task(id)).toMatchObject({ status: 2000, ended_reason: '循环次数超过上限 1000' });
  });
});

describe('a failure inside the mock', () => {
  it.each([
    ['getBlockRecords', 'GET', '/blocks/:id', '获取任务块运行情况失败: disk full', false],
    [
      'getExecutionResults',
      'GET',
      '/execution/block/results/:id',
      '获取任务记录执行结果失败: disk full',
      false,
    ],
    ['setTaskError', 'POST', '/set-error/:id', '设置任务错误状态失败: disk full', true],
  ])(
    '%s: becomes the documented 500 in its envelope, never a throw',
    (operation, method, path, message, setError) => {
      const store = createMockStore();
      store.addDefinition(definition('d', []));
      const id = store.runTask('d');
      // The store cannot fail on its own; this stands in for a bug in it.
      vi.spyOn(recordsOf(store), 'blockRecordsOf').mockImplementation(() => {
        throw new Error('disk full');
      });
      vi.spyOn(recordsOf(store), 'task').mockImplementation(() => {
        throw new Error('disk full');
      });
      const body = setError ? JSON.stringify({ error_reason: 'x' }) : null;
      const answer = handleMockRequest(store, { method, path: `${base}${path.replace(':id', id)}`, body });
      expect(answer.status).toBe(500);
      expect(answer.body).toEqual(setError ? { success: false, code: 500, message } : { code: 500, message });
      expect(contractErrors(operation, 500, answer.body)).toEqual([]);
    },
  );
});
