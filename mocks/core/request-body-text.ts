/**
 * A request body as text: a string as it is, bytes decoded as UTF-8, and `null` when there is
 * none. Bytes in any other encoding are `not-utf8`, never read with replacement characters:
 * the mock must not store text the client never sent. Decoding belongs to the operation that
 * reads the body, so that each refuses it with its own documented answer, and a request that
 * reads no body (or goes to no operation) is answered as if it had none.
 */
export type RequestBodyText = { kind: 'text'; text: string | null } | { kind: 'not-utf8' };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * @example
 * ```ts
 * requestBodyText(new Uint8Array([0x7b, 0x7d])); // { kind: 'text', text: '{}' }
 * requestBodyText(new Uint8Array([0xff])); // { kind: 'not-utf8' }
 * ```
 */
export function requestBodyText(body: string | Uint8Array | null | undefined): RequestBodyText {
  if (typeof body === 'string') return { kind: 'text', text: body };
  if (!(body instanceof Uint8Array) || body.length === 0) return { kind: 'text', text: null };
  try {
    return { kind: 'text', text: utf8.decode(body) };
  } catch {
    return { kind: 'not-utf8' };
  }
}
