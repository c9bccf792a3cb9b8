import { API_BASE_PATH } from '../../src/api-base-path.js';
import type { OperationName } from '../../src/client/operation-name.js';
import { type OperationEntry, operationTable } from '../../src/client/operation-table.js';
import { regexpLiteral } from './regexp-literal.js';

/** One route of the API: the only routing table; both adapters use it through the core. */
export interface Route {
  operation: OperationName;
  method: OperationEntry['method'];
  /** Matches the path after the base path; group 1 is the (encoded) ID. */
  pattern: RegExp;
}

/** A path template's matcher: its text literally, each `{param}` one segment (a group). */
function templatePattern(path: string): RegExp {
  const literals = path.split(/\{[^}]*\}/).map((text) => regexpLiteral(text));
  return new RegExp(`^${literals.join('([^/]+)')}$`);
}

/** One route per operation of the table, in its order. */
export const routes: readonly Route[] = (Object.keys(operationTable) as OperationName[]).map((operation) => {
  const { method, path } = operationTable[operation];
  return { operation, method, pattern: templatePattern(path) };
});

export type RouteMatch =
  | { kind: 'route'; route: Route; id: string }
  | { kind: 'not-found' }
  | { kind: 'wrong-method'; allowed: string };

/** Finds the route of a path (with the API's base path) and method. */
export function matchRoute(method: string, path: string): RouteMatch {
  if (!path.startsWith(`${API_BASE_PATH}/`)) return { kind: 'not-found' };
  const rest = path.slice(API_BASE_PATH.length);
  const wanted = method.toUpperCase();
  let encoded: string | undefined;
  let route: Route | undefined;
  const allowed: string[] = [];
  // One pass, one regex run per route: this is on every request's path.
  for (const candidate of routes) {
    const match = candidate.pattern.exec(rest);
    if (!match) continue;
    allowed.push(candidate.method);
    if (route === undefined && candidate.method === wanted) {
      route = candidate;
      encoded = match[1] ?? '';
    }
  }
  if (allowed.length === 0) return { kind: 'not-found' };
  if (!route || encoded === undefined) return { kind: 'wrong-method', allowed: allowed.join(', ') };
  return { kind: 'route', route, id: decodeId(encoded) };
}

/**
 * The ID as a FastAPI engine reads it: percent-decoded, except that an escape that cannot be
 * decoded (`%ZZ`, a lone `%`, the UTF-8 bytes of a lone surrogate) leaves the text as it is.
 * Such an ID names no record, so the operation gives its documented not-found answer, never
 * an undocumented 400 (issue [2/5]).
 */
function decodeId(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return encoded;
  }
}
