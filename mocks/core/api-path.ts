import { API_BASE_PATH } from '../../src/api-base-path.js';

/**
 * The part of a URL's path the core routes on: from the API's base path on. A gateway may put
 * a prefix before it (`/gateway/api/vwed-task-record/...`); both adapters strip it here, the
 * same way. A path without the base path is returned whole, and the core answers it 404.
 *
 * @example
 * ```ts
 * apiPath('/gw/api/vwed-task-record/detail/abc'); // '/api/vwed-task-record/detail/abc'
 * ```
 */
export function apiPath(pathname: string): string {
  const start = pathname.indexOf(`${API_BASE_PATH}/`);
  return start <= 0 ? pathname : pathname.slice(start);
}
