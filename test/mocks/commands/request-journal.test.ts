/**
 * The request journal on its own: the latest `limit` entries, oldest first, whenever it is
 * read, however its lazy compaction has gone.
 */
import { describe, expect, it } from 'vitest';
import { RequestJournal } from '../../../mocks/core/request-journal.js';
import type { JournalEntry } from '../../../mocks/store/store-state.js';

/** An entry as the core records it (the journal numbers it). */
function entry(index: number): Omit<JournalEntry, 'seq'> {
  return {
    method: 'GET',
    path: `/api/vwed-task-record/detail/r${index}`,
    operation: 'getTaskRecord',
    id: `r${index}`,
    body: null,
    status: 200,
  };
}

/** An entry as a state holds it, numbered. */
const numbered = (index: number, seq: number): JournalEntry => ({ seq, ...entry(index) });

const indexes = (journal: RequestJournal) =>
  journal.entries().map((kept) => Number(kept.path.slice(kept.path.lastIndexOf('/r') + 2)));

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, offset) => from + offset);

describe('RequestJournal', () => {
  it('keeps every entry, oldest first, while under its limit', () => {
    const journal = new RequestJournal(5);
    for (const index of range(0, 3)) journal.record(entry(index));
    expect(journal.entries()).toEqual([numbered(0, 1), numbered(1, 2), numbered(2, 3)]);
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
    journal.load(range(0, 5).map((index) => numbered(index, index + 1)));
    expect(indexes(journal)).toEqual([2, 3, 4]);
    journal.record(entry(5));
    expect(indexes(journal)).toEqual([3, 4, 5]);
  });

  it('numbers entries from 1, and goes on after the last number of a loaded state', () => {
    const journal = new RequestJournal(3);
    for (const index of range(0, 5)) journal.record(entry(index));
    expect(journal.entries().map((kept) => kept.seq)).toEqual([3, 4, 5]);
    journal.load([numbered(7, 40), numbered(8, 41)]);
    journal.record(entry(9));
    expect(journal.entries().map((kept) => kept.seq)).toEqual([40, 41, 42]);
  });

  it('numbers the entries of a state written before entries had numbers, in order', () => {
    const journal = new RequestJournal(10);
    const unnumbered = [entry(0), entry(1)] as unknown as JournalEntry[];
    journal.load(unnumbered);
    journal.record(entry(2));
    expect(journal.entries().map((kept) => kept.seq)).toEqual([1, 2, 3]);
  });

  it('finds by operation, task record and since; a block record ID is no task record', () => {
    const journal = new RequestJournal(10);
    journal.record(entry(0));
    journal.record({ ...entry(1), operation: 'stopTask', id: 'r0' });
    journal.record({ ...entry(2), operation: 'getBlockRecord', id: 'r0' });
    expect(journal.find({ taskRecordId: 'r0' }).map((kept) => kept.seq)).toEqual([1, 2]);
    expect(journal.find({ operation: 'stopTask' }).map((kept) => kept.seq)).toEqual([2]);
    expect(journal.find({ since: 1 }).map((kept) => kept.seq)).toEqual([2, 3]);
    expect(journal.find({ taskRecordId: 'r0', since: 1, operation: 'getTaskRecord' })).toEqual([]);
  });

  it('load replaces what it held, dropped entries pending included', () => {
    const journal = new RequestJournal(3);
    for (const index of range(0, 5)) journal.record(entry(index));
    journal.load([numbered(100, 1)]);
    expect(indexes(journal)).toEqual([100]);
  });
});
