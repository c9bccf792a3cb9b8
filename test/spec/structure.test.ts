/**
 * The spec parses, every `$ref` resolves, and the operations, parameters and status
 * vocabularies are the ones the issue and the design ask for (the README lists the rulings).
 */
import { describe, expect, it } from 'vitest';
import { documentedFailureStatuses } from '../../mocks/core/documented-failures.js';
import {
  deref,
  getOperation,
  isObject,
  type Json,
  type JsonObject,
  listOperations,
  loadSpec,
  resolvePointer,
} from './load-spec.js';

/** The answers every operation may give beyond the document (components/responses). */
const shared = ['408', '413', '417', '429', '431', '502', '503', '504'];

/** Every `$ref` string in the tree, with the JSON pointer of the object that holds it. */
function collectRefs(node: Json, at = '#'): { at: string; ref: string }[] {
  const found: { at: string; ref: string }[] = [];
  const stack: { node: Json; at: string }[] = [{ node, at }];
  while (stack.length > 0) {
    const next = stack.pop();
    if (!next) break;
    if (Array.isArray(next.node)) {
      next.node.forEach((child, index) => {
        stack.push({ node: child, at: `${next.at}/${index}` });
      });
    } else if (isObject(next.node)) {
      for (const [key, child] of Object.entries(next.node)) {
        if (key === '$ref' && typeof child === 'string') found.push({ at: next.at, ref: child });
        else stack.push({ node: child, at: `${next.at}/${key}` });
      }
    }
  }
  return found;
}

describe('the spec document', () => {
  it('is OpenAPI 3.1 with the documented base path', () => {
    const spec = loadSpec();
    expect(spec.openapi).toMatch(/^3\.1\.\d+$/);
    expect(spec.servers).toEqual([expect.objectContaining({ url: '/api/vwed-task-record' })]);
  });

  it('resolves every $ref locally', () => {
    const spec = loadSpec();
    const refs = collectRefs(spec);
    expect(refs.length).toBeGreaterThan(50);
    const broken = refs.filter(({ ref }) => resolvePointer(spec, ref) === undefined);
    expect(broken).toEqual([]);
  });

  it('finds a broken $ref (the check above can fail)', () => {
    const spec = loadSpec();
    const schemas = (spec.components as JsonObject).schemas as JsonObject;
    delete schemas.ExecutionLog;
    const broken = collectRefs(spec).filter(({ ref }) => resolvePointer(spec, ref) === undefined);
    expect(broken.map(({ ref }) => ref)).toContain('#/components/schemas/ExecutionLog');
  });
});

describe('operations', () => {
  const expected = [
    ['getBlockRecords', 'get', '/blocks/{task_record_id}'],
    ['getBlockRecord', 'get', '/block/{block_record_id}'],
    ['stopTask', 'post', '/stop/{task_record_id}'],
    ['getExecutionResults', 'get', '/execution/block/results/{task_record_id}'],
    ['getTaskRecord', 'get', '/detail/{task_record_id}'],
    ['retryTask', 'post', '/retry/{task_record_id}'],
    ['setTaskError', 'post', '/set-error/{task_record_id}'],
  ] as const;

  it('are exactly the seven documented ones', () => {
    const actual = listOperations(loadSpec()).map(({ operation, method, path }) => [
      operation.operationId,
      method,
      path,
    ]);
    expect(actual.sort()).toEqual(expected.map((row) => [...row]).sort());
  });

  it.each(expected)(
    '%s takes its ID as a required, non-empty, plain string path parameter',
    (operationId) => {
      const spec = loadSpec();
      const { path, operation } = getOperation(spec, operationId);
      const parameters = (operation.parameters as Json[]).map(
        (parameter) => deref(spec, parameter) as JsonObject,
      );
      const name = /\{(\w+)\}/.exec(path)?.[1];
      expect(parameters).toEqual([expect.objectContaining({ name, in: 'path', required: true })]);
      const schema = deref(spec, parameters[0]?.schema) as JsonObject;
      expect(schema).toMatchObject({ type: 'string', minLength: 1 });
      expect(schema.format).toBeUndefined();
    },
  );

  it('setTaskError requires a JSON body with a non-blank error_reason', () => {
    const spec = loadSpec();
    const { operation } = getOperation(spec, 'setTaskError');
    const body = operation.requestBody as JsonObject;
    expect(body.required).toBe(true);
    const media = (body.content as JsonObject)['application/json'] as JsonObject;
    const schema = deref(spec, media.schema) as JsonObject;
    expect(schema.required).toEqual(['error_reason']);
    expect((schema.properties as JsonObject).error_reason).toMatchObject({
      type: 'string',
      minLength: 1,
      pattern: '\\S',
    });
  });

  it('documents every failure response of the document with the error envelope', () => {
    const spec = loadSpec();
    // The document's own failures, and getBlockRecord's 500 (a failure inside the engine).
    const failures: Record<string, string[]> = {
      getBlockRecords: ['500'],
      getBlockRecord: ['404', '500'],
      stopTask: ['400', '500'],
      getExecutionResults: ['404', '500'],
      getTaskRecord: ['404', '500'],
      retryTask: ['400', '404', '500'],
      setTaskError: ['400', '404', '422', '500'],
    };
    for (const [operationId, statuses] of Object.entries(failures)) {
      const responses = getOperation(spec, operationId).operation.responses as JsonObject;
      expect(Object.keys(responses).sort(), operationId).toEqual(['200', ...statuses, ...shared].sort());
      for (const status of statuses) {
        const media = ((responses[status] as JsonObject).content as JsonObject)[
          'application/json'
        ] as JsonObject;
        const schemaName = ((media.schema as JsonObject).$ref as string).split('/').pop();
        const envelope =
          operationId !== 'setTaskError'
            ? 'ErrorResponse'
            : status === '422'
              ? 'ValidationErrorResponse'
              : 'SetTaskErrorFailure';
        expect(schemaName, `${operationId} ${status}`).toBe(envelope);
      }
      // The answers beyond the document: one shared response each, in the error envelope.
      for (const status of shared) {
        const response = deref(spec, responses[status]) as JsonObject;
        const media = (response.content as JsonObject)['application/json'] as JsonObject;
        expect((media.schema as JsonObject).$ref, `${operationId} ${status}`).toBe(
          '#/components/schemas/ErrorResponse',
        );
      }
    }
  });

  it('documents every failure status the mock can send, as the mock lists them (faults may take only these)', () => {
    const spec = loadSpec();
    for (const [operationId, statuses] of Object.entries(documentedFailureStatuses)) {
      const responses = getOperation(spec, operationId).operation.responses as JsonObject;
      const documented = Object.keys(responses).filter((status) => status !== '200');
      expect([...statuses].map(String).sort(), operationId).toEqual(documented.sort());
    }
  });

  it('lets each 200 response carry the failure envelopes too (ruling R4)', () => {
    const spec = loadSpec();
    for (const { operation } of listOperations(spec)) {
      const media = (((operation.responses as JsonObject)['200'] as JsonObject).content as JsonObject)[
        'application/json'
      ] as JsonObject;
      const members = ((media.schema as JsonObject).anyOf as JsonObject[]).map((member) => member.$ref);
      const failures =
        operation.operationId === 'setTaskError'
          ? ['SetTaskErrorFailure', 'ValidationErrorResponse']
          : ['ErrorResponse'];
      expect(members.slice(1), String(operation.operationId)).toEqual(
        failures.map((name) => `#/components/schemas/${name}`),
      );
    }
  });

  it('states in each operation the rulings (the table in the README) that touch it', () => {
    const spec = loadSpec();
    const rulings: Record<string, string[]> = {
      getBlockRecords: ['R2', 'R5'],
      getBlockRecord: ['R2'],
      stopTask: ['R1', 'R2', 'R6'],
      getExecutionResults: ['R2', 'R9'],
      getTaskRecord: ['R1', 'R2'],
      retryTask: ['R8'],
      setTaskError: ['R2', 'R3', 'R7'],
    };
    for (const [operationId, names] of Object.entries(rulings)) {
      const description = getOperation(spec, operationId).operation.description as string;
      for (const name of names) expect(description, operationId).toMatch(new RegExp(`\\b${name}\\b`));
    }
    const info = (spec.info as JsonObject).description as string;
    for (const name of ['R3', 'R4', 'R10', 'R11', 'R2']) expect(info).toMatch(new RegExp(`\\b${name}\\b`));
  });
});

