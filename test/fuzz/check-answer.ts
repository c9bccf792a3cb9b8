/**
 * The fuzzer's oracle: what the spec says of one answer, whatever was asked.
 *
 * - Every answer is JSON (`application/json`).
 * - An operation's answer has a status the operation documents and a body that validates
 *   against that status's schema; by default the body's `code` equals the HTTP status (R4).
 *   In `always-200` mode the HTTP status is 200 and the body's `code` (or `success`) is the
 *   status held to the spec; the server's transport answers (408, 413, 431), given before or
 *   instead of reading the request, keep their HTTP status in that mode, but must still be
 *   documented for the operation.
 * - No 5xx unless an injected fault of that operation was due and answered; a fault answers
 *   its own status and message.
 * - A GET of a record the store has answers 200.
 * - A path no operation has answers 404, a documented path asked with another method 405
 *   with `Allow` naming the spec's methods; both with an `ErrorResponse` body whose `code` is
 *   the status, in either status mode (they belong to no operation, so R4 does not apply).
 *   A transport answer (408, 413, 431) is accepted there too, as an `ErrorResponse`: the
 *   server gives it before it knows the route.
 */

import type { WireAnswer } from './fuzz-targets.js';
import type { ResponseContract } from './response-contract.js';
import type { SpecRoute } from './spec-routes.js';

/** Answers the server gives from its socket handling, not from an operation. */
const transportStatuses = new Set([408, 413, 431]);

export interface Finding {
  /** The kind of breach, in the same words each time: part of the key failures are deduplicated by. */
  check: string;
  detail: string;
  /** The status held to the spec (the body's code in always-200 mode), if there was one. */
  status?: number;
}

export interface AnswerContext {
  httpStatus: 'mirror' | 'always-200';
  route: SpecRoute;
  /** The injected fault that answered, as the fuzzer queued it; `unqueued` when it queued none. */
  fault?: { status: number; message: string } | 'unqueued';
  /** The ID names a record the store has, of the kind the operation reads. */
  knownRecord: boolean;
}

/** The answer's body, or a finding that it is not JSON. */
export function parseJsonAnswer(answer: WireAnswer): { body: unknown } | Finding {
  const type = answer.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) {
    return { check: 'not JSON', detail: `content-type ${JSON.stringify(type)}`, status: answer.status };
  }
  try {
    return { body: JSON.parse(answer.text) as unknown };
  } catch {
    return { check: 'not JSON', detail: 'the body does not parse', status: answer.status };
  }
}

function recordOf(body: unknown): Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : {};
}

/** The status a body speaks for in always-200 mode (R4): its code, or 200 for a success. */
function bodyStatus(body: unknown): number | undefined {
  const record = recordOf(body);
  if (record.success === true) return 200;
  if (typeof record.code === 'number') return record.code;
  if ('detail' in record) return 422;
  return undefined;
}

