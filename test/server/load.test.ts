/**
 * A storm of mixed requests at the reference server: 1,000 of them, 50 at a time, reads and
 * writes of every kind on the same records, with the clock following wall time fast. The
 * server must answer every one without a 5xx, keep every record it acknowledged, and leave
 * the store consistent. Bounded in count, and in time by the test's timeout.
 */
import { describe, expect, it } from 'vitest';
import { simple } from '../../mocks/definitions/define-task.js';
import { definition } from '../mocks/definitions.js';
import { expectStoreInvariants } from '../mocks/store-invariants.js';
import { HEAVY_TIMEOUT_MS } from '../timeouts.js';
import { request, startTestServer } from './harness.js';

const total = 1_000;
const concurrency = 50;
const api = '/api/vwed-task-record';

const work = definition('work', [
  { id: 1, name: 'b1', blockType: 'DelayBp', inputParams: { timeMillis: simple(300) } },
  {
    id: 2,
    name: 'b2',
    blockType: 'CSelectAgvBp',
    children: { default: [{ id: 3, name: 'b3', blockType: 'PrintBp' }] },
  },
]);

describe('1,000 mixed requests at concurrency 50', () => {
  it('answers all without a 5xx, loses no record and keeps the store consistent', {
    timeout: HEAVY_TIMEOUT_MS,
  }, async () => {
    // Speed 50: a 300 ms block takes 6 ms of wall time, so runs finish while requests fly.
    const server = await startTestServer({ seed: 'demo', speed: 50 });
    server.store.addDefinition(work);
    const created: string[] = [];
    const statuses = new Map<number, number>();
    let nextRandom = 7;
    const random = (below: number) => {
      nextRandom = (nextRandom * 1_103_515_245 + 12_345) % 2_147_483_648;
      return nextRandom % below;
    };
    const anyTask = () => {
      const known = created.length > 0 ? created : server.store.snapshot().tasks.map((task) => task.id);
      return known[random(known.length)] as string;
    };

    const one = async (index: number): Promise<void> => {
      const kind = index < 50 ? 0 : random(9);
      let answer: Awaited<ReturnType<typeof request>>;
      if (kind === 0) {
        const scenario = random(3) === 0 ? { blocks: { b3: { fail: '负载测试失败' } } } : undefined;
        answer = await request(server, 'POST', '/__mock/tasks', { json: { definitionId: 'work', scenario } });
        if (answer.status === 201) created.push((answer.body as { taskRecordId: string }).taskRecordId);
      } else if (kind === 1) answer = await request(server, 'GET', `${api}/detail/${anyTask()}`);
      else if (kind === 2) answer = await request(server, 'GET', `${api}/blocks/${anyTask()}`);
      else if (kind === 3)
        answer = await request(server, 'GET', `${api}/execution/block/results/${anyTask()}`);
      else if (kind === 4) answer = await request(server, 'POST', `${api}/stop/${anyTask()}`);
      else if (kind === 5) {
        answer = await request(server, 'POST', `${api}/retry/${anyTask()}`);
        // A retry makes a record too: it must not be lost either.
        if (answer.status === 200)
          created.push((answer.body as { data: { new_task_record_id: string } }).data.new_task_record_id);
      } else if (kind === 6)
        answer = await request(server, 'POST', `${api}/set-error/${anyTask()}`, {
          json: { error_reason: '负载' },
        });
      else if (kind === 7)
        answer = await request(server, 'GET', `${api}/block/${random(2) ? 'nope' : anyTask()}`);
      else answer = await request(server, 'POST', `${api}/set-error/${anyTask()}`, { body: '{bad json' });
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    };

    let issued = 0;
    const worker = async () => {
      while (issued < total) await one(issued++);
    };
    await Promise.all(Array.from({ length: concurrency }, worker));

    const answered = [...statuses.values()].reduce((sum, count) => sum + count, 0);
    expect(answered).toBe(total);
    const serverErrors = [...statuses].filter(([status]) => status >= 500);
    expect(serverErrors, `5xx answers: ${JSON.stringify(Object.fromEntries(statuses))}`).toEqual([]);
    // The server really did both kinds of work, not one path over and over.
    expect(statuses.get(200)).toBeGreaterThan(300);
    expect(statuses.get(400)).toBeGreaterThan(50);

    // No acknowledged record was lost, and each still answers over HTTP.
    const state = server.store.snapshot();
    const ids = new Set(state.tasks.map((task) => task.id));
    expect(created.length).toBeGreaterThanOrEqual(50);
    expect(created.filter((id) => !ids.has(id))).toEqual([]);
    for (const id of created.slice(0, 20)) {
      expect((await request(server, 'GET', `${api}/detail/${id}`)).status).toBe(200);
    }
    expectStoreInvariants(state);
    // Every request is in the journal: the API ones (the control ones are not journalled).
    expect(server.store.requests.length).toBeGreaterThanOrEqual(total - created.length);
  });
});
