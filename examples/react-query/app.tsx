/** The page: the records on the left, the selected one on the right. */
import { useState } from 'react';
import { RecordDetail } from './record-detail.js';
import { RecordList } from './record-list.js';
import { RunForm } from './run-form.js';

export function App() {
  const [selectedId, setSelectedId] = useState<string>();
  return (
    <main className="layout">
      <section className="panel list-panel" aria-labelledby="list-heading">
        <h2 id="list-heading">Task records</h2>
        <RunForm onStarted={setSelectedId} />
        <RecordList selectedId={selectedId} onSelect={setSelectedId} />
      </section>
      <section className="panel detail-panel" aria-labelledby="detail-heading">
        <h2 id="detail-heading">Execution</h2>
        <div id="detail" className="detail">
          {selectedId === undefined ? (
            <p className="muted">Select a task record to see its execution tree.</p>
          ) : (
            // A key per record: its Stop mutation and messages do not carry over to the next one.
            <RecordDetail key={selectedId} taskRecordId={selectedId} />
          )}
        </div>
      </section>
    </main>
  );
}