describe('schemas', () => {
  it('never declares format: uuid or format: date-time (rulings on IDs and R11)', () => {
    const text = JSON.stringify(loadSpec());
    expect(text).not.toMatch(/"format":"(uuid|date-time)"/);
  });

  it('keeps each status vocabulary open, with the known values of ruling R2', () => {
    const schemas = (loadSpec().components as JsonObject).schemas as JsonObject;
    const known = (name: string) => {
      const branches = (schemas[name] as JsonObject).anyOf as JsonObject[];
      expect(branches.at(-1), `${name} ends with an open integer branch`).toMatchObject({ type: 'integer' });
      return branches.filter((branch) => 'const' in branch).map((branch) => branch.const);
    };
    expect(known('TaskStatus')).toEqual([1000, 1001, 1002, 2000, 2001, 2002]);
    expect(known('BlockRecordStatus')).toEqual([1000, 1001, 1002, 2000, 2002]);
    expect(known('ExecutionNodeStatus')).toEqual([1000, 1001, 1006, 2000, 2001]);
    // A node's record keeps its block status, or 1006 when the block has no record (R2).
    expect(known('ExecutionRecordStatus')).toEqual([1000, 1001, 1002, 1006, 2000, 2002]);
    const record = schemas.ExecutionRecord as JsonObject;
    expect((record.properties as JsonObject).status).toMatchObject({
      $ref: '#/components/schemas/ExecutionRecordStatus',
    });
  });

  it('has a named component for every payload the issue lists', () => {
    const schemas = (loadSpec().components as JsonObject).schemas as JsonObject;
    const names = [
      'BlockRecord',
      'BlockRecordDetail',
      'InputParamDefinition',
      'StopTaskResult',
      'ExecutionNode',
      'ExecutionRecord',
      'ExecutionLog',
      'TaskRecordDetail',
      'RetryTaskResult',
      'SetTaskErrorResult',
      'UpdatedBlock',
      'ExecutionResults',
      'BlockRecordListResponse',
      'BlockRecordDetailResponse',
      'StopTaskResponse',
      'ExecutionResultsResponse',
      'TaskRecordDetailResponse',
      'RetryTaskResponse',
      'SetTaskErrorResponse',
      'ErrorResponse',
      'SetTaskErrorFailure',
      'ValidationErrorResponse',
    ];
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(names));
  });

  it('makes ExecutionNode recursive and ExecutionResults a node or an array of nodes (R9)', () => {
    const schemas = (loadSpec().components as JsonObject).schemas as JsonObject;
    const node = schemas.ExecutionNode as JsonObject;
    const children = (node.properties as JsonObject).children as JsonObject;
    expect(children.items).toEqual({ $ref: '#/components/schemas/ExecutionNode' });
    expect((schemas.ExecutionResults as JsonObject).oneOf).toEqual([
      { $ref: '#/components/schemas/ExecutionNode' },
      { type: 'array', items: { $ref: '#/components/schemas/ExecutionNode' } },
    ]);
  });
});
