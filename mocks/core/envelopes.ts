/**
 * The response envelopes of ruling R3, as one operation's function returns them: the
 * status it means, and the body.
 */
export interface OperationResult {
  status: number;
  body: unknown;
}

/** `{code: 200, message, data}` */
export function success(message: string, data: unknown): OperationResult {
  return { status: 200, body: { code: 200, message, data } };
}

/** `{code, message}`; set-error's failures also carry `success: false`. */
export function failure(status: number, message: string, setError = false): OperationResult {
  return { status, body: setError ? { success: false, code: status, message } : { code: status, message } };
}
