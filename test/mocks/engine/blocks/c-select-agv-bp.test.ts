/** CSelectAgvBp's choice comes from the store's seeded random, and a scenario may override it. */
import { describe, expect, it } from 'vitest';
import type { DefinitionBlock } from '../../../../mocks/definitions/parse-definition.js';
import { cSelectAgvBp, simulatedVehicles } from '../../../../mocks/engine/blocks/c-select-agv-bp.js';
import { newFrame } from '../../../../mocks/engine/new-frame.js';
import { parsedDefinition, recordingContext, stepFor } from '../recording-context.js';

function begun(random: number) {
  const definition = parsedDefinition({ name: 'b5', blockType: 'CSelectAgvBp', children: { default: [] } });
  const context = recordingContext(definition, [random]);
  const step = stepFor(context);
  const block = definition.root as DefinitionBlock;
  const frame = newFrame(block);
  expect(cSelectAgvBp.begin?.(step, frame, block, {})).toBeUndefined();
  return { context, step, block, frame };
}

describe('CSelectAgvBp', () => {
  it('picks the vehicle the random draw points at, makes it agv_id, then runs default', () => {
    expect(simulatedVehicles).toEqual(['Fake-01', 'Fake-02', 'Fake-03', 'Fake-04', 'Fake-05']);
    expect(begun(0).context.record.agv_id).toBe('Fake-01');
    expect(begun(0.5).context.record.agv_id).toBe('Fake-03');
    const last = begun(0.999_999);
    expect(last.context.record.agv_id).toBe('Fake-05');
    expect(last.step.run.outputs.b5).toEqual({ selectedAgvId: 'Fake-05' });
    expect(last.frame).toMatchObject({ phase: 'children', branch: 'default' });
  });

  it("takes a scenario's selectedAgvId as agv_id, but only a string one", () => {
    const { context, step, block } = begun(0);
    step.run.outputs.b5 = { selectedAgvId: 42 };
    cSelectAgvBp.afterScenarioOutputs?.(step, block);
    expect(context.record.agv_id).toBe('Fake-01');
    step.run.outputs.b5 = { selectedAgvId: 'AGV-7' };
    cSelectAgvBp.afterScenarioOutputs?.(step, block);
    expect(context.record.agv_id).toBe('AGV-7');
  });

  it('reports its choice when its children are done, as the document shows', () => {
    const { step, block } = begun(0.2);
    expect(cSelectAgvBp.branchEndLog?.(step, block)).toEqual([
      '选择机器人块成功, 块id:b5',
      { selectedAgvId: 'Fake-02' },
    ]);
  });
});
