/**
 * The browser demo: the page uses the client over `fetch` exactly as an application would
 * against a real engine. By default the mock engine runs in this page (a wall-clock store with
 * the `demo` seed) and MSW's service worker answers the API from it; `?server=URL` calls the
 * reference server of another process instead (see open-page-backend.ts).
 *
 * `?speed=N` runs the in-page engine N times faster than real time (default 1); the e2e test
 * uses it so that a retried run finishes in a second or two.
 */
import {
  formatExecutionTree,
  isTerminalTaskStatus,
  isVwedError,
  normalizeExecutionResults,
  summarizeExecutionTree,
  type TaskRecordDetail,
} from '@vwed/task-record';
import { demoPresets as presets } from '../demo-presets.js';
import { element } from './format.js';
import { openPageBackend } from './open-page-backend.js';
import type { PageBackend } from './page-backend.js';
import { renderTaskDetail } from './render-detail.js';
import { renderTaskList } from './render-list.js';
import { renderExecutionTree } from './render-tree.js';

/** How often the page polls while something runs: often enough to watch blocks move. */
const pollMs = 500;

/** An element the page's HTML must have; a missing one is a bug in index.html, said plainly. */
function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`demo page: #${id} is missing from index.html`);
  return found as T;
}

const ui = {
  sourceInfo: byId<HTMLSpanElement>('source-info'),
  clockInfo: byId<HTMLSpanElement>('clock-info'),
  list: byId<HTMLUListElement>('task-list'),
  listEmpty: byId<HTMLParagraphElement>('list-empty'),
  runForm: byId<HTMLFormElement>('run-form'),
  runPreset: byId<HTMLSelectElement>('run-preset'),
  detail: byId<HTMLDivElement>('detail'),
  tree: byId<HTMLDivElement>('tree'),
  message: byId<HTMLParagraphElement>('message'),
  stop: byId<HTMLButtonElement>('stop-button'),
  retry: byId<HTMLButtonElement>('retry-button'),
  setError: byId<HTMLButtonElement>('set-error-button'),
  reason: byId<HTMLInputElement>('reason-input'),
};

/** Set once by `start()`, before anything that reads it can run. */
let backend!: PageBackend;

const details = new Map<string, TaskRecordDetail>();
let selectedId: string | undefined;
/** What the tree and header were last drawn from, so an unchanged record is not redrawn. */
let drawnKey = '';
let pollTimer: ReturnType<typeof setTimeout> | undefined;
let queue: Promise<void> = Promise.resolve();

/** Shows a message; failures are marked so they stand out (and so a test can tell them apart). */
function say(text: string, kind: 'info' | 'error' = 'info'): void {
  ui.message.textContent = text;
  ui.message.dataset.kind = kind;
}

