import { API_BASE_PATH } from '../../src/api-base-path.js';
import type { OperationName } from '../../src/client/operation-name.js';

/** One route of the API: the only routing table; both adapters use it through the core. */
export interface Route {
  operation: OperationName;
  method: 'GET' | 'POST';
  /** Matches the path after the base path; group 1 is the (encoded) ID. */
  pattern: RegExp;
}

export const routes: readonly Route[] = [
  { operation: 'getBlockRecords', method: 'GET', pattern: /^\/blocks\/([^/]+)$/ },
  { operation: 'getBlockRecord', method: 'GET', pattern: /^\/block\/([^/]+)$/ },
  { operation: 'stopTask', method: 'POST', pattern: /^\/stop\/([^/]+)$/ },
  { operation: 'getExecutionResults', method: 'GET', pattern: /^\/execution\/block\/results\/([^/]+)$/ },
  { operation: 'getTaskRecord', method: 'GET', pattern: /^\/detail\/([^/]+)$/ },
  { operation: 'retryTask', method: 'POST', pattern: /^\/retry\/([^/]+)$/ },
  { operation: 'setTaskError', method: 'POST', pattern: /^\/set-error\/([^/]+)$/ },
];

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
