/**
 * The control API's description, openapi/mock-control.yaml, as the judge of an answer: the
 * documented response of its path, method and status (an undocumented status fails), its JSON
 * body against the response's schema, its documented headers. Shared by the reference server's
 * control API tests and the control client's, which hold every answer the client receives to it.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parse } from 'yaml';
import { deref, httpMethods, isObject, type Json, type JsonObject } from '../spec/load-spec.js';
import { createSpecValidator } from '../spec/validator.js';
import type { JsonAnswer } from './harness.js';

const specText = readFileSync(new URL('../../openapi/mock-control.yaml', import.meta.url), 'utf8');
/** openapi/mock-control.yaml, parsed. */
export const controlSpec = parse(specText) as JsonObject;
/** An ajv validator over its component schemas. */
export const controlValidator = createSpecValidator(controlSpec);
const [spec, validator] = [controlSpec, controlValidator];

interface Documented {
  where: string;
  response: JsonObject;
  /** For a 405: the one method the path lists, which `Allow` must name. */
  allow?: string;
}

/** The spec's path item whose template (`{param}` one segment) matches the path, query left out. */
function pathItem(path: string): unknown {
  const bare = path.split('?')[0] ?? '';
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const [template, item] of Object.entries(spec.paths as JsonObject)) {
    const pattern = new RegExp(
      `^${template
        .split(/\{[^}]+\}/)
        .map(literal)
        .join('[^/]+')}$`,
    );
    if (pattern.test(bare)) return item;
  }
  return undefined;
}

function isControlPath(path: string): boolean {
  return path === '/__mock' || path.startsWith('/__mock/');
}

/**
 * The documented response for a path, method and status: the operation's own; for a listed
 * path with another method, the document's `x-method-not-allowed`; for any other path under
 * `/__mock` (or any path when the control API is off), the `NotFound` response. Throws when
 * the status is not documented there.
 */
export function documentedResponse(method: string, path: string, status: number): Documented {
  const where = `${method} ${path} ${status}`;
  const item = pathItem(path);
  const operation = isObject(item) ? item[method.toLowerCase()] : undefined;
  if (isObject(operation)) {
    const responses = operation.responses as JsonObject;
    const response = Object.hasOwn(responses, String(status))
      ? deref(spec, responses[String(status)])
      : undefined;
    if (!isObject(response)) throw new Error(`${where}: status ${status} is not documented`);
    return { where, response };
  }
  if (isObject(item) && status === 405) {
    const listed = httpMethods.filter((verb) => isObject(item[verb])).map((verb) => verb.toUpperCase());
    return { where, response: spec['x-method-not-allowed'] as JsonObject, allow: listed.join(', ') };
  }
  if (isControlPath(path) && status === 404) {
    return { where, response: deref(spec, { $ref: '#/components/responses/NotFound' }) as JsonObject };
  }
  throw new Error(`${where}: not a documented answer of the control API`);
}

/** Fails unless the answer is the documented one: status, JSON body against its schema, headers. */
export function expectDocumented(method: string, path: string, answer: JsonAnswer): void {
  const { where, response, allow } = documentedResponse(method, path, answer.status);
  const media = (response.content as JsonObject)['application/json'] as JsonObject;
  expect(answer.headers.get('content-type'), where).toMatch(/^application\/json/);
  const validate = validator.compile(media.schema as Json);
  const valid = validate(answer.body);
  expect(validate.errors ?? [], `${where}: ${JSON.stringify(answer.body)}`).toEqual([]);
  expect(valid, where).toBe(true);
  for (const [name, header] of Object.entries((response.headers as JsonObject | undefined) ?? {})) {
    const value = answer.headers.get(name);
    const documented = deref(spec, header) as JsonObject;
    if (documented.required === true) expect(value, `${where}: header ${name}`).not.toBeNull();
    if (value !== null)
      expect(validator.compile(documented.schema as Json)(value), `${where} ${name}`).toBe(true);
  }
  if (allow !== undefined) expect(answer.headers.get('allow'), where).toBe(allow);
}