export function checkTaskRecordAnswer(
  contract: ResponseContract,
  context: AnswerContext,
  answer: WireAnswer,
): Finding[] {
  const parsed = parseJsonAnswer(answer);
  if (!('body' in parsed)) return [parsed];
  const { body } = parsed;
  const record = recordOf(body);
  const findings: Finding[] = [];
  const { route } = context;

  if (route.kind !== 'operation') {
    const expected = route.kind === 'unknown-route' ? 404 : 405;
    // Before it has read the request line or the body, the server cannot know the route.
    const transport = transportStatuses.has(answer.status);
    const what =
      route.kind === 'unknown-route'
        ? 'a path no operation has'
        : `a method the spec does not list (it lists ${route.allowed.join(', ')})`;
    if (answer.status !== expected && !transport) {
      findings.push({
        check: `${route.kind} not ${expected}`,
        detail: `${what}: expected ${expected}, got ${answer.status}`,
        status: answer.status,
      });
    }
    const errors = contract.schemaErrors('ErrorResponse', body);
    if (errors.length > 0)
      findings.push({ check: 'not an ErrorResponse', detail: errors.join('; '), status: answer.status });
    if (record.code !== answer.status) {
      findings.push({
        check: 'code ≠ status',
        detail: `body code ${String(record.code)}, HTTP ${answer.status}`,
        status: answer.status,
      });
    }
    if (route.kind === 'wrong-method' && answer.status === 405) {
      const allow = (answer.headers.allow ?? '')
        .split(',')
        .map((method) => method.trim())
        .filter(Boolean);
      if (allow.slice().sort().join() !== route.allowed.slice().sort().join()) {
        findings.push({
          check: 'Allow header',
          detail: `Allow ${JSON.stringify(answer.headers.allow)}, expected ${route.allowed.join(', ')}`,
          status: 405,
        });
      }
    }
    return findings;
  }

  const { operationId } = route;
  let status: number | undefined = answer.status;
  if (context.httpStatus === 'always-200') {
    if (answer.status !== 200 && !transportStatuses.has(answer.status)) {
      findings.push({
        check: 'not HTTP 200 in always-200 mode',
        detail: `HTTP ${answer.status}`,
        status: answer.status,
      });
    }
    status = bodyStatus(body);
    if (status === undefined) {
      return [...findings, { check: 'no status in the body', detail: 'neither success nor code nor detail' }];
    }
  } else if (typeof record.code === 'number' && record.code !== answer.status) {
    findings.push({
      check: 'code ≠ status',
      detail: `body code ${record.code}, HTTP ${answer.status}`,
      status,
    });
  }

  const documented = contract.statuses(operationId);
  const errors = contract.errors(operationId, status, body);
  if (!documented.includes(String(status))) {
    findings.push({ check: 'undocumented status', detail: errors.join('; '), status });
  } else if (errors.length > 0) {
    findings.push({ check: 'body does not validate', detail: errors.join('; '), status });
  }

  const { fault } = context;
  if (fault === 'unqueued') {
    findings.push({
      check: 'a fault nobody injected',
      detail: 'the journal says an injected fault answered',
      status,
    });
  } else if (fault) {
    // A fault answers its status with its message: as `message`, or as a 422's string `detail`.
    const message = typeof record.message === 'string' ? record.message : record.detail;
    if (status !== fault.status || message !== fault.message) {
      findings.push({
        check: 'fault answered wrong',
        detail: `expected ${fault.status} ${JSON.stringify(fault.message)}, got ${status} ${JSON.stringify(message)}`,
        status,
      });
    }
  } else if (status >= 500) {
    findings.push({ check: '5xx without a due fault', detail: `no fault of ${operationId} was due`, status });
  }

  if (context.knownRecord && !fault && route.method === 'GET' && status !== 200) {
    findings.push({
      check: 'a record the store has is not found',
      detail: `expected 200, got ${status}`,
      status,
    });
  }
  return findings;
}

/**
 * A control API answer (`openapi/mock-control.yaml`): JSON, a status the operation documents,
 * a body that validates, an error's `code` equal to the status.
 */
export function checkControlAnswer(
  contract: ResponseContract,
  operationId: string,
  answer: WireAnswer,
): Finding[] {
  const parsed = parseJsonAnswer(answer);
  if (!('body' in parsed)) return [parsed];
  const findings: Finding[] = [];
  const errors = contract.errors(operationId, answer.status, parsed.body);
  if (!contract.statuses(operationId).includes(String(answer.status))) {
    findings.push({ check: 'undocumented status', detail: errors.join('; '), status: answer.status });
  } else if (errors.length > 0) {
    findings.push({ check: 'body does not validate', detail: errors.join('; '), status: answer.status });
  }
  const code = recordOf(parsed.body).code;
  if (code !== undefined && code !== answer.status) {
    findings.push({
      check: 'code ≠ status',
      detail: `body code ${String(code)}, HTTP ${answer.status}`,
      status: answer.status,
    });
  }
  return findings;
}
