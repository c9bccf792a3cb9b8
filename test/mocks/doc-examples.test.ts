/**
 * With `seed: 'doc-examples'`, the document's four GET examples come back exactly as
 * printed, through MSW and real fetch.
 */
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockStore, createTaskRecordHandlers } from '../../mocks/index.js';
import { documentJsonBlocks, loadDocument } from '../spec/load-spec.js';
import { contractErrors } from './spec-contract.js';

const store = createMockStore({ seed: 'doc-examples' });
const server = setupServer(...createTaskRecordHandlers({ store }));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const examples = documentJsonBlocks(loadDocument()).filter((block) => block.label === '响应示例:');

describe.each([
  ['1', 'getBlockRecords', '/blocks/7b84fd4d-e947-4ec7-8535-05ede5f8aa9d'],
  ['2', 'getBlockRecord', '/block/00b7dc0d-7c23-4dce-ae95-3618f2cad202'],
  ['4', 'getExecutionResults', '/execution/block/results/cdb0a7e1-7fb4-49dd-b1bf-047e38416620'],
  ['5', 'getTaskRecord', '/detail/7b84fd4d-e947-4ec7-8535-05ede5f8aa9d'],
])('section %s, %s', (section, operationId, path) => {
  it('answers exactly the document example', async () => {
    const expected = examples.find((block) => block.section === section)?.value;
    expect(expected).toBeDefined();
    const response = await fetch(`http://engine.test/api/vwed-task-record${path}`);
    expect(response.status).toBe(200);
    const body: unknown = await response.json();
    expect(body).toEqual(expected);
    expect(contractErrors(operationId, 200, body)).toEqual([]);
  });
});
