/**
 * One test set-up written once against the control client: it runs unchanged in-process
 * through MSW and against the reference server in another process (same-setup.test.ts proves
 * both give the same results). A definition of three blocks, b1 to b3, a run in which b3
 * fails through the scenario, the clock moved on, the task-record API asked about the run,
 * and the request journal read back.
 */

import type { JournalEntry, MockControlClient, TaskDefinitionInput } from '../../src/control/index.js';
import { createTaskRecordClient } from '../../src/index.js';

/** The reason b3 fails with. */
export const failureReason = '叉车电量不足';

const block = (id: number, name: string, message: string) => ({
  id,
  name,
  blockType: 'PrintBp',
  inputParams: { message: { type: 'Simple', value: message } },
  children: {},
});

/** Three print blocks in a row; the run's scenario makes b3 fail. */
export const threeBlocks: TaskDefinitionInput = {
  id: 'three-blocks',
  label: '三步任务',
  version: 1,
  detail: {
    inputParams: [{ name: 'from', type: 'String', required: true, defaultValue: 'A' }],
    outputParams: [],
    rootBlock: {
      id: -1,
      name: '-1',
      blockType: 'RootBp',
      inputParams: {},
      children: { default: [block(1, 'b1', '取货'), block(2, 'b2', '运输'), block(3, 'b3', '卸货')] },
    },
  },
};

/** What the set-up saw: what a test in either place would go on from. */
export interface ScenarioResult {
  definitionId: string;
  taskRecordId: string;
  /** The clock after the step. */
  now: string;
  /** The record's status and reason, through the task-record API. */
  status: number;
  endedReason: string | null;
  /** Its block records by name, with their statuses. */
  blocks: Record<string, number>;
  /** The journal of the task-record API's requests about the run. */
  journal: JournalEntry[];
}

/**
 * Runs the set-up against the mock at `baseUrl` through `control`, and reads what came of it.
 *
 * @example
 * ```ts
 * const result = await setupScenario(createMockControlClient({ baseUrl }), baseUrl);
 * ```
 */
export async function setupScenario(control: MockControlClient, baseUrl: string): Promise<ScenarioResult> {
  await control.reset();
  const { id: definitionId } = await control.addDefinition(threeBlocks);
  const taskRecordId = await control.runTask(
    definitionId,
    { from: 'B' },
    { scenario: { blocks: { b3: { fail: failureReason } } }, source: { source_system: 'WMS' } },
  );
  const { now } = await control.advanceClock(60_000);

  const api = createTaskRecordClient({ baseUrl });
  const detail = await api.getTaskRecord(taskRecordId);
  const records = await api.getBlockRecords(taskRecordId);
  const journal = await control.requests({ taskRecordId });
  return {
    definitionId,
    taskRecordId,
    now,
    status: detail.status,
    endedReason: detail.ended_reason,
    blocks: Object.fromEntries(records.map((record) => [record.block_name, record.status])),
    journal,
  };
}
