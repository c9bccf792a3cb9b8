/**
 * Every example in the spec validates against its schema (ajv 2020-12), and the
 * document's own JSON examples stand in the spec verbatim.
 */
import { describe, expect, it } from 'vitest';
import { collectExamples } from './collect-examples.js';
import {
  documentJsonBlocks,
  type Json,
  type JsonObject,
  listOperations,
  loadDocument,
  loadSpec,
} from './load-spec.js';
import { createSpecValidator } from './validator.js';

describe('examples in the spec', () => {
  const spec = loadSpec();
  const validator = createSpecValidator(spec);
  const cases = collectExamples(spec);

  it('are many, one on every response and request body at least', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const { path, method, operation } of listOperations(spec)) {
      for (const status of Object.keys(operation.responses as JsonObject)) {
        const where = `${method.toUpperCase()} ${path} ${status} `;
        expect(
          cases.some((example) => example.where.startsWith(where)),
          where,
        ).toBe(true);
      }
    }
  });

  it.each(cases.map((example) => [example.where, example] as const))('%s validates', (_where, example) => {
    const validate = validator.compile(example.schema);
    const valid = validate(example.value);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
});

describe('the validator', () => {
  const spec = loadSpec();
  const validator = createSpecValidator(spec);
  const detail = validator.compile({ $ref: '#/components/schemas/TaskRecordDetailResponse' });
  const documentExample = () => {
    const media = (
      (((spec.paths as JsonObject)['/detail/{task_record_id}'] as JsonObject).get as JsonObject)
        .responses as JsonObject
    )['200'] as JsonObject;
    const examples = ((media.content as JsonObject)['application/json'] as JsonObject).examples as JsonObject;
    return structuredClone((examples.document as JsonObject).value) as JsonObject;
  };

  it('rejects a detail with a missing field, a wrong type, or a timestamp with a space', () => {
    const missing = documentExample();
    delete (missing.data as JsonObject).task_name;
    expect(detail(missing)).toBe(false);

    const wrongType = documentExample();
    (wrongType.data as JsonObject).status = '1000';
    expect(detail(wrongType)).toBe(false);

    const badTime = documentExample();
    (badTime.data as JsonObject).created_at = '2025-04-30 17:28:19';
    expect(detail(badTime)).toBe(false);
  });

  it('accepts an unknown status code and a timestamp with an offset (open vocabularies, R11)', () => {
    const open = documentExample();
    (open.data as JsonObject).status = 3999;
    (open.data as JsonObject).started_on = '2025-04-30T17:28:19.105648+08:00';
    expect(detail(open)).toBe(true);
  });

  it('accepts a non-UUID ID and rejects an empty one', () => {
    const id = validator.compile({ $ref: '#/components/schemas/Id' });
    expect(id('8c95ge5e-f058-5fd8-9646-16fef6g9bb0e')).toBe(true);
    expect(id('')).toBe(false);
  });

  it('rejects an empty or blank error_reason', () => {
    const request = validator.compile({ $ref: '#/components/schemas/SetTaskErrorRequest' });
    expect(request({ error_reason: '系统异常导致任务失败' })).toBe(true);
    expect(request({ error_reason: '' })).toBe(false);
    expect(request({ error_reason: '   ' })).toBe(false);
    expect(request({})).toBe(false);
  });
});

/** All example values of one operation (requests and responses). */
function operationExampleValues(spec: JsonObject, operationId: string): Json[] {
  const entry = listOperations(spec).find(({ operation }) => operation.operationId === operationId);
  if (!entry) return [];
  const contents = [
    (entry.operation.requestBody as JsonObject | undefined)?.content,
    ...Object.values(entry.operation.responses as JsonObject).map(
      (response) => (response as JsonObject).content,
    ),
  ];
  return contents.flatMap((content) =>
    Object.values((content as JsonObject | undefined) ?? {}).flatMap((media) =>
      Object.values(((media as JsonObject).examples as JsonObject | undefined) ?? {}).flatMap(
        (example) => (example as JsonObject).value ?? [],
      ),
    ),
  );
}

describe("the document's JSON examples", () => {
  const sections: Record<string, string> = {
    '1': 'getBlockRecords',
    '2': 'getBlockRecord',
    '3': 'stopTask',
    '4': 'getExecutionResults',
    '5': 'getTaskRecord',
    '6': 'retryTask',
    '15': 'setTaskError',
  };
  const blocks = documentJsonBlocks(loadDocument());
  // `成功响应` blocks are response templates ("记录ID", "重发时间"), not examples; the one of the
  // execution results is kept as an example too, as it alone shows a block not executed (1006).
  const examples = blocks.filter(
    (block) => !block.label.startsWith('成功响应') || sections[block.section] === 'getExecutionResults',
  );

  it('are found in every section of the document', () => {
    expect(new Set(examples.map((block) => block.section))).toEqual(new Set(Object.keys(sections)));
    // 7 examples, the execution template, the set-error request and 11 failure bodies.
    expect(examples.length).toBe(20);
  });

  it.each(
    examples.map((block, index) => [`${sections[block.section]} #${index} (${block.label})`, block] as const),
  )('%s stands verbatim in the spec', (_name, block) => {
    const operationId = sections[block.section] ?? '';
    expect(operationExampleValues(loadSpec(), operationId)).toContainEqual(block.value);
  });
});
