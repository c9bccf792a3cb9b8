/**
 * The execution tree drawn as nested lists: one card per block, coloured by its node status,
 * with its type, duration, end reason and logs, and its children below it.
 */
import { type ExecutionNode, isFlatResultsRoot, type NormalizedExecutionResults } from '@vwed/task-record';
import { durationBetween, element, statusBadge, timeOfDay, toneOf } from './format.js';

/**
 * Renders normalized execution results. `now` is the engine's current time, in its own form,
 * so running blocks count their duration up to it rather than to the browser's clock.
 */
export function renderExecutionTree(results: NormalizedExecutionResults, now: string): HTMLElement {
  const container = element('div', 'tree');
  const top = element('ul', 'tree-level tree-root');
  top.setAttribute('aria-label', 'Execution tree');
  if (results.mode === 'flat' || isFlatResultsRoot(results.root)) {
    // Ruling R9: the definition is missing, so the server could only list the block records.
    container.append(
      element('p', 'flat-note', 'The task definition could not be read: blocks in start order.'),
    );
    for (const node of results.root.children) top.append(renderNode(node, now));
  } else {
    top.append(renderNode(results.root, now));
  }
  container.append(top);
  return container;
}

// Recursive: a task definition is a handful of levels deep, far from any stack limit.
function renderNode(node: ExecutionNode, now: string): HTMLLIElement {
  const record = node.executionRecord;
  const item = element('li', `tree-node tone-${toneOf(node.executionStatus, 'executionNode')}`);
  item.dataset.blockName = node.blockName;
  item.dataset.status = String(node.executionStatus);

  const card = element('div', 'node-card');
  const head = element('div', 'node-head');
  const type = node.blockTypeName ? `${node.blockType} · ${node.blockTypeName}` : node.blockType;
  head.append(
    statusBadge(node.executionStatus, 'executionNode'),
    element('span', 'node-name', node.blockName),
    element('span', 'node-type', type),
  );
  const duration = durationBetween(record.startedOn, record.endedOn, now);
  if (duration !== '') {
    const span = element('span', 'node-duration', record.endedOn === null ? `${duration}…` : duration);
    span.title = record.endedOn === null ? 'running for' : 'took';
    head.append(span);
  }
  card.append(head);
  // A not-executed node's reason is a fixed placeholder (任务块尚未执行): the badge already says it.
  if (record.endedReason && node.executionStatus !== 1006 && node.executionStatus !== 1000) {
    card.append(element('p', 'node-reason', record.endedReason));
  }
  if (node.logs.length > 0) {
    const logs = element('ol', 'node-logs');
    logs.setAttribute('aria-label', `Logs of ${node.blockName}`);
    for (const log of node.logs) {
      const line = element('li', 'node-log');
      line.append(element('time', 'log-time', timeOfDay(log.createdAt)), element('span', '', log.message));
      logs.append(line);
    }
    card.append(logs);
  }
  item.append(card);

  if (node.children.length > 0) {
    const children = element('ul', 'tree-level');
    for (const child of node.children) children.append(renderNode(child, now));
    item.append(children);
  }
  return item;
}
