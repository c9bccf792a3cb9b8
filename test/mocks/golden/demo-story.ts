import type { MockStore } from '../../../mocks/index.js';
import { type Reads, readers } from './story-readers.js';
import { ending, failures, faults, newestRecord, recordOf } from './story-sections.js';
import type { StoryTeller } from './story-teller.js';

/** The `demo` seed: records in every state, two of them still running. */
export async function demoStory(teller: StoryTeller, reads: Reads): Promise<void> {
  const { store } = teller;
  const read = readers(teller, reads);
  const transport = 'demo-transport';
  const inspection = 'demo-inspection';
  const run = (note: string, ...args: Parameters<MockStore['runTask']>) =>
    teller.call(note, 'runTask', args, () => store.runTask(...args));

  await read.readEverything('as seeded');
  const done = recordOf(store, transport, 1000);
  const failed = recordOf(store, transport, 2000);
  const stopped = recordOf(store, transport, 2001);
  const runningTransport = recordOf(store, transport, 1001);
  const runningInspection = recordOf(store, inspection, 1001);

  teller.call('5 s on', 'advance', [5_000], () => store.advance(5_000));
  await read.readRecord('a seed run, later', runningTransport);
  await read.readRecord('another seed run, later', runningInspection);
  await teller.post('stop a running seed record', `/stop/${runningTransport}`);
  await read.readRecord('stopped', runningTransport);
  await teller.setError('set-error on a running seed record', runningInspection, {
    error_reason: '巡检中断',
  });
  await read.readRecord('set to error while running', runningInspection);

  const unloading = run(
    'a run that fails late',
    transport,
    { from: 'AP5', to: 'AP2' },
    {
      scenario: {
        blocks: {
          b1: { outputs: { selectedAgvId: 'AGV-007' } },
          b4: { durationMs: 1_000 },
          b5: { fail: '卸货位被占用' },
        },
      },
      source: { source_type: 3, source_system: 'WMS', source_user: 'golden', source_remarks: '金样' },
    },
  );
  const parallel = run(
    'a parallel run, shortened',
    'demo-parallel',
    {},
    {
      scenario: { blocks: { b2: { durationMs: 500 } } },
    },
  );
  teller.call('300 ms on', 'advance', [300], () => store.advance(300));
  await read.readRecord('the late failure, midway', unloading);
  await read.readRecord('the parallel run, midway', parallel);
  teller.call('run to the end', 'runUntilIdle', [], () => store.runUntilIdle());
  await read.readRecord('the late failure, failed', unloading);
  await read.readRecord('the parallel run, finished', parallel);
  await teller.setError('set-error on a finished record', parallel, { error_reason: '复核不通过' });
  await read.readRecord('set to error after it finished', parallel);

  await teller.post('retry a seed record that failed', `/retry/${failed}`);
  const retried = newestRecord(store);
  await read.readRecord('the retry, just started', retried);
  await teller.post('retry of a running record', `/retry/${retried}`);
  teller.call('10 s on', 'advance', [10_000], () => store.advance(10_000));
  await read.readRecord('the retry, midway', retried);
  teller.call('run to the end', 'runUntilIdle', [], () => store.runUntilIdle());
  await read.readRecord('the retry, finished', retried);
  await teller.post('retry a run that failed late (its scenario is not kept)', `/retry/${unloading}`);
  const retriedLate = newestRecord(store);
  teller.call('run to the end', 'runUntilIdle', [], () => store.runUntilIdle());
  await read.readRecord('the second retry, finished', retriedLate);

  const landmarks = { done, stopped, failed };
  await failures(teller, landmarks);
  await faults(teller, landmarks);
  await ending(teller, read, done, retried);
}
