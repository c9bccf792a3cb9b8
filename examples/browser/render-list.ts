/**
 * The list of task records: one button per record, newest first, each with its status badge.
 * Updated in place (keyed by record ID) rather than rebuilt, so a refresh every half second
 * does not take the keyboard focus away from the record a user is on.
 */
import type { TaskRecordDetail } from '@vwed/task-record';
import { element, statusBadge, timeOfDay } from './format.js';

/**
 * Brings `list` up to date with `records` (in display order) and marks `selectedId` as the
 * current one. Clicks are handled by the caller, by delegation on `list`: each button carries
 * `data-task-id`.
 */
export function renderTaskList(
  list: HTMLUListElement,
  records: readonly TaskRecordDetail[],
  selectedId: string | undefined,
): void {
  const existing = new Map<string, HTMLLIElement>();
  for (const item of list.querySelectorAll<HTMLLIElement>(':scope > li[data-task-id]')) {
    existing.set(item.dataset.taskId ?? '', item);
  }
  let previous: HTMLLIElement | undefined;
  for (const record of records) {
    const item = existing.get(record.id) ?? createItem(record.id);
    existing.delete(record.id);
    updateItem(item, record, record.id === selectedId);
    // Keep the order without moving items that are already in place (moving would drop focus).
    const expectedNext = previous ? previous.nextElementSibling : list.firstElementChild;
    if (expectedNext !== item) {
      if (previous) previous.after(item);
      else list.prepend(item);
    }
    previous = item;
  }
  for (const stale of existing.values()) stale.remove();
}

function createItem(id: string): HTMLLIElement {
  const item = element('li', 'task-item');
  item.dataset.taskId = id;
  const button = element('button', 'task-button');
  button.type = 'button';
  button.dataset.taskId = id;
  item.append(button);
  return item;
}

function updateItem(item: HTMLLIElement, record: TaskRecordDetail, selected: boolean): void {
  item.dataset.status = String(record.status);
  item.dataset.definition = record.task_id;
  item.classList.toggle('selected', selected);
  const button = item.firstElementChild as HTMLButtonElement;
  if (selected) button.setAttribute('aria-current', 'true');
  else button.removeAttribute('aria-current');
  const title = element('span', 'task-title');
  title.append(element('span', 'task-name', record.task_name), statusBadge(record.status, 'task'));
  const meta = element('span', 'task-meta', `${record.task_id} · ${record.id.slice(0, 8)}`);
  const time = element('span', 'task-time', `started ${timeOfDay(record.started_on ?? record.created_at)}`);
  const remark = record.source_remarks ? element('span', 'task-remark', record.source_remarks) : '';
  button.replaceChildren(title, meta, time, remark);
}
