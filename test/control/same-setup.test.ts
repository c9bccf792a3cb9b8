/**
 * One set-up module (setup-scenario.ts), run unchanged through MSW in this process and against
 * the reference server over real sockets: the two give the same results, request for request,
 * because both serve the same core.
 */
import { describe, expect, it } from 'vitest';
import { TaskStatus } from '../../src/status.js';
import { startTarget, useControlTargets } from './control-targets.js';
import { failureReason, setupScenario } from './setup-scenario.js';

useControlTargets();

describe('the shared set-up module', () => {
  it('gives the same results through MSW and against the reference server', async () => {
    const viaMsw = await startTarget('msw');
    const viaServer = await startTarget('server');
    const fromMsw = await setupScenario(viaMsw.control, viaMsw.baseUrl);
    const fromServer = await setupScenario(viaServer.control, viaServer.baseUrl);

    expect(fromMsw).toEqual(fromServer);
    // The same control requests too, in the same order.
    const requests = (target: typeof viaMsw) => target.sent.map(({ method, path }) => `${method} ${path}`);
    expect(requests(viaMsw)).toEqual(requests(viaServer));
    expect(requests(viaMsw)).toEqual([
      'POST /__mock/reset',
      'POST /__mock/definitions',
      'POST /__mock/tasks',
      'POST /__mock/clock/advance',
      `GET /__mock/requests?taskRecordId=${fromMsw.taskRecordId}`,
    ]);
  });

  it("sets up what it says: b3 failed with the scenario's reason, and the journal saw the reads", async () => {
    const target = await startTarget('server');
    const result = await setupScenario(target.control, target.baseUrl);

    expect(result).toMatchObject({
      definitionId: 'three-blocks',
      status: TaskStatus.failed,
      endedReason: expect.stringContaining(failureReason),
      blocks: { b1: 1000, b2: 1000, b3: 2000 },
    });
    expect(result.journal.map((entry) => [entry.operation, entry.status])).toEqual([
      ['getTaskRecord', 200],
      ['getBlockRecords', 200],
    ]);
    // The store behind the server holds the same run.
    expect(target.store.snapshot().tasks.map((task) => task.id)).toEqual([result.taskRecordId]);
  });
});
