/**
 * The selected record: its detail and its execution tree, both live while it runs (the tree
 * follows the detail and stops with it), and Stop, whose mutation invalidates the record so the
 * page says "cancelled" as soon as the engine does.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  isTerminalTaskStatus,
  normalizeExecutionResults,
  summarizeExecutionTree,
  type TaskRecordDetail,
} from '@vwed/task-record';
import { taskRecordMutations } from '@vwed/task-record/query';
import { useMemo } from 'react';
import { durationBetween } from '../browser/format.js';
import { engineNow } from './demo-engine.js';
import { ExecutionTree } from './execution-tree.js';
import { StatusBadge } from './status-badge.js';
import { client, queries } from './task-record-api.js';

export function RecordDetail({ taskRecordId }: { taskRecordId: string }) {
  const queryClient = useQueryClient();
  const mutations = useMemo(() => taskRecordMutations(client, queryClient), [queryClient]);
  const detail = useQuery(queries.detail(taskRecordId));
  const tree = useQuery(queries.executionResults(taskRecordId));
  const stop = useMutation(mutations.stop);

  if (detail.isPending) return <p className="muted">Loading…</p>;
  if (detail.isError)
    return (
      <p className="message" data-kind="error">
        {detail.error.message}
      </p>
    );
  const record = detail.data;
  const now = engineNow();
  const results = tree.data === undefined ? undefined : normalizeExecutionResults(tree.data);
  const message = stop.isError ? stop.error.message : stop.data ? `Stopped: ${stop.data.ended_reason}` : '';
  return (
    <>
      <RecordHeader record={record} now={now} />
      {results && <TreeSummary summary={summarizeExecutionTree(results.root, { now })} />}
      <fieldset className="actions">
        <legend>Actions on the selected record</legend>
        <button
          type="button"
          id="stop-button"
          // Running, queued or paused: there is something to stop (a finished one answers 400, R6).
          disabled={isTerminalTaskStatus(record.status) || stop.isPending}
          onClick={() => stop.mutate(record.id)}
        >
          {stop.isPending ? 'Stopping…' : 'Stop'}
        </button>
      </fieldset>
      <p id="message" className="message" role="status" data-kind={stop.isError ? 'error' : 'info'}>
        {message}
      </p>
      <div id="tree" className="tree-container">
        {results && <ExecutionTree results={results} now={now} />}
      </div>
    </>
  );
}

function RecordHeader({ record, now }: { record: TaskRecordDetail; now: string }) {
  return (
    <div className="detail-body" data-task-id={record.id} data-status={record.status}>
      <h3 className="detail-title">
        <span>{record.task_name}</span>
        <StatusBadge code={record.status} vocabulary="task" />
      </h3>
      <dl className="facts">
        <dt>Record</dt>
        <dd>{record.id}</dd>
        <dt>Started</dt>
        <dd>{record.started_on ?? ''}</dd>
        <dt>Ended</dt>
        <dd>{record.ended_on ?? ''}</dd>
        <dt>Duration</dt>
        <dd>{durationBetween(record.started_on, record.ended_on, now)}</dd>
      </dl>
      {record.ended_reason && record.status !== 1000 && <p className="ended-reason">{record.ended_reason}</p>}
    </div>
  );
}

function TreeSummary({ summary }: { summary: ReturnType<typeof summarizeExecutionTree> }) {
  const { counts } = summary;
  return (
    <div className="summary">
      <progress
        className="progress"
        max={100}
        value={Math.round(summary.progress * 100)}
        aria-label="Blocks settled"
      />
      <span className="summary-text">
        {`${summary.executed}/${summary.total} blocks run · ${counts.success} ok · ${counts.running} running · ${counts.failed} failed · ${counts.cancelled} cancelled`}
      </span>
    </div>
  );
}
