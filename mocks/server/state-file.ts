/**
 * The reference server's `--state FILE`: the store's snapshot on disk, loaded at start and
 * written after every change. A write never leaves a half-written file where the state was:
 * it goes to a temporary file, is synced to disk, then renamed over the old one, so a crash
 * (even `kill -9` in the middle of a write) leaves either the old state or the new one.
 */
import { open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { MockStore } from '../store/create-mock-store.js';
import { partsOf } from '../store/store-parts.js';
import type { StoreState } from '../store/store-state.js';

/**
 * How long after a change (with no write under way) its write starts: changes in a burst
 * share one write. Changes made during a write are written as soon as it ends.
 */
export const stateWriteDelayMs = 15;

/**
 * Reads a state file: the state in it, or `undefined` when there is no file yet. A file that
 * cannot be read or parsed is an Error that says so, and the file is left as it is.
 *
 * @example
 * ```ts
 * const state = await readStateFile('./mock-state.json');
 * const store = createMockStore(state ? { snapshot: state } : { seed: 'demo' });
 * ```
 */
export async function readStateFile(path: string): Promise<StoreState | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`[vwed] cannot read the state file ${path}: ${(error as Error).message}`);
  }
  let text: string;
  try {
    // UTF-8 only, strictly: one leading byte-order mark (some editors add one) is dropped, and
    // bytes that are not UTF-8 (a file saved as UTF-16, say) are refused, never replaced.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(
      `[vwed] the state file ${path} is not UTF-8 text; it was left untouched. ` +
        'Save it as UTF-8, or pass another --state file.',
    );
  }
  try {
    return JSON.parse(text) as StoreState;
  } catch (error) {
    throw new Error(
      `[vwed] the state file ${path} is not valid JSON (${(error as Error).message}); it was left untouched. ` +
        'Move it away, or pass another state file (--state, or the stateFile option).',
    );
  }
}

/**
 * Keeps a state file in step with a store. `changed()` after anything that may have changed
 * the store; the write follows within about {@link stateWriteDelayMs} ms (plus the write
 * itself). `flush()` writes what is pending and resolves once it is on disk.
 *
 * One write at a time, always: a change during a write is written when it ends. A write that
 * fails leaves the change pending, so the next change or `flush()` tries again. The request
 * journal is not kept: it is a test's record of its own requests, not state to restore.
 *
 * @example
 * ```ts
 * const file = new StateFileWriter('./mock-state.json', store);
 * store.advance(1_000);
 * file.changed();
 * await file.flush();
 * ```
 */
export class StateFileWriter {
  readonly path: string;
  readonly #store: MockStore;
  readonly #onError: (error: Error) => void;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #dirty = false;
  #writing: Promise<void> | undefined;
  #lastError: Error | undefined;
  #writes = 0;

  constructor(path: string, store: MockStore, onError: (error: Error) => void = () => {}) {
    this.path = path;
    this.#store = store;
    this.#onError = onError;
  }

  /** The last write's failure, if the last write failed; cleared by the next one that succeeds. */
  get lastError(): Error | undefined {
    return this.#lastError;
  }

  /** Notes a change: a write follows shortly. */
  changed(): void {
    this.#dirty = true;
    this.#schedule(stateWriteDelayMs);
  }

  /**
   * Writes what is pending, waiting for a write under way first, and resolves once it is on
   * disk. Rejects with the write's error if it failed (the change stays pending).
   */
  async flush(): Promise<void> {
    this.#cancelTimer();
    while (this.#writing !== undefined) {
      await this.#writing;
      // The write just ended may have scheduled the next one: this flush does it instead.
      this.#cancelTimer();
    }
    if (!this.#dirty) return;
    await this.#start();
    if (this.#lastError) throw this.#lastError;
  }

  /** Writes the store's state now, whatever has changed. */
  async writeNow(): Promise<void> {
    this.#dirty = true;
    await this.flush();
  }

  /**
   * Removes temporary files a killed server left beside the state file (they are never the
   * state: only a completed rename makes one the state).
   */
  async removeLeftovers(): Promise<void> {
    const prefix = `.${basename(this.path)}.`;
    const directory = dirname(this.path);
    for (const name of await readdir(directory).catch(() => [])) {
      if (name.startsWith(prefix) && name.endsWith('.tmp'))
        await unlink(join(directory, name)).catch(() => {});
    }
  }

  #cancelTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #schedule(delayMs: number): void {
    // A write under way schedules the next itself when it ends.
    if (this.#timer !== undefined || this.#writing !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (this.#writing === undefined && this.#dirty) void this.#start();
    }, delayMs);
  }

  /** Starts a write (never while one is under way) and returns it; it never rejects. */
  #start(): Promise<void> {
    this.#dirty = false;
    const writing = this.#write()
      .then(() => {
        this.#lastError = undefined;
      })
      .catch((error: Error) => {
        // Still pending: the next change or flush writes it.
        this.#dirty = true;
        // Once per kind of failure, not once per retry: a full disk would flood the log. The
        // kind is the code: the message names the temporary file, which is new at each try.
        if (this.#lastError === undefined || kindOf(this.#lastError) !== kindOf(error)) this.#onError(error);
        this.#lastError = error;
      })
      .finally(() => {
        this.#writing = undefined;
        // Behind already: no batching delay for what came in during the write. After a
        // failure, only a new change or a flush tries again (no busy loop on a full disk).
        if (this.#dirty && this.#lastError === undefined) this.#schedule(0);
      });
    this.#writing = writing;
    return writing;
  }

  async #write(): Promise<void> {
    // Taken at once, so that the file holds one consistent moment of the store.
    // Serialized from the live data in one pass, without the request journal, not copied first.
    const text = JSON.stringify(partsOf(this.#store).liveState(false));
    // Beside the file, so that the rename stays on one file system and is atomic; a new name
    // each time, created exclusively, so that no other write or link can be in its way.
    this.#writes++;
    const temporary = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.${this.#writes}.tmp`);
    try {
      const handle = await open(temporary, 'wx');
      try {
        await handle.writeFile(text, 'utf8');
        // The data on disk before the rename makes it the state: never a renamed empty file.
        await handle.datasync();
      } finally {
        await handle.close();
      }
      await rename(temporary, this.path);
    } catch (error) {
      await unlink(temporary).catch(() => {});
      throw error;
    }
    await syncDirectory(dirname(this.path));
  }
}

/** What makes two failed writes the same failure: the system's code, else the message. */
function kindOf(error: Error): string {
  return (error as NodeJS.ErrnoException).code ?? error.message;
}

/** Makes the rename itself durable (best effort: not every file system can sync a directory). */
async function syncDirectory(path: string): Promise<void> {
  try {
    const handle = await open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // A directory that cannot be synced still holds the renamed file.
  }
}
