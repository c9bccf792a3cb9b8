/**
 * The runs both demo pages' "Run demo task" forms offer: the `demo` seed's definitions, some
 * steered by a scenario. One list, so that the two pages offer the same.
 */
import type { RunTaskOptions } from '@vwed/task-record/mocks';

/** One run the form offers. */
export interface DemoPreset {
  label: string;
  definitionId: string;
  options: RunTaskOptions;
}

/**
 * The presets, by the form's option value.
 *
 * @example
 * ```ts
 * const { definitionId, options } = demoPresets['transport-fail'];
 * store.runTask(definitionId, {}, options);
 * ```
 */
export const demoPresets: Record<string, DemoPreset> = {
  transport: { label: 'Transport AP1 → AP9', definitionId: 'demo-transport', options: {} },
  'transport-long': {
    label: 'Transport, 10 min wait at b4',
    definitionId: 'demo-transport',
    options: { scenario: { blocks: { b4: { durationMs: 600_000 } } } },
  },
  'transport-fail': {
    label: 'Transport, b3 fails',
    definitionId: 'demo-transport',
    options: { scenario: { blocks: { b3: { fail: '举升机构故障' } } } },
  },
  inspection: { label: 'Inspection LM1-LM3', definitionId: 'demo-inspection', options: {} },
  parallel: {
    label: 'Parallel, b4 fails (caught)',
    definitionId: 'demo-parallel',
    options: { scenario: { blocks: { b4: { fail: '货叉传感器异常' } } } },
  },
};
