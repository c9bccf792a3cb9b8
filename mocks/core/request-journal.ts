/**
 * The request journal: every request the adapters served, oldest first, for a test to
 * check what its UI called (`store.requests`). Bounded, so that a long-running server's
 * memory and state file stay bounded too.
 */
import type { JournalEntry } from '../store/store-state.js';

/**
 * The journal of one store.
 *
 * @example
 * ```ts
 * const journal = new RequestJournal(10_000);
 * journal.record({ method: 'POST', path: '/api/vwed-task-record/stop/t1', operation: 'stopTask', body: null, status: 200 });
 * journal.entries(); // [that entry]
 * ```
 */
export class RequestJournal {
  readonly #limit: number;
  #entries: JournalEntry[] = [];
  // Entries at the head past the limit, dropped in one go once they add up.
  #dropped = 0;

  /** Keeps the latest `limit` entries. */
  constructor(limit: number) {
    this.#limit = limit;
  }

  record(entry: JournalEntry): void {
    this.#entries.push(entry);
    if (this.#entries.length - this.#dropped > this.#limit) this.#dropped++;
    // Amortized: one splice per `limit` requests rather than a shift on each.
    if (this.#dropped >= Math.max(1, this.#limit)) this.#compact();
  }

  /** The entries kept, oldest first (the journal's own list: read it, do not change it). */
  entries(): readonly JournalEntry[] {
    this.#compact();
    return this.#entries;
  }

  /** Replaces the entries with a state's latest ones (taken as they are: the caller copies). */
  load(entries: JournalEntry[]): void {
    this.#entries = entries.slice(Math.max(0, entries.length - this.#limit));
    this.#dropped = 0;
  }

  #compact(): void {
    if (this.#dropped === 0) return;
    this.#entries.splice(0, this.#dropped);
    this.#dropped = 0;
  }
}
