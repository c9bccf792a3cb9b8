import { describe, expect, it } from 'vitest';
import {
  BlockRecordStatus,
  ExecutionNodeStatus,
  isTerminalTaskStatus,
  type StatusVocabulary,
  statusLabel,
  TaskStatus,
} from '../src/index.js';

describe('status vocabularies (R2)', () => {
  it('hold the codes the document defines', () => {
    expect(Object.values(TaskStatus)).toEqual([1000, 1001, 1002, 2000, 2001, 2002]);
    expect(Object.values(BlockRecordStatus)).toEqual([1000, 1001, 1002, 2000, 2002]);
    expect(Object.values(ExecutionNodeStatus)).toEqual([1000, 1001, 1006, 2000, 2001]);
  });

  it('label the same code by its vocabulary: 2002 is paused for a task, cancelled for a block', () => {
    expect(statusLabel(2002, { vocabulary: 'task' })).toBe('paused');
    expect(statusLabel(2002, { vocabulary: 'task', locale: 'zh' })).toBe('暂停');
    expect(statusLabel(2002, { vocabulary: 'blockRecord' })).toBe('cancelled');
    expect(statusLabel(2002, { vocabulary: 'blockRecord', locale: 'zh' })).toBe('取消');
    expect(statusLabel(1006, { vocabulary: 'executionNode', locale: 'zh' })).toBe('未执行');
    expect(statusLabel(1002, { vocabulary: 'task' })).toBe('queued');
    expect(statusLabel(1002, { vocabulary: 'blockRecord' })).toBe('not executed');
  });

  it('label every known code in both languages', () => {
    const vocabularies: [StatusVocabulary, Record<string, number>][] = [
      ['task', TaskStatus],
      ['blockRecord', BlockRecordStatus],
      ['executionNode', ExecutionNodeStatus],
    ];
    for (const [vocabulary, codes] of vocabularies) {
      for (const code of Object.values(codes)) {
        expect(statusLabel(code, { vocabulary })).not.toMatch(/unknown/);
        expect(statusLabel(code, { vocabulary, locale: 'zh' })).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('label unknown codes as unknown instead of throwing', () => {
    expect(statusLabel(3999, { vocabulary: 'task' })).toBe('unknown (3999)');
    expect(statusLabel(1006, { vocabulary: 'task', locale: 'zh' })).toBe('未知状态 (1006)');
    expect(statusLabel(-1, { vocabulary: 'executionNode' })).toBe('unknown (-1)');
    // 1002 is a block record's "not executed"; a node says 1006, so 1002 is unknown there.
    expect(statusLabel(1002, { vocabulary: 'executionNode' })).toBe('unknown (1002)');
    // Not fooled by names inherited from Object.prototype.
    expect(statusLabel(Number('constructor'), { vocabulary: 'task' })).toBe('unknown (NaN)');
  });

  it('refuse a vocabulary that does not exist', () => {
    expect(() => statusLabel(1000, { vocabulary: 'job' as StatusVocabulary })).toThrow(
      /expected vocabulary 'task', 'blockRecord' or 'executionNode', got job/,
    );
  });

  // Regression: plain JavaScript that left the options out got "Cannot read properties of undefined".
  it('refuse missing options with the same message, naming the vocabularies', () => {
    expect(() => (statusLabel as (code: number) => string)(3999)).toThrow(
      /statusLabel: expected vocabulary 'task', 'blockRecord' or 'executionNode', got undefined/,
    );
  });

  it('know which task statuses are terminal: 1000, 2000, 2001, not 2002 (R1)', () => {
    expect([1000, 1001, 1002, 2000, 2001, 2002, 3999].filter(isTerminalTaskStatus)).toEqual([
      1000, 2000, 2001,
    ]);
  });
});
