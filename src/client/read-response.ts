import { VwedApiError } from '../errors/vwed-api-error.js';
import type { OperationName } from './operation-name.js';
import { textExcerpt } from './text-excerpt.js';

/** What one HTTP exchange produced, before the envelope is opened. */
export interface RawResponse {
  operation: OperationName;
  response: Response;
  /** The body: text for a 2xx answer; for others, parsed JSON or the text when it is not JSON. */
  body: unknown;
}

const envelope = 'a success envelope with data';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A body that is not what the API sends: not JSON (a proxy's HTML page), or no envelope.
 * The error keeps the parsed body, or for text only an excerpt.
 */
function unexpected({ operation, response }: RawResponse, expected: string, text: string, body?: unknown) {
  const shown = textExcerpt(text);
  const { status } = response;
  return new VwedApiError(
    `[vwed] ${operation}: expected ${expected} (HTTP ${status})${shown === '' ? ', empty' : `: ${shown}`}`,
    { operation, code: status, httpStatus: status, body: body ?? shown },
  );
}

/** A readable message out of a FastAPI `{detail}`: a string, or a list of `{loc, msg}`. */
function detailMessage(detail: unknown): string | undefined {
  if (typeof detail === 'string') return detail;
  if (!Array.isArray(detail)) return undefined;
  const parts = detail.map((item) =>
    isRecord(item) && typeof item.msg === 'string'
      ? Array.isArray(item.loc)
        ? `${item.loc.join('.')}: ${item.msg}`
        : item.msg
      : JSON.stringify(item),
  );
  return parts.join('; ');
}

/**
 * A failure the server reported. Its code is never 200: the body's `code` when it is a
 * failing one, else the HTTP status when that is one, else 422 for a `{detail}` body,
 * else 500 (`success: false` under HTTP 200 with no code says only that it failed).
 */
function apiError({ operation, response }: RawResponse, body: Record<string, unknown>): VwedApiError {
  const detail = detailMessage(body.detail);
  const bodyCode = Number.isInteger(body.code) && body.code !== 200 ? (body.code as number) : undefined;
  const code = bodyCode ?? (!response.ok ? response.status : detail !== undefined ? 422 : 500);
  const message =
    typeof body.message === 'string'
      ? body.message
      : (detail ?? `[vwed] ${operation}: failed with code ${code} (HTTP ${response.status})`);
  return new VwedApiError(message, { operation, code, httpStatus: response.status, body });
}

/**
 * Opens the envelope of one response (ruling R3): the success `data`, or the failure
 * as a {@link VwedApiError}. A failure is any of: HTTP status outside 2xx, a body
 * `code` other than 200, `success: false`, a `{detail}` body, a body that is not JSON
 * or not an envelope (ruling R4: the body counts even under HTTP 200). Either success
 * envelope is accepted for every operation, as a server may use one for all.
 */
export function readResponse(raw: RawResponse): unknown {
  const { response } = raw;
  const type = response.headers.get('content-type') ?? 'no content type';
  let body = raw.body;
  if (response.ok) {
    const text = typeof body === 'string' ? body : '';
    try {
      body = JSON.parse(text);
    } catch {
      throw unexpected(raw, `a JSON body, got ${type}`, text);
    }
  } else if (typeof body === 'string' || body === undefined) {
    throw unexpected(raw, `a JSON body, got ${type}`, body ?? '');
  }
  if (!isRecord(body)) {
    if (response.ok) throw unexpected(raw, envelope, JSON.stringify(body), body);
    throw apiError(raw, {});
  }
  const failed =
    !response.ok ||
    body.success === false ||
    body.detail !== undefined ||
    (body.code !== undefined && body.code !== 200);
  if (failed) throw apiError(raw, body);
  if ((body.success !== true && body.code !== 200) || !('data' in body)) {
    throw unexpected(raw, envelope, JSON.stringify(body), body);
  }
  return body.data;
}
