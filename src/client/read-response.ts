import { VwedApiError } from '../errors/vwed-api-error.js';

/** What one HTTP exchange produced, before the envelope is opened. */
export interface RawResponse {
  operation: string;
  response: Response;
  /** The body: text for a 2xx answer; for others, parsed JSON or the text when it is not JSON. */
  body: unknown;
}

const excerptLength = 200;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > excerptLength ? `${flat.slice(0, excerptLength)}…` : flat;
}

const envelope = 'a success envelope, {code: 200, message, data} or {success: true, message, data}';
const contentType = ({ response }: RawResponse) => response.headers.get('content-type') ?? 'no content type';

/** A body that is not what the API sends: not JSON (a proxy's HTML page), or no envelope. */
function unexpected(
  { operation, response }: RawResponse,
  expected: string,
  text: string,
  body: unknown,
): VwedApiError {
  const shown = excerpt(text);
  return new VwedApiError({
    message: `[vwed] ${operation}: expected ${expected} (HTTP ${response.status})${shown === '' ? ', empty' : `: ${shown}`}`,
    operation,
    code: response.status,
    httpStatus: response.status,
    body,
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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

function apiError({ operation, response }: RawResponse, body: unknown): VwedApiError {
  const record = isRecord(body) ? body : {};
  const detail = detailMessage(record.detail);
  const code = Number.isInteger(record.code)
    ? (record.code as number)
    : detail !== undefined && response.ok
      ? 422
      : response.status;
  const message =
    typeof record.message === 'string'
      ? record.message
      : (detail ?? `[vwed] ${operation}: the server answered HTTP ${response.status} with code ${code}`);
  return new VwedApiError({ message, operation, code, httpStatus: response.status, body });
}

/**
 * Opens the envelope of one response (ruling R3): the success `data`, or the failure
 * as a {@link VwedApiError}. A failure is any of: HTTP status outside 2xx, a body
 * `code` other than 200, `success: false`, a `{detail}` body, a body that is not JSON
 * or not an envelope (ruling R4: the body counts even under HTTP 200).
 */
export function readResponse(raw: RawResponse): { body: Record<string, unknown>; data: unknown } {
  const { response } = raw;
  let body = raw.body;
  if (response.ok) {
    const text = typeof body === 'string' ? body : '';
    try {
      body = JSON.parse(text);
    } catch {
      throw unexpected(raw, `a JSON body, got ${contentType(raw)}`, text, excerpt(text));
    }
  } else if (typeof body === 'string' || body === undefined) {
    throw unexpected(raw, `a JSON body, got ${contentType(raw)}`, body ?? '', excerpt(body ?? ''));
  }
  if (!response.ok) throw apiError(raw, body);
  if (!isRecord(body)) throw unexpected(raw, envelope, JSON.stringify(body), body);
  const failed =
    body.success === false || body.detail !== undefined || (body.code !== undefined && body.code !== 200);
  if (failed) throw apiError(raw, body);
  if ((body.success !== true && body.code !== 200) || !('data' in body)) {
    throw unexpected(raw, envelope, JSON.stringify(body), body);
  }
  return { body, data: body.data };
}
