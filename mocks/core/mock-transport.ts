/**
 * What belongs to answering requests rather than to the records: injected faults, the
 * request journal, the HTTP status mode (ruling R4) and the latency the adapters add.
 */
import { FaultQueue } from './fault-queue.js';
import { RequestJournal } from './request-journal.js';

/** Answer failures with their HTTP status (ruling R4), or always 200 (the engine's own habit). */
export type HttpStatusMode = 'mirror' | 'always-200';

/**
 * One store's transport settings and state.
 *
 * @example
 * ```ts
 * const transport = new MockTransport({ httpStatus: 'always-200', latencyMs: 0, journalLimit: 10_000 });
 * transport.httpStatusOf('getTaskRecord', 404); // 200
 * ```
 */
export class MockTransport {
  readonly faults = new FaultQueue();
  readonly journal: RequestJournal;
  readonly httpStatus: HttpStatusMode;
  /** Real milliseconds the adapters wait before each answer. */
  latencyMs: number;

  constructor(options: { httpStatus: HttpStatusMode; latencyMs: number; journalLimit: number }) {
    this.httpStatus = options.httpStatus;
    this.latencyMs = options.latencyMs;
    this.journal = new RequestJournal(options.journalLimit);
  }

  /**
   * The HTTP status of an answer whose body says `status`: the same by default (R4), or 200
   * in always-200 mode, for the seven operations only (an unknown route or a wrong method
   * belongs to none, `operation` null).
   */
  httpStatusOf(operation: string | null, status: number): number {
    return operation !== null && this.httpStatus === 'always-200' ? 200 : status;
  }
}
