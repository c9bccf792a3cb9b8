import type { MockStore } from '../../../mocks/index.js';
import { type Reads, readers } from './story-readers.js';
import { ending, failures, faults, newestRecord } from './story-sections.js';
import type { StoryTeller } from './story-teller.js';

/** The `doc-examples` seed: three finished records; the story starts its own runs. */
export async function docExamplesStory(teller: StoryTeller, reads: Reads): Promise<void> {
  const { store } = teller;
  const read = readers(teller, reads);
  const example = '3273c7cb-b4bb-47df-9d47-17f96bc401fc';
  const select = '9d0b7a51-1c2e-4f3a-8b6d-2e5f7c9a1b30';
  const done = '7b84fd4d-e947-4ec7-8535-05ede5f8aa9d';
  const failed = '5ce20794-2b45-4031-8de0-9df922f91bd1';
  const selected = 'cdb0a7e1-7fb4-49dd-b1bf-047e38416620';
  const run = (note: string, ...args: Parameters<MockStore['runTask']>) =>
    teller.call(note, 'runTask', args, () => store.runTask(...args));

  await read.readEverything('as seeded');

  const stopping = run(
    'a slow run to stop',
    example,
    { from: 'X' },
    { scenario: { blocks: { b2: { durationMs: 2_000 } } } },
  );
  const erring = run(
    'a slow run to set to error',
    select,
    {},
    {
      scenario: { blocks: { b5: { durationMs: 5_000 } } },
      source: { source_type: 3, source_system: 'MES', source_user: 'golden', priority: 5 },
    },
  );
  const failing = run(
    'a run whose block fails',
    select,
    {},
    {
      scenario: { blocks: { b5: { fail: '选择执行机器人失败: 无空闲机器人' } } },
      source: { source_type: 1, source_remarks: '金样测试', work_stations: 'WS9' },
      variables: { shift: 'night' },
    },
  );
  const finishing = run(
    'a run with given outputs',
    select,
    {},
    {
      scenario: { blocks: { b5: { outputs: { selectedAgvId: 'AGV-042', battery: 87 } } } },
    },
  );
  teller.call('1 s on', 'advance', [1_000], () => store.advance(1_000));
  await read.readRecord('running, to stop', stopping);
  await read.readRecord('running, to set to error', erring);
  await read.readRecord('failed by its scenario', failing);
  await read.readRecord('finished with given outputs', finishing);

  await teller.post('stop a running record', `/stop/${stopping}`);
  await read.readRecord('stopped', stopping);
  await teller.setError('set-error on a running record', erring, { error_reason: '现场人工干预' });
  await read.readRecord('set to error while running', erring);
  await teller.setError('set-error on a finished record', finishing, {
    error_reason: '事后标记为失败',
    note: 1,
  });
  await read.readRecord('set to error after it finished', finishing);
  await teller.post(
    'set-error on a finished record, no content type',
    `/set-error/${selected}`,
    '{"error_reason":"无类型也按 JSON 读"}',
  );
  await teller.post(
    'set-error on a failed record, a +json type',
    `/set-error/${failed}`,
    '{"error_reason":"再次置为失败"}',
    'application/merge-patch+json; charset=utf-8',
  );

  await teller.post('retry a failed record', `/retry/${failing}`);
  const retried = newestRecord(store);
  await read.readRecord('the retry, just started', retried);
  await teller.post('retry of a running record', `/retry/${retried}`);
  teller.call('run to the end', 'runUntilIdle', [], () => store.runUntilIdle());
  await read.readRecord('the retry, finished', retried);
  await teller.post('retry a seed record that failed', `/retry/${failed}`);
  const retriedSeed = newestRecord(store);
  teller.call('150 ms on', 'advance', [150], () => store.advance(150));
  await read.readRecord('the seed retry, midway', retriedSeed);
  teller.call('run to the end', 'runUntilIdle', [], () => store.runUntilIdle());
  await read.readRecord('the seed retry, finished', retriedSeed);

  const landmarks = { done, stopped: stopping, failed: failing };
  await failures(teller, landmarks);
  await faults(teller, landmarks);

  // R9: without its definition, a record's tree is flat, and it cannot be retried.
  teller.call('remove a definition', 'removeDefinition', [select], () => store.removeDefinition(select));
  await teller.get(
    'execution tree without the definition (flat, R9)',
    `/execution/block/results/${selected}`,
  );
  await teller.post('retry without the definition', `/retry/${failing}`);

  await ending(teller, read, done, retried);
}
