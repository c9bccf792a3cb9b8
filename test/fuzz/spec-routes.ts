/**
 * Where a request lands by the spec alone, not by the product's route table: one of the
 * spec's operations, a documented path asked with a method the spec does not list, or no
 * documented path. The path is read the way both adapters receive it: WHATWG URL
 * normalization first (`..` and `%2E%2E` segments resolved), then the spec's path templates
 * matched on the still-encoded path, a `{parameter}` taking one non-empty segment.
 */
import { isObject, type JsonObject, listOperations } from '../spec/load-spec.js';

export type SpecRoute =
  | { kind: 'operation'; operationId: string; method: string; template: string }
  | { kind: 'wrong-method'; allowed: string[] }
  | { kind: 'unknown-route' };

export interface SpecRouter {
  /** The spec's base path (its first server's path), `''` for a server at the root. */
  readonly basePath: string;
  /** The path after WHATWG normalization, as a server or MSW sees it. */
  normalize(path: string): string;
  route(method: string, path: string): SpecRoute;
}

function templatePattern(template: string): RegExp {
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => (/^\{[^}]+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

export function createSpecRouter(spec: JsonObject): SpecRouter {
  const servers = Array.isArray(spec.servers) ? spec.servers : [];
  const first = servers[0];
  const serverUrl = isObject(first) && typeof first.url === 'string' ? first.url : '';
  const basePath = new URL(serverUrl, 'http://spec.invalid').pathname.replace(/\/$/, '');
  const operations = listOperations(spec).map((entry) => ({
    operationId: String(entry.operation.operationId),
    method: entry.method.toUpperCase(),
    template: entry.path,
    pattern: templatePattern(entry.path),
  }));
  const normalize = (path: string) => new URL(path, 'http://fuzz.invalid').pathname;
  return {
    basePath,
    normalize,
    route(method, path) {
      const pathname = normalize(path);
      if (!pathname.startsWith(`${basePath}/`)) return { kind: 'unknown-route' };
      const rest = pathname.slice(basePath.length);
      const matching = operations.filter((operation) => operation.pattern.test(rest));
      const wanted = method.toUpperCase();
      const hit = matching.find((operation) => operation.method === wanted);
      if (hit)
        return {
          kind: 'operation',
          operationId: hit.operationId,
          method: hit.method,
          template: hit.template,
        };
      if (matching.length > 0) return { kind: 'wrong-method', allowed: matching.map((each) => each.method) };
      return { kind: 'unknown-route' };
    },
  };
}
