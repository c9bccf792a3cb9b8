/**
 * The selected record's header: its name, status, times and end reason, and a summary of its
 * tree (progress, counts, the first failure) from the package's tree toolkit.
 */
import type { ExecutionTreeSummary, TaskRecordDetail } from '@vwed/task-record';
import { durationBetween, element, formatDuration, statusBadge } from './format.js';

/** Renders the header of the selected record; `now` is the engine's current time. */
export function renderTaskDetail(
  detail: TaskRecordDetail,
  summary: ExecutionTreeSummary,
  now: string,
): HTMLElement {
  const container = element('div', 'detail-body');
  container.dataset.taskId = detail.id;
  container.dataset.status = String(detail.status);

  const title = element('h3', 'detail-title');
  title.append(element('span', '', detail.task_name), statusBadge(detail.status, 'task'));
  container.append(title);

  const facts = element('dl', 'facts');
  const fact = (name: string, value: string) => {
    if (value !== '') facts.append(element('dt', '', name), element('dd', '', value));
  };
  fact('Record', detail.id);
  fact('Definition', `${detail.task_id} (v${detail.task_version})`);
  fact('Inputs', JSON.stringify(detail.input_params));
  fact('Started', detail.started_on ?? '');
  fact('Ended', detail.ended_on ?? '');
  fact(
    'Duration',
    detail.execution_time === null
      ? durationBetween(detail.started_on, detail.ended_on, now)
      : formatDuration(detail.execution_time),
  );
  fact('State', detail.state_description ?? '');
  container.append(facts);

  if (detail.ended_reason && detail.status !== 1000) {
    const reason = element('p', 'ended-reason', detail.ended_reason);
    reason.setAttribute('aria-label', 'End reason');
    container.append(reason);
  }

  const { counts } = summary;
  const percent = Math.round(summary.progress * 100);
  const progress = element('div', 'summary');
  const bar = element('progress', 'progress');
  bar.max = 100;
  bar.value = percent;
  bar.setAttribute('aria-label', 'Blocks settled');
  progress.append(
    bar,
    element(
      'span',
      'summary-text',
      `${summary.executed}/${summary.total} blocks run · ${counts.success} ok · ${counts.running} running · ` +
        `${counts.failed} failed · ${counts.cancelled} cancelled`,
    ),
  );
  container.append(progress);
  if (summary.firstFailure) {
    const where = summary.firstFailure.path.map((node) => node.blockName).join(' › ');
    container.append(
      element('p', 'first-failure', `First failure: ${where}: ${summary.firstFailure.reason ?? ''}`),
    );
  }
  return container;
}
