/**
 * `validate`: off by default, `true` throws a VwedValidationError on a malformed body,
 * `'warn'` reports and returns it.
 */
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createTaskRecordClient,
  isVwedError,
  isVwedValidationError,
  VwedValidationError,
} from '../../src/index.js';
import { HEAVY_TIMEOUT_MS } from '../timeouts.js';
import { apiUrl, origin, server, useMswServer } from './msw.js';
import { exampleData, specExample } from './spec-examples.js';

useMswServer();

afterEach(() => {
  vi.restoreAllMocks();
});

/** The detail example with a status the server should never send as a string. */
function malformedDetail() {
  const body = specExample('getTaskRecord', '200');
  const data = body.data as Record<string, unknown>;
  data.status = 'done';
  delete data.task_name;
  return body;
}

describe('validate', () => {
  it('true: a malformed body throws a VwedValidationError naming the fields', async () => {
    server.use(http.get(`${apiUrl}/detail/:id`, () => HttpResponse.json(malformedDetail())));
    const client = createTaskRecordClient({ baseUrl: origin, validate: true });
    const error = await client.getTaskRecord('x').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(VwedValidationError);
    expect(isVwedValidationError(error)).toBe(true);
    const validation = error as VwedValidationError;
    expect(validation.operation).toBe('getTaskRecord');
    expect(validation.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['status', 'task_name']);
    expect(validation.message).toMatch(
      /^\[vwed\] getTaskRecord: the response data does not match the API schema: /,
    );
    expect(validation.body).toEqual(malformedDetail().data);
  });

  it('true: every document example passes', async () => {
    const routes = [
      ['getBlockRecords', 'get', '/blocks/:id'],
      ['getBlockRecord', 'get', '/block/:id'],
      ['stopTask', 'post', '/stop/:id'],
      ['getExecutionResults', 'get', '/execution/block/results/:id'],
      ['getTaskRecord', 'get', '/detail/:id'],
      ['retryTask', 'post', '/retry/:id'],
      ['setTaskError', 'post', '/set-error/:id'],
    ] as const;
    for (const [operationId, method, route] of routes) {
      server.use(http[method](`${apiUrl}${route}`, () => HttpResponse.json(specExample(operationId, '200'))));
    }
    const client = createTaskRecordClient({ baseUrl: origin, validate: true });
    await expect(client.getBlockRecords('x')).resolves.toEqual(exampleData('getBlockRecords'));
    await expect(client.getBlockRecord('x')).resolves.toEqual(exampleData('getBlockRecord'));
    await expect(client.stopTask('x')).resolves.toEqual(exampleData('stopTask'));
    await expect(client.getExecutionResults('x')).resolves.toEqual(exampleData('getExecutionResults'));
    await expect(client.getTaskRecord('x')).resolves.toEqual(exampleData('getTaskRecord'));
    await expect(client.retryTask('x')).resolves.toEqual(exampleData('retryTask'));
    await expect(client.setTaskError('x', 'r')).resolves.toEqual(exampleData('setTaskError'));
  });

  it("true: a malformed node deep in the execution tree is found (the schema's recursion is real)", async () => {
    const body = specExample('getExecutionResults', '200', 'documentWithNotExecutedBlock');
    const root = body.data as { children: { children: Record<string, unknown>[] }[] };
    const leaf = root.children[0]?.children[0] as Record<string, unknown>;
    leaf.executionStatus = 'not run';
    server.use(http.get(`${apiUrl}/execution/block/results/:id`, () => HttpResponse.json(body)));
    const client = createTaskRecordClient({ baseUrl: origin, validate: true });
    const error = await client.getExecutionResults('x').catch((caught: unknown) => caught);
    expect(isVwedValidationError(error)).toBe(true);
    expect((error as VwedValidationError).message).toContain('data');
  });

  it('a tree too deep for zod is a VwedError, not a bare RangeError', {
    timeout: HEAVY_TIMEOUT_MS,
  }, async () => {
    const body = specExample('getExecutionResults', '200');
    const node = { ...(body.data as Record<string, unknown>), children: [] };
    // Built as text: JSON.stringify itself would overflow on a tree this deep.
    const [open, close] = JSON.stringify(node).split('"children":[]');
    const depth = 20_000;
    const data = `${`${open}"children":[`.repeat(depth)}${JSON.stringify(node)}${`]${close}`.repeat(depth)}`;
    const text = `{"code":200,"message":"ok","data":${data}}`;
    server.use(
      http.get(
        `${apiUrl}/execution/block/results/:id`,
        () => new HttpResponse(text, { headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    const client = createTaskRecordClient({ baseUrl: origin, validate: true });
    const error = await client.getExecutionResults('x').catch((caught: unknown) => caught);
    expect(isVwedError(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /^\[vwed\] getExecutionResults: could not validate the response/,
    );
    expect((error as Error).cause).toBeInstanceOf(RangeError);
  });

  it("'warn': reports with console.warn and returns the data as received", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    server.use(http.get(`${apiUrl}/detail/:id`, () => HttpResponse.json(malformedDetail())));
    const client = createTaskRecordClient({ baseUrl: origin, validate: 'warn' });
    await expect(client.getTaskRecord('x')).resolves.toEqual(malformedDetail().data);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(
      /^\[vwed\] getTaskRecord: the response data does not match/,
    );
  });

  it('false (the default): a malformed body is returned unchecked', async () => {
    server.use(http.get(`${apiUrl}/detail/:id`, () => HttpResponse.json(malformedDetail())));
    const client = createTaskRecordClient({ baseUrl: origin });
    await expect(client.getTaskRecord('x')).resolves.toEqual(malformedDetail().data);
  });

  it('keeps unknown fields of a valid body (zod would strip them if its output were returned)', async () => {
    const body = specExample('getTaskRecord', '200');
    (body.data as Record<string, unknown>).added_later = 1;
    server.use(http.get(`${apiUrl}/detail/:id`, () => HttpResponse.json(body)));
    const client = createTaskRecordClient({ baseUrl: origin, validate: true });
    await expect(client.getTaskRecord('x')).resolves.toMatchObject({ added_later: 1 });
  });
});
