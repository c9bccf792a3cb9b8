/**
 * Test helpers that read the spec and the API document it was written from, as plain data.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const specPath = new URL('../../openapi/vwed-task-record.yaml', import.meta.url);
export const documentPath = new URL('../../openapi/vwed-task-record-api.md', import.meta.url);
export const controlSpecPath = new URL('../../openapi/mock-control.yaml', import.meta.url);

/** A JSON-like value as YAML parses it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** The spec, parsed fresh on each call so that no test can change what another reads. */
export function loadSpec(): JsonObject {
  return parse(readFileSync(specPath, 'utf8')) as JsonObject;
}

/** The reference server's control API (`/__mock`, `/healthz`), parsed fresh like the spec. */
export function loadControlSpec(): JsonObject {
  return parse(readFileSync(controlSpecPath, 'utf8')) as JsonObject;
}

/** The API document's markdown text. */
export function loadDocument(): string {
  return readFileSync(documentPath, 'utf8');
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Resolves a local `$ref` (`#/a/b`) against the spec; undefined when it points nowhere. */
export function resolvePointer(spec: JsonObject, ref: string): Json | undefined {
  if (!ref.startsWith('#/')) return undefined;
  let node: Json | undefined = spec;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node)) node = Object.hasOwn(node, key) ? node[key] : undefined;
    else return undefined;
  }
  return node;
}

/** Follows `$ref`s until it reaches a schema that is not a reference. */
export function deref(spec: JsonObject, node: Json | undefined): Json | undefined {
  let current = node;
  const seen = new Set<string>();
  while (isObject(current) && typeof current.$ref === 'string') {
    if (seen.has(current.$ref)) throw new Error(`$ref cycle through ${current.$ref}`);
    seen.add(current.$ref);
    current = resolvePointer(spec, current.$ref);
  }
  return current;
}

export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface OperationEntry {
  path: string;
  method: string;
  operation: JsonObject;
}

/** Every operation of the spec with its path and method. */
export function listOperations(spec: JsonObject): OperationEntry[] {
  const entries: OperationEntry[] = [];
  const paths = spec.paths;
  if (!isObject(paths)) return entries;
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of httpMethods) {
      const operation = item[method];
      if (isObject(operation)) entries.push({ path, method, operation });
    }
  }
  return entries;
}

/** The operation with this operationId; throws when there is none. */
export function getOperation(spec: JsonObject, operationId: string): OperationEntry {
  const entry = listOperations(spec).find((candidate) => candidate.operation.operationId === operationId);
  if (!entry) throw new Error(`no operation ${operationId} in the spec`);
  return entry;
}

/**
 * The success envelope of an operation's 200 response. The 200 schema is an `anyOf` whose
 * first member is the success; the others are the failure envelopes that ruling R4 lets a
 * 200 carry.
 */
export function successEnvelope(spec: JsonObject, operationId: string): JsonObject {
  const { operation } = getOperation(spec, operationId);
  const media = (((operation.responses as JsonObject)['200'] as JsonObject).content as JsonObject)[
    'application/json'
  ] as JsonObject;
  const members = (media.schema as JsonObject).anyOf;
  if (!Array.isArray(members)) throw new Error(`${operationId}: the 200 schema is not an anyOf`);
  return deref(spec, members[0]) as JsonObject;
}

/**
 * The document's JSON blocks that parse as JSON, by the operation section they stand in,
 * with the label line above them (`响应示例:`, `失败响应:`, `成功响应:` ...).
 */
export function documentJsonBlocks(markdown: string): { section: string; label: string; value: Json }[] {
  const blocks: { section: string; label: string; value: Json }[] = [];
  let section = '';
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const heading = /^### (\d+)\. /.exec(line);
    if (heading?.[1]) section = heading[1];
    if (line.trim() !== '```json') continue;
    const label =
      lines
        .slice(0, index)
        .findLast((above) => above.trim() !== '')
        ?.trim() ?? '';
    const end = lines.indexOf('```', index + 1);
    const text = lines.slice(index + 1, end).join('\n');
    index = end;
    try {
      blocks.push({ section, label, value: JSON.parse(text) as Json });
    } catch {
      // A response template with placeholders such as `块执行状态码`: not JSON, not an example.
    }
  }
  return blocks;
}
