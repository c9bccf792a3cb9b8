/**
 * The task definition the example runs: a transport job in the VWED "wind task" format
 * (docs/task-definitions.md), written out in full, as a test in another process would post it.
 * Its `b3` is the lift that the test's scenario makes fail.
 */
import type { TaskDefinitionInput } from '@vwed/task-record/control';

/** The definition's ID: what `runTask` names. */
export const transportDefinitionId = 'pw-transport';

/**
 * Engine time longer than a whole run of the definition: b1 picks a vehicle (200 ms), b2 prints
 * (30 ms), b3 lifts (100 ms), b4 waits 5 s, b5 unloads (100 ms). Advancing the clock by this
 * much ends a run, however it ends.
 */
export const transportRunMs = 10_000;

/**
 * Select a vehicle, then under it: print its ID, lift at `from`, wait 5 s, unload at `to`.
 *
 * @example
 * ```ts
 * await control.addDefinition(transportDefinition);
 * ```
 */
export const transportDefinition: TaskDefinitionInput = {
  id: transportDefinitionId,
  label: '搬运任务 (Playwright)',
  version: 1,
  detail: {
    inputParams: [
      { name: 'from', type: 'String', required: true, defaultValue: 'AP1' },
      { name: 'to', type: 'String', required: true, defaultValue: 'AP9' },
    ],
    outputParams: [],
    rootBlock: {
      id: -1,
      name: '-1',
      blockType: 'RootBp',
      inputParams: {},
      children: {
        default: [
          {
            id: 1,
            name: 'b1',
            blockType: 'CSelectAgvBp',
            inputParams: { keyRoute: { type: 'Expression', value: 'taskInputs.from' } },
            children: {
              default: [
                {
                  id: 2,
                  name: 'b2',
                  blockType: 'PrintBp',
                  inputParams: { message: { type: 'Expression', value: 'blocks.b1.selectedAgvId' } },
                  children: {},
                },
                {
                  id: 3,
                  name: 'b3',
                  blockType: 'JackLoadBp',
                  inputParams: { location: { type: 'Expression', value: 'taskInputs.from' } },
                  children: {},
                },
                {
                  id: 4,
                  name: 'b4',
                  blockType: 'DelayBp',
                  inputParams: { timeMillis: { type: 'Simple', value: 5_000 } },
                  children: {},
                },
                {
                  id: 5,
                  name: 'b5',
                  blockType: 'JackUnloadBp',
                  inputParams: { location: { type: 'Expression', value: 'taskInputs.to' } },
                  children: {},
                },
              ],
            },
          },
        ],
      },
    },
  },
};
