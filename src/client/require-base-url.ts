import { invalidArgument } from './require-argument.js';

/** Whether the URL parser takes it (`http://[::1` or port 99999 would fail every call). */
function parses(url: string): boolean {
  try {
    return new URL(url) !== undefined;
  } catch {
    return false;
  }
}

/**
 * Checks a base URL option once, when a client is created, and returns it without trailing
 * slashes: an absolute http(s) URL the URL parser takes, or, in a browser, `''` or a path
 * starting with `/`. Throws a `TypeError` naming `where` and `name` otherwise.
 *
 * @example
 * ```ts
 * requireBaseUrl('createMockControlClient', 'option baseUrl', 'http://127.0.0.1:4010/'); // 'http://127.0.0.1:4010'
 * ```
 */
export function requireBaseUrl(where: string, name: string, baseUrl: unknown): string {
  const check = (ok: boolean, expected: string, got: unknown) => {
    if (!ok) throw invalidArgument(where, name, expected, got);
  };
  check(typeof baseUrl === 'string', 'a string', baseUrl);
  const trimmed = (baseUrl as string).replace(/\/+$/, '');
  // Credentials in the URL would end up in error messages (this one too): say so without echoing it.
  check(!/^[\w+.-]+:\/\/[^/?#]*@/.test(trimmed), 'free of a user and password (send them in headers)', '…');
  // A query or a fragment (pasted from the address bar) would swallow the path the client
  // appends; white space would be encoded into the path, or silently dropped by the URL
  // parser. Either way every call would 404. Not shown: a query may hold a key.
  check(!/[\s?#]/.test(trimmed), 'free of white space, a query and a fragment', '…');
  // A relative URL needs a page to resolve against: outside a browser every request would fail.
  const relative = trimmed === '' || trimmed.startsWith('/');
  const inBrowser = typeof (globalThis as { location?: unknown }).location !== 'undefined';
  check(
    (/^https?:\/\/[^/]/i.test(trimmed) && parses(trimmed)) || (relative && inBrowser),
    "an absolute http(s) URL (or, in a browser, a path starting with '/')",
    baseUrl,
  );
  return trimmed;
}
