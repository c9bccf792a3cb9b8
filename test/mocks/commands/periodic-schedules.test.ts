/**
 * The periodic schedules on their own: one per definition, started, disabled, and the one
 * due earliest found among the enabled ones.
 */
import { describe, expect, it } from 'vitest';
import { PeriodicSchedules } from '../../../mocks/store/periodic-schedules.js';

describe('PeriodicSchedules', () => {
  it('starts an enabled schedule with a copy of the inputs and source', () => {
    const schedules = new PeriodicSchedules();
    const inputs = { pallet: { code: 'P-1' } };
    const source = { source_system: 'WMS' };
    schedules.start('p', 60_000, inputs, source);
    inputs.pallet.code = 'changed';
    source.source_system = 'changed';
    expect(schedules.dump()).toEqual([
      {
        definitionId: 'p',
        nextAt: 60_000,
        enabled: true,
        inputParams: { pallet: { code: 'P-1' } },
        source: { source_system: 'WMS' },
      },
    ]);
  });

  it('keeps one schedule per definition: starting again replaces it, enabled', () => {
    const schedules = new PeriodicSchedules();
    schedules.start('p', 1_000, { n: 1 }, {});
    schedules.disable('p');
    schedules.start('p', 5_000, { n: 2 }, {});
    expect(schedules.dump()).toEqual([
      { definitionId: 'p', nextAt: 5_000, enabled: true, inputParams: { n: 2 }, source: {} },
    ]);
  });

  it('disables only the named definition’s schedule', () => {
    const schedules = new PeriodicSchedules();
    schedules.start('p', 1_000, {}, {});
    schedules.start('q', 1_000, {}, {});
    schedules.disable('p');
    expect(schedules.dump().map((schedule) => [schedule.definitionId, schedule.enabled])).toEqual([
      ['p', false],
      ['q', true],
    ]);
  });

  it('disabling a definition without a schedule does nothing', () => {
    const schedules = new PeriodicSchedules();
    schedules.start('p', 1_000, {}, {});
    schedules.disable('nope');
    expect(schedules.dump()).toMatchObject([{ definitionId: 'p', enabled: true }]);
  });

  describe('due', () => {
    it('finds none before the first is due, and one at its very time', () => {
      const schedules = new PeriodicSchedules();
      schedules.start('p', 1_000, {}, {});
      expect(schedules.due(999)).toBeUndefined();
      expect(schedules.due(1_000)?.definitionId).toBe('p');
    });

    it('finds the one due earliest, whatever order they were started in', () => {
      const schedules = new PeriodicSchedules();
      schedules.start('late', 3_000, {}, {});
      schedules.start('early', 2_000, {}, {});
      schedules.start('later', 4_000, {}, {});
      expect(schedules.due(10_000)?.definitionId).toBe('early');
    });

    it('never finds a disabled schedule', () => {
      const schedules = new PeriodicSchedules();
      schedules.start('p', 1_000, {}, {});
      schedules.start('q', 2_000, {}, {});
      schedules.disable('p');
      expect(schedules.due(10_000)?.definitionId).toBe('q');
      schedules.disable('q');
      expect(schedules.due(10_000)).toBeUndefined();
    });

    it('gives the stored schedule, which the caller moves on', () => {
      const schedules = new PeriodicSchedules();
      schedules.start('p', 1_000, {}, {});
      const due = schedules.due(1_000);
      if (!due) throw new Error('nothing due');
      due.nextAt += 1_000;
      expect(schedules.due(1_000)).toBeUndefined();
      expect(schedules.due(2_000)?.definitionId).toBe('p');
    });
  });

  it('load replaces the schedules, and dump gives them back', () => {
    const schedules = new PeriodicSchedules();
    schedules.start('old', 1_000, {}, {});
    const state = [{ definitionId: 'new', nextAt: 7_000, enabled: true, inputParams: {}, source: {} }];
    schedules.load(state);
    expect(schedules.dump()).toEqual(state);
    expect(schedules.due(10_000)?.definitionId).toBe('new');
  });
});
