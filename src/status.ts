/**
 * The three status vocabularies of the task-record API (ruling R2). The same integer
 * means different things in each (2002 is a paused task but a cancelled block record),
 * so every helper here names its vocabulary.
 *
 * The types are open: a newer server may send a code this version does not know, and
 * it must pass through as a plain number rather than break the caller.
 */

/**
 * Task status codes (任务状态码), as `getTaskRecord`, `stopTask` and `setTaskError` send them.
 *
 * @example
 * ```ts
 * import { TaskStatus } from '@vwed/task-record';
 *
 * if (detail.status === TaskStatus.cancelled) console.log('stopped by a user');
 * ```
 */
export const TaskStatus = {
  success: 1000,
  running: 1001,
  queued: 1002,
  failed: 2000,
  cancelled: 2001,
  paused: 2002,
} as const;

/**
 * Block record status codes (块执行状态), as `getBlockRecords` and `getBlockRecord` send them.
 *
 * @example
 * ```ts
 * import { BlockRecordStatus } from '@vwed/task-record';
 *
 * const failed = blocks.filter((block) => block.status === BlockRecordStatus.failed);
 * ```
 */
export const BlockRecordStatus = {
  success: 1000,
  running: 1001,
  notExecuted: 1002,
  failed: 2000,
  cancelled: 2002,
} as const;

/**
 * Execution-tree node status codes (`executionStatus`), as `getExecutionResults` sends them.
 *
 * @example
 * ```ts
 * import { ExecutionNodeStatus } from '@vwed/task-record';
 *
 * const reached = node.executionStatus !== ExecutionNodeStatus.notExecuted;
 * ```
 */
export const ExecutionNodeStatus = {
  success: 1000,
  running: 1001,
  notExecuted: 1006,
  failed: 2000,
  cancelled: 2001,
} as const;

/**
 * Any integer: `number & {}` keeps an editor's completion of the known codes while still
 * accepting codes this version does not know.
 */
type OpenCode = number & {};

/**
 * A task status: one of {@link TaskStatus} or an unknown code from a newer server.
 *
 * @example
 * ```ts
 * import type { TaskStatus } from '@vwed/task-record';
 *
 * const status: TaskStatus = 2001;
 * ```
 */
export type TaskStatus = (typeof TaskStatus)[keyof typeof TaskStatus] | OpenCode;

/**
 * A block record status: one of {@link BlockRecordStatus} or an unknown code.
 *
 * @example
 * ```ts
 * import type { BlockRecordStatus } from '@vwed/task-record';
 *
 * const status: BlockRecordStatus = 1002;
 * ```
 */
export type BlockRecordStatus = (typeof BlockRecordStatus)[keyof typeof BlockRecordStatus] | OpenCode;

/**
 * An execution node status: one of {@link ExecutionNodeStatus} or an unknown code.
 *
 * @example
 * ```ts
 * import type { ExecutionNodeStatus } from '@vwed/task-record';
 *
 * const status: ExecutionNodeStatus = 1006;
 * ```
 */
export type ExecutionNodeStatus = (typeof ExecutionNodeStatus)[keyof typeof ExecutionNodeStatus] | OpenCode;

/**
 * Which vocabulary a status code belongs to.
 *
 * @example
 * ```ts
 * import { statusLabel, type StatusVocabulary } from '@vwed/task-record';
 *
 * const vocabulary: StatusVocabulary = 'blockRecord';
 * statusLabel(2002, { vocabulary }); // 'cancelled'
 * ```
 */
export type StatusVocabulary = 'task' | 'blockRecord' | 'executionNode';

/**
 * The language of a status label: English or Chinese (the API document's words).
 *
 * @example
 * ```ts
 * import { statusLabel, type StatusLocale } from '@vwed/task-record';
 *
 * const locale: StatusLocale = 'zh';
 * statusLabel(1000, { vocabulary: 'task', locale }); // '执行成功'
 * ```
 */
export type StatusLocale = 'en' | 'zh';

// [English, Chinese] per code; the Chinese words are the API document's own. The pairs
// shared by several vocabularies are written once (this table ships in every bundle).
const success = ['success', '执行成功'] as const;
const running = ['running', '执行中'] as const;
const failed = ['failed', '执行失败'] as const;
const cancelled = ['cancelled', '取消'] as const;
const notExecuted = ['not executed', '未执行'] as const;
const labels: Record<StatusVocabulary, Record<number, readonly [string, string]>> = {
  task: {
    1000: success,
    1001: running,
    1002: ['queued', '队列中'],
    2000: ['failed', '失败'],
    2001: cancelled,
    2002: ['paused', '暂停'],
  },
  blockRecord: { 1000: success, 1001: running, 1002: notExecuted, 2000: failed, 2002: cancelled },
  executionNode: { 1000: success, 1001: running, 1006: notExecuted, 2000: failed, 2001: cancelled },
};

/**
 * A person-readable label for a status code in its vocabulary. An unknown code is
 * labelled as unknown (`unknown (3999)`, `未知状态 (3999)`), never thrown: a newer
 * server's codes must not break a UI.
 *
 * @example
 * ```ts
 * import { statusLabel } from '@vwed/task-record';
 *
 * statusLabel(2002, { vocabulary: 'task' });                   // 'paused'
 * statusLabel(2002, { vocabulary: 'blockRecord', locale: 'zh' }); // '取消'
 * statusLabel(3999, { vocabulary: 'task' });                   // 'unknown (3999)'
 * ```
 */
export function statusLabel(
  code: number,
  options: { vocabulary: StatusVocabulary; locale?: StatusLocale },
): string {
  // `options?`: plain JavaScript may leave them out, and must get this message, not a crash.
  const vocabulary = labels[options?.vocabulary];
  if (vocabulary === undefined) {
    throw new TypeError(
      `[vwed] statusLabel: expected vocabulary 'task', 'blockRecord' or 'executionNode', got ${String(options?.vocabulary)}`,
    );
  }
  const zh = options.locale === 'zh';
  const known = Object.hasOwn(vocabulary, code) ? vocabulary[code] : undefined;
  if (known) return zh ? known[1] : known[0];
  return zh ? `未知状态 (${code})` : `unknown (${code})`;
}

/**
 * Whether a task status is final: success (1000), failed (2000) or cancelled (2001).
 * Paused (2002) is not final (ruling R1), nor is any unknown code.
 *
 * @example
 * ```ts
 * import { isTerminalTaskStatus } from '@vwed/task-record';
 *
 * isTerminalTaskStatus(2001); // true
 * isTerminalTaskStatus(2002); // false: paused can resume
 * ```
 */
export function isTerminalTaskStatus(code: number): boolean {
  // Literal codes, not TaskStatus.*: the client needs only this, not the whole table.
  return code === 1000 || code === 2000 || code === 2001;
}
