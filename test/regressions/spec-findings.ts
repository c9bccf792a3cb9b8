/**
 * The regressions' one question, asked with the fuzzer's own oracle (`check-answer.ts`): what,
 * if anything, the spec does not document about this answer to this request. `[]` when the
 * answer is one the spec documents: for an operation, a status it lists with a body that
 * validates (in always-200 mode, HTTP 200 with such a status in the body); for a path that is
 * no operation's, 404, or 405 with `Allow`, and an `ErrorResponse`.
 */
import { handleMockRequest, type MockResponse, type MockStore } from '../../mocks/index.js';
import { checkTaskRecordAnswer } from '../fuzz/check-answer.js';
import { taskRecordContract, taskRecordRouter } from '../fuzz/fuzz-specs.js';
import { parseRawAnswer, type WireAnswer } from '../fuzz/fuzz-targets.js';

export const api = taskRecordRouter.basePath;

/** The `doc-examples` seed's records. */
export const seedTask = '7b84fd4d-e947-4ec7-8535-05ede5f8aa9d';
export const seedBlock = 'b5410c81-99b3-4d61-bb79-e54292d012d4';

export interface Asked {
  method: string;
  /** The path as sent, with the API's base path. */
  path: string;
  httpStatus?: 'mirror' | 'always-200';
  /** The injected fault that answered, if one did. */
  fault?: { status: number; message: string };
}

export function specFindings(asked: Asked, answer: WireAnswer): string[] {
  const route = taskRecordRouter.route(asked.method, asked.path);
  return checkTaskRecordAnswer(
    taskRecordContract,
    {
      httpStatus: asked.httpStatus ?? 'mirror',
      route,
      knownRecord: false,
      ...(asked.fault ? { fault: asked.fault } : {}),
    },
    answer,
  ).map((finding) => `${finding.check}: ${finding.detail}`);
}

/** The core's answer as it goes on the wire. */
/** The set-error body every POST of the regressions carries (stop and retry ignore it). */
const postBody = JSON.stringify({ error_reason: '系统异常' });

/** The core's answer, as the wire would carry it, to one request of an operation. */
export function coreAnswer(store: MockStore, method: string, path: string): WireAnswer {
  const post = method === 'POST';
  return wireOf(
    handleMockRequest(store, {
      method,
      path,
      body: post ? postBody : null,
      contentType: post ? 'application/json' : null,
    }),
  );
}

export function wireOf(response: MockResponse): WireAnswer {
  return { status: response.status, headers: response.headers, text: JSON.stringify(response.body) };
}

/** A raw exchange's answer (`rawRequest`'s text); throws when no whole HTTP answer came. */
export function wireOfRaw(text: string): WireAnswer {
  const result = parseRawAnswer(text);
  if (!result.ok) throw new Error(`[vwed] no answer to hold to the spec: ${result.error}`);
  return result.answer;
}
