/**
 * The mock's control API (`openapi/mock-control.yaml`): what a test does to the store from
 * outside the process, the HTTP face of the store's set-up methods. It is not the task-record
 * API and has its own small table; the seven endpoints stay in the core's one table. Framework
 * free, beside the route table, so that any adapter can serve it (node:http today).
 */
import type { TaskDefinitionInput } from '../store/commands/add-definition.js';
import type { MockStore } from '../store/create-mock-store.js';
import { isMockInputError } from '../store/mock-input-error.js';
import { partsOf } from '../store/store-parts.js';
import type { FaultInput } from '../store/store-state.js';
import { JSON_CONTENT_TYPE, mediaTypeOf } from './json-content-type.js';
import type { MockRequest, MockResponse } from './mock-request.js';
import { requestBodyText } from './request-body-text.js';
import { untaggedMessage } from './untagged-message.js';

/** The control API's path prefix. */
export const CONTROL_PREFIX = '/__mock';

/**
 * The longest one `clock/advance` may move the clock: one hour. A periodic definition starts
 * a run every period (at least 1 s), so a bigger jump could keep the server busy for seconds.
 */
export const maxAdvanceMs = 60 * 60 * 1_000;

type ControlAction = (store: MockStore, body: Record<string, unknown>) => MockResponse;

const jsonHeaders = { 'content-type': JSON_CONTENT_TYPE };

function answer(status: number, body: unknown, headers: Record<string, string> = {}): MockResponse {
  return { status, headers: { ...jsonHeaders, ...headers }, body };
}

function invalid(message: string): MockResponse {
  return answer(400, { code: 400, message: `控制请求无效: ${message}` });
}

const actions: Record<string, { method: 'GET' | 'POST'; run: ControlAction }> = {
  '/definitions': {
    method: 'POST',
    run: (store, body) => {
      // The store would take a definition without a detail (and run it as unparseable, R9);
      // over HTTP that is far likelier a misspelt field.
      if (body.detail === undefined) return invalid("detail is missing: the definition's block tree");
      store.addDefinition(body as unknown as TaskDefinitionInput);
      return answer(201, { id: body.id });
    },
  },
  '/tasks': {
    method: 'POST',
    run: (store, body) => {
      const { definitionId, inputParams, scenario, source, variables } = body;
      if (typeof definitionId !== 'string' || definitionId === '') {
        return invalid('definitionId must be a non-empty string');
      }
      const options = Object.fromEntries(
        Object.entries({ scenario, source, variables }).filter(([, value]) => value !== undefined),
      );
      const taskRecordId = store.runTask(
        definitionId,
        inputParams as Record<string, unknown> | undefined,
        options,
      );
      return answer(201, { taskRecordId });
    },
  },
  '/clock/advance': {
    method: 'POST',
    run: (store, body) => {
      const { ms } = body;
      if (!(typeof ms === 'number' && Number.isInteger(ms) && ms >= 0 && ms <= maxAdvanceMs)) {
        return invalid(
          `ms must be a whole number from 0 to ${maxAdvanceMs}, got ${JSON.stringify(ms) ?? 'nothing'}`,
        );
      }
      store.advance(ms);
      return answer(200, { now: partsOf(store).timestamp() });
    },
  },
  '/faults': {
    method: 'POST',
    run: (store, body) => answer(201, store.injectFault(body as unknown as FaultInput)),
  },
  '/reset': {
    method: 'POST',
    run: (store) => {
      store.reset();
      return answer(200, { status: 'ok' });
    },
  },
  '/snapshot': {
    method: 'GET',
    run: (store) => answer(200, store.snapshot()),
  },
};

type BodyResult = { ok: true; value: Record<string, unknown> } | { ok: false; response: MockResponse };

/** The body of a control POST: a JSON object (none reads as `{}`), or the 400 that says what it is. */
function readJsonObject(request: MockRequest): BodyResult {
  const type = mediaTypeOf(request.contentType);
  if (type !== '' && type !== 'application/json') {
    return {
      ok: false,
      response: invalid(`the body must be JSON (Content-Type: application/json), got ${request.contentType}`),
    };
  }
  const decoded = requestBodyText(request.body);
  if (decoded.kind === 'not-utf8') return { ok: false, response: invalid('the body is not UTF-8 text') };
  const text = decoded.text;
  if (text === null || text.trim() === '') return { ok: true, value: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, response: invalid('the body is not valid JSON') };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, response: invalid('the body must be a JSON object') };
  }
  return { ok: true, value: parsed as Record<string, unknown> };
}

/**
 * Answers a control request (a path under `/__mock`), or `undefined` for any other path.
 * Like the core, it never throws and a refused request changes nothing: the store's set-up
 * methods check their arguments before they change anything. Only a caller's mistake (a
 * `MockInputError`) is a 400; anything else is a bug of the mock's: the documented 500, with
 * the error passed to `onError` so that it is not lost in an answer the caller may ignore.
 *
 * @example
 * ```ts
 * const response = handleControlRequest(store, { method: 'POST', path: '/__mock/reset', body: null });
 * ```
 */
export function handleControlRequest(
  store: MockStore,
  request: MockRequest,
  onError?: (error: Error) => void,
): MockResponse | undefined {
  if (request.path !== CONTROL_PREFIX && !request.path.startsWith(`${CONTROL_PREFIX}/`)) return undefined;
  const name = request.path.slice(CONTROL_PREFIX.length);
  // Own keys only: `/__mock/constructor` is an unknown route, not Object's.
  const action = Object.hasOwn(actions, name) ? actions[name] : undefined;
  if (!action) {
    return answer(404, { code: 404, message: `未找到控制接口: ${request.method} ${request.path}` });
  }
  if (request.method !== action.method) {
    return answer(
      405,
      { code: 405, message: `不支持的请求方法: ${request.method}, 此接口只支持 ${action.method}` },
      { allow: action.method },
    );
  }
  const body: BodyResult = action.method === 'POST' ? readJsonObject(request) : { ok: true, value: {} };
  if (!body.ok) return body.response;
  try {
    return action.run(store, body.value);
  } catch (error) {
    if (isMockInputError(error)) return invalid(untaggedMessage(error));
    // A plain TypeError too (`Cannot read properties of undefined`): a bug, not the caller's.
    // Wrapped, so that a log of the message alone still says which request hit it.
    onError?.(
      new Error(
        `[vwed] control request ${request.method} ${request.path} failed: ${untaggedMessage(error)}`,
        {
          cause: error,
        },
      ),
    );
    return answer(500, { code: 500, message: `控制请求失败: ${untaggedMessage(error)}` });
  }
}
