/**
 * The request journal on its own: the latest `limit` entries, oldest first, whenever it is
 * read, however its lazy compaction has gone.
 */
import { describe, expect, it } from 'vitest';
import { RequestJournal } from '../../../mocks/core/request-journal.js';
import type { JournalEntry } from '../../../mocks/store/store-state.js';

function entry(index: number): JournalEntry {
  return {
    method: 'GET',
    path: `/api/vwed-task-record/detail/r${index}`,
    operation: 'getTaskRecord',
    body: null,
    status: 200,
  };
}

const indexes = (journal: RequestJournal) =>
  journal.entries().map((kept) => Number(kept.path.slice(kept.path.lastIndexOf('/r') + 2)));

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, offset) => from + offset);

describe('RequestJournal', () => {
  it('keeps every entry, oldest first, while under its limit', () => {
    const journal = new RequestJournal(5);
    for (const index of range(0, 3)) journal.record(entry(index));
    expect(journal.entries()).toEqual([entry(0), entry(1), entry(2)]);
  });

  it('keeps the latest `limit` entries, oldest first', () => {
    const journal = new RequestJournal(3);
    for (const index of range(0, 10)) journal.record(entry(index));
    expect(indexes(journal)).toEqual([7, 8, 9]);
  });

  it('reads the same, oldest first, after every record, whenever compaction happened', () => {
    for (const limit of [1, 2, 3, 7]) {
      const journal = new RequestJournal(limit);
      for (const count of range(1, 4 * limit + 3)) {
        journal.record(entry(count - 1));
        expect(indexes(journal), `limit ${limit}, ${count} recorded`).toEqual(
          range(Math.max(0, count - limit), count),
        );
      }
    }
  });

  it('reads the same when it is read only now and then', () => {
    const journal = new RequestJournal(4);
    for (const index of range(0, 6)) journal.record(entry(index));
    expect(indexes(journal)).toEqual([2, 3, 4, 5]);
    for (const index of range(6, 13)) journal.record(entry(index));
    expect(indexes(journal)).toEqual([9, 10, 11, 12]);
  });

  it('with limit 0, keeps nothing', () => {
    const journal = new RequestJournal(0);
    for (const index of range(0, 5)) journal.record(entry(index));
    expect(journal.entries()).toEqual([]);
  });

  it('load keeps the latest `limit` entries of a state, and recording goes on from them', () => {
    const journal = new RequestJournal(3);
    journal.load(range(0, 5).map(entry));
    expect(indexes(journal)).toEqual([2, 3, 4]);
    journal.record(entry(5));
    expect(indexes(journal)).toEqual([3, 4, 5]);
  });

  it('load replaces what it held, dropped entries pending included', () => {
    const journal = new RequestJournal(3);
    for (const index of range(0, 5)) journal.record(entry(index));
    journal.load([entry(100)]);
    expect(indexes(journal)).toEqual([100]);
  });
});
