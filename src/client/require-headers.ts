import type { HeaderRecord } from './header-record.js';
import { invalidArgument } from './require-argument.js';

/**
 * Checks headers the way `fetch` will, so that a bad one fails here with a TypeError naming
 * it, and not at the request with fetch's, which quotes the value (`"Bearer …" is an invalid
 * header value`: a token in the logs). The runtime's own `Headers` judges, so the rules are
 * exactly fetch's: a token name; a value with no NUL, CR or LF inside (surrounding white space
 * is trimmed) and no character above U+00FF. Values must be strings; `undefined` ones are
 * left out. The error never shows a value: it may be a credential.
 */
export function requireHeaders(where: string, name: string, headers: unknown): HeaderRecord {
  if (typeof headers !== 'object' || headers === null)
    throw invalidArgument(where, name, 'an object', headers);
  for (const [key, value] of Object.entries(headers)) {
    try {
      // A value that is not a string is tried as NUL, which Headers refuses: to openapi-fetch,
      // `null` means "delete" and an array "append", neither of which a HeaderRecord says.
      if (value !== undefined) new Headers([[key, typeof value === 'string' ? value : '\0']]);
    } catch {
      throw invalidArgument(where, `${name}[${JSON.stringify(key)}]`, 'a header fetch accepts', '…');
    }
  }
  return headers as HeaderRecord;
}
