/**
 * The request journal: every request the adapters served, oldest first, for a test to
 * check what its UI called (`store.requests`). Bounded, so that a long-running server's
 * memory and state file stay bounded too.
 */
import type { JournalEntry } from '../store/store-state.js';

/**
 * Which entries `find` gives: of one operation, about one task record, after a number.
 *
 * @example
 * ```ts
 * const filter: JournalFilter = { operation: 'retryTask', taskRecordId: id, since: 12 };
 * ```
 */
export interface JournalFilter {
  operation?: string;
  /** The entries whose path names this task record (getBlockRecord's names a block record). */
  taskRecordId?: string;
  /** Only the entries numbered above this (`seq > since`). */
  since?: number;
}

/**
 * The journal of one store.
 *
 * @example
 * ```ts
 * const journal = new RequestJournal(10_000);
 * journal.record({ method: 'POST', path: '/api/vwed-task-record/stop/t1', operation: 'stopTask', id: 't1', body: null, status: 200 });
 * journal.entries(); // [{ seq: 1, method: 'POST', ... }]
 * ```
 */
export class RequestJournal {
  readonly #limit: number;
  #entries: JournalEntry[] = [];
  // Entries at the head past the limit, dropped in one go once they add up.
  #dropped = 0;
  #lastSeq = 0;

  /** Keeps the latest `limit` entries. */
  constructor(limit: number) {
    this.#limit = limit;
  }

  /** Adds an entry, numbered after the last. */
  record(entry: Omit<JournalEntry, 'seq'>): void {
    this.#lastSeq++;
    this.#entries.push({ seq: this.#lastSeq, ...entry });
    if (this.#entries.length - this.#dropped > this.#limit) this.#dropped++;
    // Amortized: one splice per `limit` requests rather than a shift on each.
    if (this.#dropped >= Math.max(1, this.#limit)) this.#compact();
  }

  /** The entries kept, oldest first (the journal's own list: read it, do not change it). */
  entries(): readonly JournalEntry[] {
    this.#compact();
    return this.#entries;
  }

  /** The entries kept that pass `filter`, oldest first. */
  find(filter: JournalFilter): JournalEntry[] {
    const { operation, taskRecordId, since } = filter;
    return this.entries().filter(
      (entry) =>
        (operation === undefined || entry.operation === operation) &&
        (taskRecordId === undefined || (entry.id === taskRecordId && entry.operation !== 'getBlockRecord')) &&
        (since === undefined || entry.seq > since),
    );
  }

  /**
   * Replaces the entries with a state's latest ones (taken as they are: the caller copies).
   * Entries of a state written before entries were numbered are numbered in order.
   */
  load(entries: JournalEntry[]): void {
    this.#entries = entries.slice(Math.max(0, entries.length - this.#limit));
    this.#dropped = 0;
    let last = 0;
    for (const entry of this.#entries) {
      if (!(Number.isSafeInteger(entry.seq) && entry.seq > last)) entry.seq = last + 1;
      entry.id ??= null;
      last = entry.seq;
    }
    this.#lastSeq = last;
  }

  #compact(): void {
    if (this.#dropped === 0) return;
    this.#entries.splice(0, this.#dropped);
    this.#dropped = 0;
  }
}
