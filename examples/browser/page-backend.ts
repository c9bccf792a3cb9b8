/**
 * Where the demo page's records come from. Everything the page shows about a record goes
 * through the task-record client in either mode; a backend adds what the API has no endpoint
 * for: the list of records, starting a run, and the engine's clock.
 */
import type { TaskRecordClient } from '@vwed/task-record';
import type { RunTaskOptions } from '@vwed/task-record/mocks';

/**
 * The page's data source: the in-page mock behind MSW's worker (`start-in-page-mock.ts`) or
 * the reference server of another process (`connect-to-server.ts`).
 *
 * @example
 * ```ts
 * const backend: PageBackend = await openPageBackend(window.location.search);
 * const ids = await backend.listTaskIds();
 * ```
 */
export interface PageBackend {
  /** Where the data comes from, for the page's header. */
  readonly source: string;
  /** How the engine's time runs, for the page's header. */
  readonly clock: string;
  /** The task-record API's client: the page's reads and actions all go through it. */
  readonly client: TaskRecordClient;
  /**
   * Whether others change the records too (a test, another process): then the page keeps
   * polling while nothing runs, to see the records they start.
   */
  readonly shared: boolean;
  /** Every task record's ID, newest first. */
  listTaskIds(): Promise<string[]>;
  /** The engine's time as the latest request saw it: what running blocks count up to. */
  now(): number;
  /** Starts a run of a definition, as a test's set-up would; resolves to the new record's ID. */
  runTask(
    definitionId: string,
    inputParams: Record<string, unknown>,
    options: RunTaskOptions,
  ): Promise<string>;
}
