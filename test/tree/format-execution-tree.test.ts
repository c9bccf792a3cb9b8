import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type FormatExecutionTreeOptions,
  flattenExecutionTree,
  formatExecutionTree,
  normalizeExecutionResults,
} from '../../src/index.js';
import type { ExecutionNode } from '../../src/types.js';
import { HEAVY_TIMEOUT_MS } from '../timeouts.js';
import { executionTreeArbitrary } from './arbitraries.js';
import { deepFreeze, executionChain, executionNode } from './execution-node.js';
import { documentExample, documentWithNotExecutedBlock, flatExample } from './fixtures.js';

const at = (time: string) => `2025-09-29T${time}`;

describe('formatExecutionTree', () => {
  it('draws the document example in English by default', () => {
    expect(formatExecutionTree(documentExample)).toBe(
      ['-1 (RootBp) success 42.49s', '└── b5 (CSelectAgvBp) success 42.45s'].join('\n'),
    );
  });

  it('draws a block not executed, without a duration, in Chinese', () => {
    expect(formatExecutionTree(documentWithNotExecutedBlock, { locale: 'zh' })).toBe(
      [
        '-1 (RootBp) 执行成功 42.49s',
        '└── b5 (CSelectAgvBp) 执行成功 42.45s',
        '    └── b6 (PrintBp) 未执行',
      ].join('\n'),
    );
  });

  it('draws a flat result under a header line', () => {
    const { root } = normalizeExecutionResults(flatExample);
    expect(formatExecutionTree(root)).toBe(
      [
        'flat results (3 blocks)',
        '├── -1 (RootBp) success 496ms',
        '├── b1 (IterateListBp) success 428ms',
        '└── b2 (PrintBp) success 31ms',
      ].join('\n'),
    );
    expect(formatExecutionTree(root, { locale: 'zh' }).split('\n')[0]).toBe('平铺结果 (3 个块)');
    expect(formatExecutionTree(normalizeExecutionResults([]).root)).toBe('flat results (0 blocks)');
  });

  it('draws guides like the tree command: a bar while siblings follow, blank after the last', () => {
    const tree = deepFreeze(
      executionNode('-1', {
        status: 1006,
        children: [
          executionNode('b1', { status: 1006, children: [executionNode('b2', { status: 1006 })] }),
          executionNode('b3', { status: 1006, children: [executionNode('b4', { status: 1006 })] }),
        ],
      }),
    );
    expect(formatExecutionTree(tree)).toBe(
      [
        '-1 (PrintBp) not executed',
        '├── b1 (PrintBp) not executed',
        '│   └── b2 (PrintBp) not executed',
        '└── b3 (PrintBp) not executed',
        '    └── b4 (PrintBp) not executed',
      ].join('\n'),
    );
  });

  it.each([
    [1000, 'success', '执行成功'],
    [1001, 'running', '执行中'],
    [1006, 'not executed', '未执行'],
    [2000, 'failed', '执行失败'],
    [2001, 'cancelled', '取消'],
    [3999, 'unknown (3999)', '未知状态 (3999)'],
  ])('labels status %i as %s / %s', (status, english, chinese) => {
    const node = deepFreeze(executionNode('b1', { status, startedOn: null, endedOn: null }));
    expect(formatExecutionTree(node)).toBe(`b1 (PrintBp) ${english}`);
    expect(formatExecutionTree(node, { locale: 'zh' })).toBe(`b1 (PrintBp) ${chinese}`);
  });

  it('colors the status label for a terminal when asked', () => {
    const tree = deepFreeze(
      executionNode('-1', {
        children: [executionNode('b1', { status: 2000 }), executionNode('b2', { status: 3999 })],
      }),
    );
    expect(formatExecutionTree(tree, { color: true })).toBe(
      [
        '-1 (PrintBp) \u001b[32msuccess\u001b[39m 1.00s',
        '├── b1 (PrintBp) \u001b[31mfailed\u001b[39m 1.00s',
        '└── b2 (PrintBp) \u001b[35munknown (3999)\u001b[39m 1.00s',
      ].join('\n'),
    );
    expect(formatExecutionTree(tree)).not.toContain('\u001b');
  });

  it('shows how long a running block has run only given `now`', () => {
    const node = deepFreeze(
      executionNode('b1', { status: 1001, startedOn: at('17:32:13.000000'), endedOn: null }),
    );
    expect(formatExecutionTree(node)).toBe('b1 (PrintBp) running');
    expect(formatExecutionTree(node, { now: at('17:34:18.400000') })).toBe('b1 (PrintBp) running 2m 05s');
  });

  it.each([
    ['17:32:13.000400', '0.4ms'],
    ['17:32:13.009950', '10ms'],
    ['17:32:13.999700', '1.00s'],
    ['17:33:12.996000', '1m 00s'],
    ['18:34:18.000000', '1h 02m 05s'],
    ['17:32:12.500000', '-500ms'],
  ])('writes a block that ends at %s as %s', (end, text) => {
    const node = deepFreeze(executionNode('b1', { startedOn: at('17:32:13.000000'), endedOn: at(end) }));
    expect(formatExecutionTree(node)).toBe(`b1 (PrintBp) success ${text}`);
  });

  it('escapes control characters so that a name cannot break a line or reach the terminal', () => {
    const node = deepFreeze({
      ...executionNode('b1\nb2\u001b[2J', { status: 1006 }),
      blockType: 'Print\tBp',
    });
    expect(formatExecutionTree(node)).toBe('b1\\nb2\\u001b[2J (Print\\tBp) not executed');
  });

  it('keeps the last guides of lines deeper than maxIndent and says how many it left out', () => {
    const lines = formatExecutionTree(
      executionChain(5, () => ({ status: 1006 })),
      { maxIndent: 2 },
    ).split('\n');
    expect(lines).toEqual([
      'b0 (PrintBp) not executed',
      '└── b1 (PrintBp) not executed',
      '    └── b2 (PrintBp) not executed',
      '[+1]     └── b3 (PrintBp) not executed',
      '[+2]     └── b4 (PrintBp) not executed',
      '[+3]     └── b5 (PrintBp) not executed',
    ]);
  });

  it('draws one line per block of any tree (property)', { timeout: HEAVY_TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(
        executionTreeArbitrary({ maxNodes: 40 }),
        fc.constantFrom('en', 'zh' as const),
        (tree, locale) => {
          const lines = formatExecutionTree(tree, { locale }).split('\n');
          const nodes = flattenExecutionTree(tree);
          expect(lines).toHaveLength(nodes.length);
          lines.forEach((line, index) => {
            expect(line).toContain(` (${(nodes[index] as ExecutionNode).blockType}) `);
            expect(line).toContain(`${(nodes[index] as ExecutionNode).blockName} (`);
          });
        },
      ),
    );
  });

  it.each<[FormatExecutionTreeOptions, string]>([
    [{ locale: 'fr' as 'en' }, `options.locale must be 'en' or 'zh', got a string ("fr")`],
    [{ color: 'yes' as unknown as boolean }, 'options.color must be a boolean, got a string ("yes")'],
    [{ maxIndent: 0 }, 'options.maxIndent must be a positive integer, got a number (0)'],
    [{ maxIndent: 2.5 }, 'options.maxIndent must be a positive integer, got a number (2.5)'],
    [
      { now: '17:32' },
      `options.now must be a timestamp like '2025-09-29T17:32:13.393204', got a string ("17:32")`,
    ],
  ])('rejects the options %j', (options, message) => {
    expect(() => formatExecutionTree(documentExample, options)).toThrow(
      new TypeError(`[vwed] formatExecutionTree: ${message}`),
    );
  });
});
