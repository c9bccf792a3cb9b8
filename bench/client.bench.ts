/**
 * The client's cost per call against bare openapi-fetch and against the fetch stub
 * alone, all over the same in-process stub answering the document's detail example.
 * Target (issue [2/6]): client <= 1.10x bare openapi-fetch without validation.
 * Also: what `validate: true` costs on a 1,000-item block list.
 */
import createClient from 'openapi-fetch';
import { bench, describe } from 'vitest';
import { createTaskRecordClient, type paths } from '../src/index.js';
import { specExample } from '../test/client/spec-examples.js';

const origin = 'http://engine.bench';
// Long enough runs, after a warm-up, that JIT and GC settle before anything is measured.
const options = { time: 3_000, warmupTime: 1_000 };
const id = '7b84fd4d-e947-4ec7-8535-05ede5f8aa9d';

/** A fetch that answers every request with `text` as JSON, without touching a socket. */
function stubFetch(text: string): typeof fetch {
  const headers = { 'content-type': 'application/json' };
  return async () => new Response(text, { headers });
}

const detailText = JSON.stringify(specExample('getTaskRecord', '200'));
const detailStub = stubFetch(detailText);
const bare = createClient<paths>({ baseUrl: `${origin}/api/vwed-task-record`, fetch: detailStub });
const client = createTaskRecordClient({ baseUrl: origin, fetch: detailStub });

describe('getTaskRecord per call', () => {
  bench(
    'fetch stub alone (Request + Response + JSON)',
    async () => {
      const response = await detailStub(new Request(`${origin}/api/vwed-task-record/detail/${id}`));
      await response.json();
    },
    options,
  );

  bench(
    'bare openapi-fetch GET',
    async () => {
      const { data } = await bare.GET('/detail/{task_record_id}', {
        params: { path: { task_record_id: id } },
      });
      if (data?.code !== 200) throw new Error('unexpected');
    },
    options,
  );

  bench(
    'client.getTaskRecord',
    async () => {
      const detail = await client.getTaskRecord(id);
      if (detail.id !== id) throw new Error('unexpected');
    },
    options,
  );
});

const blocks = specExample('getBlockRecords', '200');
const template = (blocks.data as object[])[1] as Record<string, unknown>;
const thousand = {
  ...blocks,
  data: Array.from({ length: 1_000 }, (_, index) => ({
    ...template,
    id: `block-${index}`,
    block_name: `b${index}`,
  })),
};
const listStub = stubFetch(JSON.stringify(thousand));
const plain = createTaskRecordClient({ baseUrl: origin, fetch: listStub });
const validating = createTaskRecordClient({ baseUrl: origin, fetch: listStub, validate: true });

describe('getBlockRecords, 1,000 items', () => {
  bench(
    'validate: false',
    async () => {
      await plain.getBlockRecords(id);
    },
    options,
  );

  bench(
    'validate: true',
    async () => {
      await validating.getBlockRecords(id);
    },
    options,
  );
});
