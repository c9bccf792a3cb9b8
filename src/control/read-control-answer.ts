import { textExcerpt } from '../client/text-excerpt.js';
import { MockControlError } from '../errors/mock-control-error.js';
import type { MockControlOperation } from './mock-control-operation.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The parsed JSON of a 2xx body's text, or the text itself when it is not JSON. */
function parseText(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Reads one answer of the control API: the JSON object of a 2xx, or a {@link MockControlError}
 * with the answer's `{code, message}` for any other status. A body that is not a JSON object
 * (a proxy's page, an empty answer) is a `MockControlError` too, keeping the parsed value, or
 * for text an excerpt. `body` is the text of a 2xx; for other statuses what openapi-fetch made
 * of it (parsed JSON, or the text when it is not JSON).
 *
 * @example
 * ```ts
 * const answer = readControlAnswer('advanceClock', response, '{"now":"2025-04-30T08:00:05.000000"}');
 * ```
 */
export function readControlAnswer(
  operation: MockControlOperation,
  response: Response,
  body: unknown,
): Record<string, unknown> {
  const { ok, status } = response;
  const parsed = ok ? parseText(body ?? '') : body;
  if (!isRecord(parsed)) {
    const shown = textExcerpt(typeof parsed === 'string' ? parsed : (JSON.stringify(parsed) ?? ''));
    const type = response.headers.get('content-type') ?? 'no content type';
    const got = `${type} (HTTP ${status})${shown === '' ? ', empty' : `: ${shown}`}`;
    throw new MockControlError(`[vwed] ${operation}: expected a JSON object, got ${got}`, {
      operation,
      code: status,
      httpStatus: status,
      body: typeof parsed === 'string' || parsed === undefined ? shown : parsed,
    });
  }
  if (ok) return parsed;
  const code = Number.isInteger(parsed.code) ? (parsed.code as number) : status;
  const message =
    typeof parsed.message === 'string' ? parsed.message : `[vwed] ${operation}: failed with HTTP ${status}`;
  throw new MockControlError(message, { operation, code, httpStatus: status, body: parsed });
}
