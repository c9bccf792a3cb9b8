/**
 * The reference server's `--state FILE`: the store's snapshot on disk, loaded at start and
 * written after every change. A write never leaves a half-written file where the state was:
 * it goes to a temporary file, is synced to disk, then renamed over the old one, so a crash
 * (even `kill -9` in the middle of a write) leaves either the old state or the new one.
 */
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { MockStore } from '../store/create-mock-store.js';
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
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`[vwed] cannot read the state file ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as StoreState;
  } catch (error) {
    throw new Error(
      `[vwed] the state file ${path} is not valid JSON (${(error as Error).message}); it was left untouched. ` +
        'Move it away or pass another --state file.',
    );
  }
}

/**
 * Keeps a state file in step with a store. `changed()` after anything that may have changed
 * the store; the write follows within about {@link stateWriteDelayMs} ms (plus the write
 * itself). `flush()` writes what is pending and resolves once it is on disk.
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
  readonly #temporary: string;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #dirty = false;
  #writing: Promise<void> | undefined;
  #lastError: Error | undefined;
  readonly #onError: (error: Error) => void;

  constructor(path: string, store: MockStore, onError: (error: Error) => void = () => {}) {
    this.path = path;
    this.#store = store;
    // Beside the file, so that the rename stays on one file system and is atomic.
    this.#temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    this.#onError = onError;
  }

  /** The last write's failure, if the last write failed (the next change tries again). */
  get lastError(): Error | undefined {
    return this.#lastError;
  }

  /** Notes a change: a write follows shortly. */
  changed(): void {
    this.#dirty = true;
    if (this.#timer === undefined && this.#writing === undefined) {
      this.#timer = setTimeout(() => void this.#write(), stateWriteDelayMs);
    }
  }

  /** Writes now whatever is pending (waiting for a write in progress first). */
  async flush(): Promise<void> {
    if (this.#timer !== undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
    while (this.#writing !== undefined) await this.#writing;
    if (this.#dirty) await this.#write();
  }

  /** Writes the store's state now, whatever has changed. */
  async writeNow(): Promise<void> {
    this.#dirty = true;
    await this.flush();
  }

  #write(): Promise<void> {
    this.#timer = undefined;
    this.#dirty = false;
    let text: string;
    try {
      // Taken at once, so that the file holds one consistent moment of the store.
      text = JSON.stringify(this.#store.snapshot());
    } catch (error) {
      // In a timer: a throw here would end the process. Reported, and the next change retries.
      this.#lastError = error as Error;
      this.#onError(error as Error);
      return Promise.resolve();
    }
    const writing = this.#writeText(text)
      .then(() => {
        this.#lastError = undefined;
      })
      .catch((error: Error) => {
        this.#lastError = error;
        this.#onError(error);
      })
      .finally(() => {
        this.#writing = undefined;
        // Behind already: no batching delay for what came in during the write.
        if (this.#dirty && this.#timer === undefined) this.#timer = setTimeout(() => void this.#write(), 0);
      });
    this.#writing = writing;
    return writing;
  }

  async #writeText(text: string): Promise<void> {
    const handle = await open(this.#temporary, 'w', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      // The data on disk before the rename makes it the state: never a renamed empty file.
      await handle.datasync();
    } finally {
      await handle.close();
    }
    try {
      await rename(this.#temporary, this.path);
    } catch (error) {
      await unlink(this.#temporary).catch(() => {});
      throw error;
    }
    await syncDirectory(dirname(this.path));
  }
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
