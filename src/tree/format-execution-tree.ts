import { type StatusLocale, statusLabel } from '../status.js';
import type { ExecutionNode } from '../types.js';
import { argumentError, assertExecutionNode, readOptions } from './assert-argument.js';
import { isFlatResultsRoot } from './flat-results-root.js';
import { formatDuration } from './format-duration.js';
import { parseTimestamp, readNowOption } from './parse-timestamp.js';
import { walkExecutionTree } from './walk-execution-tree.js';

/**
 * Options of {@link formatExecutionTree}.
 *
 * @example
 * ```ts
 * import type { FormatExecutionTreeOptions } from '@vwed/task-record';
 *
 * const forTerminal: FormatExecutionTreeOptions = { locale: 'zh', color: process.stdout.isTTY };
 * ```
 */
export interface FormatExecutionTreeOptions {
  /** The language of the status labels: `'en'` (default) or `'zh'`. */
  readonly locale?: StatusLocale;
  /** Color the status labels with ANSI escapes, for a terminal (default false). */
  readonly color?: boolean;
  /**
   * The current time on the server's clock, in the engine's form, to show how long running
   * blocks have run so far. Without it a running block shows no duration.
   */
  readonly now?: string;
  /**
   * How many levels of guides to draw (default 48). Deeper lines keep the last levels and say
   * how many were left out (`[+3] `), so a very deep tree stays linear in size.
   */
  readonly maxIndent?: number;
}

const fn = 'formatExecutionTree';

const ansi = {
  1000: '\u001b[32m',
  1001: '\u001b[36m',
  1006: '\u001b[90m',
  2000: '\u001b[31m',
  2001: '\u001b[33m',
} as const satisfies Record<number, string>;
const ansiUnknown = '\u001b[35m';
const ansiReset = '\u001b[39m';

/**
 * Draws an execution tree as text, like the `tree` command: one line per block with its name,
 * type, status label (English or Chinese) and duration, for logs and terminals. A synthetic
 * flat-results root becomes a header line. Names are escaped so that a block name cannot break
 * a line or send escapes to a terminal.
 *
 * @example
 * ```ts
 * import { formatExecutionTree } from '@vwed/task-record';
 *
 * console.log(formatExecutionTree(root, { locale: 'zh' }));
 * // -1 (RootBp) 执行成功 42.49s
 * // └── b5 (CSelectAgvBp) 执行成功 42.45s
 * //     └── b6 (PrintBp) 未执行
 * ```
 */
export function formatExecutionTree(root: ExecutionNode, options?: FormatExecutionTreeOptions): string {
  assertExecutionNode(fn, 'root', root);
  const { locale = 'en', color = false, now, maxIndent = 48 } = readOptions(fn, options);
  if (locale !== 'en' && locale !== 'zh') throw argumentError(fn, 'options.locale', "'en' or 'zh'", locale);
  if (typeof color !== 'boolean') throw argumentError(fn, 'options.color', 'a boolean', color);
  if (!Number.isInteger(maxIndent) || maxIndent < 1) {
    throw argumentError(fn, 'options.maxIndent', 'a positive integer', maxIndent);
  }
  const nowMicros = readNowOption(fn, now);

  const lines: string[] = [];
  // guides[k] continues the line of the ancestor at depth k, for k from 1 to the current depth.
  const guides: string[] = [''];
  walkExecutionTree(root, (node, parent, depth, index) => {
    if (parent === undefined) {
      lines.push(
        isFlatResultsRoot(node) ? flatHeader(node, locale) : describe(node, locale, color, nowMicros),
      );
      return;
    }
    const last = index === parent.children.length - 1;
    const shown = Math.min(depth, maxIndent);
    const hidden = depth - shown;
    const prefix = `${hidden > 0 ? `[+${hidden}] ` : ''}${guides.slice(depth - shown + 1, depth).join('')}`;
    lines.push(`${prefix}${last ? '└── ' : '├── '}${describe(node, locale, color, nowMicros)}`);
    guides[depth] = last ? '    ' : '│   ';
  });
  return lines.join('\n');
}

function describe(
  node: ExecutionNode,
  locale: StatusLocale,
  color: boolean,
  nowMicros: number | undefined,
): string {
  const status = node.executionStatus;
  const label = statusLabel(status, { vocabulary: 'executionNode', locale });
  const painted = color
    ? `${Object.hasOwn(ansi, status) ? ansi[status as keyof typeof ansi] : ansiUnknown}${label}${ansiReset}`
    : label;
  const duration = durationOf(node, nowMicros);
  const text = `${escapeControls(node.blockName)} (${escapeControls(node.blockType)}) ${painted}`;
  return duration === undefined ? text : `${text} ${formatDuration(duration)}`;
}

/** Milliseconds from start to end, or to `now` while running; none without both ends. */
function durationOf(node: ExecutionNode, nowMicros: number | undefined): number | undefined {
  const { startedOn, endedOn } = node.executionRecord;
  const start = startedOn === null ? undefined : parseTimestamp(startedOn);
  const end = endedOn === null ? nowMicros : parseTimestamp(endedOn);
  return start === undefined || end === undefined ? undefined : (end - start) / 1000;
}

function flatHeader(node: ExecutionNode, locale: StatusLocale): string {
  const count = node.children.length;
  return locale === 'zh'
    ? `平铺结果 (${count} 个块)`
    : `flat results (${count} block${count === 1 ? '' : 's'})`;
}

function escapeControls(text: string): string {
  return text.replace(/\p{Cc}/gu, (character) => JSON.stringify(character).slice(1, -1));
}
