import type { IncomingMessage } from 'node:http';

/**
 * The CORS headers for one request, when the server allows cross-origin calls from `origin`
 * (`'*'` for any). The server is off by default: a page on another origin must be named.
 * A preflight asks for the methods and headers it will use; the API needs GET and POST and
 * any header a client sets (`content-type`, auth headers a gateway wants), so those asked for
 * are allowed.
 *
 * @example
 * ```ts
 * corsHeaders('http://localhost:5173', request); // { 'access-control-allow-origin': ..., vary: 'Origin' }
 * ```
 */
export function corsHeaders(origin: string, request: IncomingMessage): Record<string, string> {
  const from = request.headers.origin;
  if (from === undefined) return {};
  if (origin !== '*' && from !== origin) return { vary: 'Origin' };
  const headers: Record<string, string> = {
    'access-control-allow-origin': origin === '*' ? '*' : from,
    vary: 'Origin',
  };
  if (request.method === 'OPTIONS') {
    headers['access-control-allow-methods'] = 'GET, POST, PUT, DELETE';
    const asked = request.headers['access-control-request-headers'];
    if (typeof asked === 'string' && asked !== '') headers['access-control-allow-headers'] = asked;
    headers['access-control-max-age'] = '600';
  }
  return headers;
}

/**
 * Whether a request is a CORS preflight (answered 204 with the headers, never routed).
 *
 * @example
 * ```ts
 * if (cors && isPreflight(request)) return send(204);
 * ```
 */
export function isPreflight(request: IncomingMessage): boolean {
  return (
    request.method === 'OPTIONS' &&
    request.headers.origin !== undefined &&
    request.headers['access-control-request-method'] !== undefined
  );
}
