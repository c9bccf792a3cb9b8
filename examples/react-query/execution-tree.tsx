/**
 * The execution tree as nested lists: one card per block, coloured by its node status, with its
 * type, duration and end reason, and its children below it.
 */
import { type ExecutionNode, isFlatResultsRoot, type NormalizedExecutionResults } from '@vwed/task-record';
import { durationBetween, toneOf } from '../browser/format.js';
import { StatusBadge } from './status-badge.js';

/** `now` is the engine's time, so a running block's duration counts up to it. */
export function ExecutionTree({ results, now }: { results: NormalizedExecutionResults; now: string }) {
  // Ruling R9: without the definition, the server can only list the block records.
  const flat = results.mode === 'flat' || isFlatResultsRoot(results.root);
  const top = flat ? results.root.children : [results.root];
  return (
    <div className="tree">
      {flat && <p className="flat-note">The task definition could not be read: blocks in start order.</p>}
      <ul className="tree-level tree-root" aria-label="Execution tree">
        {top.map((node) => (
          <TreeNode key={`${node.blockId}:${node.blockName}`} node={node} now={now} />
        ))}
      </ul>
    </div>
  );
}

// Recursive: a task definition is a handful of levels deep, far from any stack limit.
function TreeNode({ node, now }: { node: ExecutionNode; now: string }) {
  const record = node.executionRecord;
  const duration = durationBetween(record.startedOn, record.endedOn, now);
  // A not-executed node's reason is a fixed placeholder (任务块尚未执行): the badge already says it.
  const reason =
    record.endedReason && node.executionStatus !== 1006 && node.executionStatus !== 1000
      ? record.endedReason
      : undefined;
  return (
    <li
      className={`tree-node tone-${toneOf(node.executionStatus, 'executionNode')}`}
      data-block-name={node.blockName}
      data-status={node.executionStatus}
    >
      <div className="node-card">
        <div className="node-head">
          <StatusBadge code={node.executionStatus} vocabulary="executionNode" />
          <span className="node-name">{node.blockName}</span>
          <span className="node-type">{node.blockType}</span>
          {duration !== '' && (
            <span className="node-duration">{record.endedOn === null ? `${duration}…` : duration}</span>
          )}
        </div>
        {reason && <p className="node-reason">{reason}</p>}
      </div>
      {node.children.length > 0 && (
        <ul className="tree-level">
          {node.children.map((child) => (
            <TreeNode key={`${child.blockId}:${child.blockName}`} node={child} now={now} />
          ))}
        </ul>
      )}
    </li>
  );
}