/** The client's typed errors carry the server's message; anything else is shown as it is. */
function describeError(error: unknown): string {
  if (isVwedError(error)) return error.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Queues a refresh: refreshes run one after another, never overlapping, so a slow answer cannot
 * draw an older state over a newer one. `changed` names records an action has just changed.
 */
function refresh(changed: readonly string[] = []): Promise<void> {
  queue = queue
    .then(() => refreshNow(new Set(changed)))
    .catch((error: unknown) => say(`Refresh failed: ${describeError(error)}`, 'error'));
  return queue;
}

async function refreshNow(changed: ReadonlySet<string>): Promise<void> {
  clearTimeout(pollTimer);
  // The API has no "list records" endpoint, so the list of IDs comes from the backend (the
  // store, or the server's control API); everything shown about a record comes through the client.
  const ids = await backend.listTaskIds();
  // A finished record does not change by itself: only records still going, new ones and those
  // an action touched are fetched again.
  const stale = ids.filter((id) => {
    const known = details.get(id);
    return !known || !isTerminalTaskStatus(known.status) || changed.has(id);
  });
  const fetched = await Promise.all(stale.map((id) => backend.client.getTaskRecord(id)));
  for (const detail of fetched) details.set(detail.id, detail);
  const records = ids.map((id) => details.get(id)).filter((detail) => detail !== undefined);
  renderTaskList(ui.list, records, selectedId);
  ui.listEmpty.hidden = records.length > 0;
  if (records.length === 0) ui.listEmpty.textContent = 'No task records yet.';

  const selected = selectedId === undefined ? undefined : details.get(selectedId);
  updateButtons(selected);
  if (selected && (stale.includes(selected.id) || drawnKey !== selected.id)) await drawSelected(selected);

  // A shared server changes without this page: it is polled even when nothing here runs.
  if (backend.shared || records.some((record) => !isTerminalTaskStatus(record.status))) {
    pollTimer = setTimeout(() => void refresh(), pollMs);
  }
}

/** Fetches the selected record's tree and draws it with the record's header. */
async function drawSelected(selected: TaskRecordDetail): Promise<void> {
  const results = normalizeExecutionResults(await backend.client.getExecutionResults(selected.id));
  // The engine's clock, read after the request synced it: running blocks count up to it. Its
  // readings are local time written as UTC (R11), so ISO without the Z is the records' form.
  const now = new Date(backend.now()).toISOString().replace('Z', '');
  const summary = summarizeExecutionTree(results.root, { now });
  ui.detail.replaceChildren(renderTaskDetail(selected, summary, now));
  // The plain-text form of the tree, as a log line or a terminal would show it.
  const text = element('details', 'tree-text');
  text.open = ui.tree.querySelector<HTMLDetailsElement>('details.tree-text')?.open ?? false;
  text.append(element('summary', '', 'As text'), element('pre', '', formatExecutionTree(results.root)));
  ui.tree.replaceChildren(renderExecutionTree(results, now), text);
  drawnKey = selected.id;
}

/** Enables the actions that make sense for the selected record's status. */
function updateButtons(selected: TaskRecordDetail | undefined): void {
  const status = selected?.status;
  // Running, queued or paused: there is something to stop (a finished one answers 400, R6).
  ui.stop.disabled = status === undefined || isTerminalTaskStatus(status);
  // Only failed records can be retried (R8).
  ui.retry.disabled = status !== 2000;
  // Allowed in any state, as the document says (R7).
  ui.setError.disabled = status === undefined;
}

/** Selects a record and draws it at once. */
function select(id: string): Promise<void> {
  selectedId = id;
  drawnKey = '';
  say('');
  return refresh([id]);
}

/** Runs one of the actions on the selected record, then shows the result and refreshes. */
async function act(action: (id: string) => Promise<{ text: string; changed: string[] }>): Promise<void> {
  const id = selectedId;
  if (id === undefined) return;
  try {
    const { text, changed } = await action(id);
    say(text);
    await refresh([id, ...changed]);
  } catch (error) {
    say(describeError(error), 'error');
    await refresh([id]);
  }
}

function wireUp(): void {
  for (const [key, preset] of Object.entries(presets)) {
    const option = element('option', '', preset.label);
    option.value = key;
    ui.runPreset.append(option);
  }
  ui.list.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-task-id]');
    if (button?.dataset.taskId) void select(button.dataset.taskId);
  });
  ui.runForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const preset = presets[ui.runPreset.value];
    if (!preset) return;
    // Starting a run is the engine's business, not this API's: the page asks the backend (the
    // store, or the server's control API), as a test's set-up would. The rest goes through the client.
    backend
      .runTask(preset.definitionId, {}, { ...preset.options, source: demoSource })
      .then((id) => select(id))
      .then(() => say(`Started ${preset.label}.`))
      .catch((error: unknown) => say(`Could not start ${preset.label}: ${describeError(error)}`, 'error'));
  });
  ui.stop.addEventListener('click', () =>
    act(async (id) => {
      const result = await backend.client.stopTask(id);
      return { text: `Stopped: ${result.ended_reason}`, changed: [] };
    }),
  );
  ui.retry.addEventListener('click', () =>
    act(async (id) => {
      const result = await backend.client.retryTask(id);
      selectedId = result.new_task_record_id;
      return {
        text: `Retried ${result.original_task_name}: new record ${result.new_task_record_id}`,
        changed: [result.new_task_record_id],
      };
    }),
  );
  ui.setError.addEventListener('click', () => {
    const reason = ui.reason.value.trim();
    if (reason === '') {
      say('Type an error reason first.', 'error');
      ui.reason.focus();
      return;
    }
    void act(async (id) => {
      const result = await backend.client.setTaskError(id, reason);
      return {
        text: `Set to failed (${result.updated_blocks_count} blocks updated): ${result.error_reason}`,
        changed: [],
      };
    });
  });
}

const demoSource = { source_type: 3, source_system: 'demo-page', source_user: 'browser' };

async function start(): Promise<void> {
  backend = await openPageBackend(window.location.search);
  ui.sourceInfo.textContent = backend.source;
  ui.clockInfo.textContent = backend.clock;
  wireUp();
  await refresh();
  document.body.dataset.ready = 'true';
}

start().catch((error: unknown) => {
  say(`The demo could not start: ${describeError(error)}`, 'error');
  console.error(error);
});
