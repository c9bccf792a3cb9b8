/**
 * The list of task records. Each item observes its record's detail with `queries.detail(id)`:
 * a running record's badge changes by itself, and a finished one is not asked again.
 */
import { useQuery } from '@tanstack/react-query';
import { StatusBadge } from './status-badge.js';
import { queries, recordIdsQuery } from './task-record-api.js';

interface RecordListProps {
  selectedId: string | undefined;
  onSelect: (taskRecordId: string) => void;
}

export function RecordList({ selectedId, onSelect }: RecordListProps) {
  const ids = useQuery(recordIdsQuery).data;
  if (ids === undefined) return <p className="muted">Starting the mock engine…</p>;
  if (ids.length === 0) return <p className="muted">No task records yet.</p>;
  return (
    <ul id="task-list" className="task-list" aria-label="Task records">
      {ids.map((id) => (
        <RecordListItem key={id} taskRecordId={id} selected={id === selectedId} onSelect={onSelect} />
      ))}
    </ul>
  );
}

function RecordListItem({
  taskRecordId,
  selected,
  onSelect,
}: {
  taskRecordId: string;
  selected: boolean;
  onSelect: (taskRecordId: string) => void;
}) {
  const { data: detail, error } = useQuery(queries.detail(taskRecordId));
  return (
    <li
      className={`task-item${selected ? ' selected' : ''}`}
      data-task-id={taskRecordId}
      data-status={detail?.status}
    >
      <button type="button" className="task-button" onClick={() => onSelect(taskRecordId)}>
        <span className="task-title">
          <span>{detail?.task_name ?? taskRecordId}</span>
          {detail && <StatusBadge code={detail.status} vocabulary="task" />}
        </span>
        <span className="task-meta">{error ? error.message : (detail?.state_description ?? '')}</span>
        <span className="task-time">{detail?.created_at.slice(0, 19).replace('T', ' ')}</span>
      </button>
    </li>
  );
}
