/**
 * Every field the API document names for a response is in the spec, and the spec has
 * no response field the document does not name (but for the rulings' envelopes).
 */
import { describe, expect, it } from 'vitest';
import { documentedFields, envelopeFields } from './document-fields.js';
import {
  deref,
  isObject,
  type Json,
  type JsonObject,
  loadDocument,
  loadSpec,
  successEnvelope,
} from './load-spec.js';

/**
 * The field paths a schema describes, in the document's notation: `a.b` for a nested
 * field, `a[].b` inside an array, `a.*.b` inside a map. A schema met again below itself
 * (ExecutionNode's `children`) is not walked twice.
 */
function schemaFieldPaths(spec: JsonObject, schema: Json): string[] {
  const paths = new Set<string>();
  const stack: { node: Json | undefined; prefix: string; refs: string[] }[] = [
    { node: schema, prefix: '', refs: [] },
  ];
  while (stack.length > 0) {
    const next = stack.pop();
    if (!next || !isObject(next.node)) continue;
    const { node, prefix } = next;
    let refs = next.refs;
    if (typeof node.$ref === 'string') {
      if (refs.includes(node.$ref)) continue;
      refs = [...refs, node.$ref];
      stack.push({ node: deref(spec, node), prefix, refs });
      continue;
    }
    const join = (name: string) => (prefix === '' ? name : `${prefix}.${name}`);
    for (const [name, child] of Object.entries((node.properties as JsonObject | undefined) ?? {})) {
      paths.add(join(name));
      stack.push({ node: child, prefix: join(name), refs });
    }
    if (isObject(node.additionalProperties)) {
      stack.push({ node: node.additionalProperties, prefix: join('*'), refs });
    }
    if (node.items !== undefined) stack.push({ node: node.items, prefix: `${prefix}[]`, refs });
    for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
      const branches = node[key];
      if (Array.isArray(branches)) for (const branch of branches) stack.push({ node: branch, prefix, refs });
    }
  }
  return [...paths].map((path) => path.replace(/^\[\]\.?/, '')).filter((path) => path !== '');
}

/** The field names of each "响应字段说明" table of the document, by section number. */
function documentTables(markdown: string): Map<string, string[]> {
  const tables = new Map<string, string[]>();
  let section = '';
  let inTable = false;
  for (const line of markdown.split('\n')) {
    const heading = /^### (\d+)\. /.exec(line);
    if (heading?.[1]) section = heading[1];
    if (line.startsWith('#### ')) inTable = line.trim() === '#### 响应字段说明';
    const row = /^\| ([\w.[\]]+) \| (string|integer|object|array|boolean) \|/.exec(line);
    if (inTable && row?.[1]) tables.set(section, [...(tables.get(section) ?? []), row[1]]);
  }
  return tables;
}

/** The keys of set-error's response example `data`, in the document's notation. */
function setErrorExampleFields(markdown: string): string[] {
  const start = markdown.indexOf('### 15.');
  const block = /```json\n(\{\n"success"[\s\S]*?)\n```/.exec(markdown.slice(start))?.[1] ?? '{}';
  const data = (JSON.parse(block) as { data: Record<string, Json> }).data;
  const fields = Object.keys(data);
  const updated = data.updated_blocks;
  if (Array.isArray(updated) && isObject(updated[0])) {
    fields.push(...Object.keys(updated[0]).map((key) => `updated_blocks[].${key}`));
  }
  return fields;
}

/** The schema of `data` in an operation's 200 response, as the spec writes it. */
function successDataSchema(spec: JsonObject, operationId: string): Json {
  return (successEnvelope(spec, operationId).properties as JsonObject).data as Json;
}

describe('the field lists of this test', () => {
  const markdown = loadDocument();
  const tables = documentTables(markdown);

  it.each(documentedFields.filter((entry) => entry.section !== '15'))(
    "$operationId's list is the document's table",
    ({ section, tableFields }) => {
      expect(tables.get(section)).toEqual(tableFields);
    },
  );

  it("setTaskError's list is its response example's fields (the document has no table)", () => {
    expect(tables.has('15')).toBe(false);
    const setError = documentedFields.find((entry) => entry.operationId === 'setTaskError');
    expect(setErrorExampleFields(markdown)).toEqual(setError?.tableFields);
  });
});

describe('response fields', () => {
  it.each(documentedFields)(
    "$operationId: the spec has every field of the document's table",
    ({ operationId, tableFields, templateFields }) => {
      const fields = schemaFieldPaths(loadSpec(), successDataSchema(loadSpec(), operationId));
      expect(fields).toEqual(expect.arrayContaining([...tableFields, ...templateFields]));
    },
  );

  it.each(documentedFields)(
    '$operationId: the spec has no field the document does not name',
    ({ operationId, tableFields, templateFields }) => {
      const fields = schemaFieldPaths(loadSpec(), successDataSchema(loadSpec(), operationId));
      const named = new Set([...tableFields, ...templateFields]);
      expect(fields.filter((field) => !named.has(field))).toEqual([]);
    },
  );

  it.each(documentedFields)(
    '$operationId: data is (an array of) the named component',
    ({ operationId, dataSchema }) => {
      const spec = loadSpec();
      const data = successDataSchema(spec, operationId);
      // The data schema itself, or the array or union it references, names the component.
      expect(JSON.stringify([data, deref(spec, data)])).toContain(`"#/components/schemas/${dataSchema}"`);
    },
  );

  it('envelopes carry only the fields of ruling R3', () => {
    const spec = loadSpec();
    const schemas = (spec.components as JsonObject).schemas as JsonObject;
    const top = (name: string) => Object.keys((schemas[name] as JsonObject).properties as JsonObject).sort();
    for (const name of [
      'BlockRecordListResponse',
      'BlockRecordDetailResponse',
      'StopTaskResponse',
      'ExecutionResultsResponse',
      'TaskRecordDetailResponse',
      'RetryTaskResponse',
    ]) {
      expect(top(name), name).toEqual([...envelopeFields.success].sort());
    }
    expect(top('SetTaskErrorResponse')).toEqual([...envelopeFields.setTaskErrorSuccess].sort());
    expect(schemaFieldPaths(spec, schemas.ErrorResponse as Json).sort()).toEqual(
      [...envelopeFields.error].sort(),
    );
    expect(schemaFieldPaths(spec, schemas.SetTaskErrorFailure as Json).sort()).toEqual(
      [...envelopeFields.setTaskErrorFailure].sort(),
    );
    expect(schemaFieldPaths(spec, schemas.ValidationErrorResponse as Json).sort()).toEqual(
      [...envelopeFields.validationError].sort(),
    );
  });

  it('would notice a field the document does not name (the check above can fail)', () => {
    const spec = loadSpec();
    const schemas = (spec.components as JsonObject).schemas as JsonObject;
    const properties = (schemas.StopTaskResult as JsonObject).properties as JsonObject;
    properties.extra_field = { type: 'string' };
    delete properties.ended_reason;
    const fields = schemaFieldPaths(spec, { $ref: '#/components/schemas/StopTaskResult' });
    expect(fields).toContain('extra_field');
    expect(fields).not.toContain('ended_reason');
  });
});
