import { createHash, timingSafeEqual } from 'node:crypto';

/** A control request refused for want of the right token: the 401 to answer. */
export interface ControlRefusal {
  status: 401;
  body: { code: 401; message: string };
  headers: Record<string, string>;
}

/** Checks a control request's `Authorization` header: `undefined` lets it through. */
export type ControlAuthorizer = (authorization: string | undefined) => ControlRefusal | undefined;

const realm = 'Bearer realm="vwed-mock-control"';

function refusal(reason: string, challenge: string): ControlRefusal {
  return {
    status: 401,
    body: { code: 401, message: `未授权: ${reason}` },
    headers: { 'www-authenticate': challenge },
  };
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * The check of the control token, for a server started with one. Both the token and the one
 * sent are hashed first, and the hashes compared in constant time: neither the time an answer
 * takes nor its length says how much of a guess was right, or how long the token is. The
 * token itself is not kept, only its hash, and no answer ever names it.
 *
 * The scheme is read case-insensitively (`Bearer`, `bearer`), as RFC 7235 says; the token is
 * the rest of the header after one or more spaces.
 *
 * @example
 * ```ts
 * const authorize = createControlAuthorizer(token);
 * const refused = authorize(request.headers.authorization);
 * if (refused) return send(response, refused.status, refused.body, refused.headers);
 * ```
 */
export function createControlAuthorizer(token: string): ControlAuthorizer {
  const expected = digest(token);
  return (authorization) => {
    if (authorization === undefined || authorization.trim() === '')
      return refusal('this server requires Authorization: Bearer <control token>', realm);
    const match = /^bearer +(.*)$/i.exec(authorization.trim());
    if (!match) return refusal('the Authorization header must use the Bearer scheme', realm);
    if (!timingSafeEqual(digest(match[1] as string), expected))
      return refusal('the bearer token is not the control token', `${realm}, error="invalid_token"`);
    return undefined;
  };
}
