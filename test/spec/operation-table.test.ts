/**
 * The one operation table (`src/client/operation-table.ts`) against the specs: the client's
 * methods, the mock's routes and the operations a fault may name all come from it, so it
 * must say what the spec says.
 */
import { describe, expect, it } from 'vitest';
import { operationTable } from '../../src/client/operation-table.js';
import {
  deref,
  getOperation,
  type Json,
  type JsonObject,
  listOperations,
  loadControlSpec,
  loadSpec,
} from './load-spec.js';

const entries = Object.entries(operationTable);

describe('the operation table', () => {
  it("names exactly the spec's operations", () => {
    const operationIds = listOperations(loadSpec()).map(({ operation }) => operation.operationId);
    expect(Object.keys(operationTable).sort()).toEqual(operationIds.sort());
  });

  it.each(entries)("gives %s the spec's method and path", (operationId, entry) => {
    const { method, path } = getOperation(loadSpec(), operationId);
    expect([entry.method, entry.path]).toEqual([method.toUpperCase(), path]);
  });

  it.each(entries)("names %s's one path parameter, as the path and the spec do", (operationId, entry) => {
    const spec = loadSpec();
    const { operation } = getOperation(spec, operationId);
    const names = (operation.parameters as Json[])
      .map((parameter) => deref(spec, parameter) as JsonObject)
      .filter((parameter) => parameter.in === 'path')
      .map((parameter) => parameter.name);
    expect(names).toEqual([entry.pathParam]);
    expect(entry.path.match(/\{[^}]*\}/g)).toEqual([`{${entry.pathParam}}`]);
  });

  it.each(entries)('lets the client retry %s on its own only when it is a GET', (_operationId, entry) => {
    expect(entry.retryable).toBe(entry.method === 'GET');
  });

  it("is what the control spec's OperationName enum lists, in the same order", () => {
    const schemas = (loadControlSpec().components as JsonObject).schemas as JsonObject;
    expect((schemas.OperationName as JsonObject).enum).toEqual(Object.keys(operationTable));
  });
});
