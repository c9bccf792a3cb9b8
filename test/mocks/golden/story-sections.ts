/**
 * The parts every golden story shares: finding its landmarks in the store, every documented
 * failure, the injected faults, and the ending (last reads, the state, a reset).
 */
import type { MockStore } from '../../../mocks/index.js';
import type { Readers } from './story-readers.js';
import type { StoryTeller } from './story-teller.js';

const unknownId = '00000000-0000-4000-8000-000000000000';

/** The ID of the only record of `definitionId` with `status`: the story's landmarks in the seed. */
export function recordOf(store: MockStore, definitionId: string, status: number): string {
  const found = store
    .snapshot()
    .tasks.filter((task) => task.task_id === definitionId && task.status === status);
  if (found.length !== 1) {
    throw new Error(`expected one record of ${definitionId} with status ${status}, found ${found.length}`);
  }
  return (found[0] as { id: string }).id;
}

/** The newest task record: the one a retry has just made. */
export function newestRecord(store: MockStore): string {
  const task = store.snapshot().tasks.at(-1);
  if (!task) throw new Error('the store has no task record');
  return task.id;
}

export interface Landmarks {
  /** Finished with success (1000). */
  done: string;
  /** Stopped (2001). */
  stopped: string;
  /** Failed (2000). */
  failed: string;
}

/** Every documented failure of the seven operations, and the routes that belong to none. */
export async function failures(teller: StoryTeller, { done, stopped, failed }: Landmarks): Promise<void> {
  await teller.get('unknown id: blocks (an empty list, R5)', `/blocks/${unknownId}`);
  await teller.get('unknown id: block', `/block/${unknownId}`);
  await teller.get('unknown id: execution tree', `/execution/block/results/${unknownId}`);
  await teller.get('unknown id: detail', `/detail/${unknownId}`);
  await teller.post('unknown id: stop', `/stop/${unknownId}`);
  await teller.post('unknown id: retry', `/retry/${unknownId}`);
  await teller.setError('unknown id: set-error', unknownId, { error_reason: '未知记录' });
  await teller.get('undecodable id: detail', '/detail/%ZZ');
  await teller.get('percent-encoded id: block', '/block/%E5%9D%97%20b1');

  await teller.post('stop of a finished record', `/stop/${done}`);
  await teller.post('stop of a stopped record', `/stop/${stopped}`);
  await teller.post('stop of a failed record', `/stop/${failed}`);
  await teller.post('retry of a finished record', `/retry/${done}`);
  await teller.post('retry of a stopped record', `/retry/${stopped}`);

  const setError = `/set-error/${done}`;
  const json = 'application/json';
  await teller.post('set-error without a body', setError, null, json);
  await teller.post('set-error with a blank body', setError, '   ', json);
  await teller.post('set-error with a body that is not JSON', setError, '{error_reason: 急停}', json);
  await teller.post('set-error with a JSON array', setError, '["急停"]', json);
  await teller.post('set-error with a JSON string', setError, '"急停"', json);
  await teller.post('set-error without error_reason', setError, '{"reason":"急停"}', json);
  await teller.post('set-error with an empty error_reason', setError, '{"error_reason":""}', json);
  await teller.post('set-error with a blank error_reason', setError, '{"error_reason":"  "}', json);
  await teller.post('set-error with a number error_reason', setError, '{"error_reason":42}', json);
  await teller.post('set-error with a null error_reason', setError, '{"error_reason":null}', json);
  await teller.post('set-error with an object error_reason', setError, '{"error_reason":{"a":1}}', json);
  await teller.post('set-error with text/plain', setError, '{"error_reason":"急停"}', 'text/plain');
  await teller.post(
    'set-error with a form body',
    setError,
    'error_reason=%E6%80%A5%E5%81%9C',
    'application/x-www-form-urlencoded',
  );
  await teller.post('set-error with a bad body and an unknown id', `/set-error/${unknownId}`, '{}', json);

  await teller.get('no such route', '/tasks');
  await teller.request('outside the API', { method: 'GET', path: '/api/other/detail/x', body: null });
  await teller.post('POST on a GET route', `/detail/${done}`);
  await teller.get('GET on a POST route', `/stop/${done}`);
  await teller.get('GET on set-error', `/set-error/${done}`);
}

/** Injected faults: each takes the place of one answer, in the operation's own envelope. */
export async function faults(teller: StoryTeller, { done, failed }: Landmarks): Promise<void> {
  const { store } = teller;
  const fault = (note: string, input: Parameters<MockStore['injectFault']>[0]) =>
    teller.call(note, 'injectFault', [input], () => store.injectFault(input));
  fault('two faults on detail', {
    operation: 'getTaskRecord',
    status: 503,
    message: '服务暂不可用',
    times: 2,
  });
  await teller.get('detail, first fault', `/detail/${done}`);
  await teller.get('detail, second fault', `/detail/${done}`);
  await teller.get('detail, the faults used up', `/detail/${done}`);
  fault('a fault on set-error (422, FastAPI body)', { operation: 'setTaskError', status: 422 });
  await teller.setError('set-error, faulted', done, { error_reason: '不会生效' });
  fault('a fault on set-error (500)', { operation: 'setTaskError', status: 500, message: '数据库连接超时' });
  await teller.post('set-error with a bad body, faulted first', `/set-error/${done}`, 'x', 'text/plain');
  fault('a fault on the block list', { operation: 'getBlockRecords', status: 502 });
  await teller.get('blocks, faulted', `/blocks/${done}`);
  fault('a fault on retry', { operation: 'retryTask', status: 404, message: '任务记录不存在' });
  await teller.post('retry of a failed record, faulted: nothing retried', `/retry/${failed}`);
  fault('a fault on stop', { operation: 'stopTask', status: 400, message: '任务终止失败: 引擎忙' });
  fault('a second fault on stop', { operation: 'stopTask', status: 504 });
  await teller.post('stop, first fault', `/stop/${done}`);
  await teller.post('stop, second fault', `/stop/${done}`);
  fault('a fault on block, left unused', { operation: 'getBlockRecord', status: 500, times: 3 });
  fault('a fault on the execution tree, left unused', { operation: 'getExecutionResults', status: 429 });
  teller.call('the faults left, state too', 'snapshot().faults', [], () => store.snapshot().faults);
  await teller.get('block, faulted', `/block/${unknownId}`);
  await teller.get('block, faulted again', `/block/${unknownId}`);
  await teller.get('block, faulted a third time', `/block/${unknownId}`);
  await teller.get('execution tree, faulted', `/execution/block/results/${done}`);
  await teller.get('block, faults used up', `/block/${unknownId}`);
}

/**
 * The end of every story: the records the story made or changed read once more, the state,
 * a reset and the seed again.
 */
export async function ending(
  teller: StoryTeller,
  read: Readers,
  seedRecord: string,
  madeRecord: string,
): Promise<void> {
  const { store } = teller;
  await read.readWhatChanged('at the end');
  teller.snapshot('the state at the end');
  teller.call('back to the seed', 'reset', [], () => store.reset());
  await teller.get('after reset: a record the story made is gone', `/detail/${madeRecord}`);
  await teller.get('after reset: its blocks too', `/blocks/${madeRecord}`);
  await read.readRecord('after reset: a seed record as seeded', seedRecord);
  teller.call('the journal after reset', 'requests', [], () => store.requests);
}
