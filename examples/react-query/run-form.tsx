/**
 * "Run demo task": starts a run on the mock engine (the API has no such endpoint) and selects it.
 * The list's IDs are invalidated, so the new record shows at once rather than at the next second.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { presets, startRun } from './demo-engine.js';
import { recordIdsQuery } from './task-record-api.js';

export function RunForm({ onStarted }: { onStarted: (taskRecordId: string) => void }) {
  const queryClient = useQueryClient();
  const [preset, setPreset] = useState('transport');
  return (
    <form
      id="run-form"
      className="run-form"
      onSubmit={(event) => {
        event.preventDefault();
        const id = startRun(preset);
        void queryClient.invalidateQueries({ queryKey: recordIdsQuery.queryKey });
        onStarted(id);
      }}
    >
      <label htmlFor="run-preset">Demo run</label>
      <select id="run-preset" value={preset} onChange={(event) => setPreset(event.target.value)}>
        {Object.entries(presets).map(([key, { label }]) => (
          <option key={key} value={key}>
            {label}
          </option>
        ))}
      </select>
      <button type="submit" id="run-button">
        Run demo task
      </button>
    </form>
  );
}
