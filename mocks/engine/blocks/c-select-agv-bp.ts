import { startBranch } from '../block-branches.js';
import type { BlockType, ThreadStep } from '../block-type.js';

/** The simulated vehicles CSelectAgvBp picks from. */
export const simulatedVehicles: readonly string[] = ['Fake-01', 'Fake-02', 'Fake-03', 'Fake-04', 'Fake-05'];

/**
 * CSelectAgvBp: picks a simulated vehicle (with the store's seeded random, so a seed replays
 * the same choices), makes it the task record's `agv_id` and outputs it as `selectedAgvId`,
 * then runs `default`. A scenario's `selectedAgvId` output overrides the choice.
 */
export const cSelectAgvBp: BlockType = {
  type: 'CSelectAgvBp',
  name: '选择执行机器人块',
  ownDurationMs: 200,
  begin(step, frame, block) {
    const vehicle = simulatedVehicles[
      Math.floor(step.context.random.next() * simulatedVehicles.length)
    ] as string;
    step.run.outputs[block.name] = { selectedAgvId: vehicle };
    setAgvId(step, vehicle);
    startBranch(frame, 'default');
    return undefined;
  },
  afterScenarioOutputs(step, block) {
    const chosen = step.run.outputs[block.name]?.selectedAgvId;
    if (typeof chosen === 'string') setAgvId(step, chosen);
  },
  // It reports its choice, as the document's log shows.
  branchEndLog: (step, block) => [
    `选择机器人块成功, 块id:${block.name}`,
    { ...step.run.outputs[block.name] },
  ],
};

function setAgvId(step: ThreadStep, vehicle: string): void {
  const task = step.context.task(step.run.taskRecordId);
  if (task) task.agv_id = vehicle;
}
