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
  | { kind: 'wrong-method'; allowed: string }
  | { kind: 'bad-path' };

/** Finds the route of a path (with the API's base path) and method. */
export function matchRoute(method: string, path: string): RouteMatch {
  if (!path.startsWith(`${API_BASE_PATH}/`)) return { kind: 'not-found' };
  const rest = path.slice(API_BASE_PATH.length);
  const matching = routes.filter((route) => route.pattern.test(rest));
  if (matching.length === 0) return { kind: 'not-found' };
  const route = matching.find((candidate) => candidate.method === method.toUpperCase());
  if (!route)
    return { kind: 'wrong-method', allowed: matching.map((candidate) => candidate.method).join(', ') };
  const encoded = route.pattern.exec(rest)?.[1] ?? '';
  try {
    return { kind: 'route', route, id: decodeURIComponent(encoded) };
  } catch {
    return { kind: 'bad-path' };
  }
}
