/**
 * Tells a story to a mock store and writes down every step: the requests through whatever
 * `send` is (the core, or the reference server over a socket), the calls of the store's test
 * API, and snapshots. The same story told to the core and to the server must give the same
 * steps.
 */
import type { MockStore } from '../../../mocks/index.js';
import { API_BASE_PATH } from '../../../src/api-base-path.js';
import type { GoldenRequest, GoldenStep } from './golden-step.js';

/** An answer as it went out: status, headers and the body's exact text. */
export interface SentAnswer {
  status: number;
  headers: Record<string, string>;
  text: string;
}

export type SendRequest = (request: GoldenRequest) => Promise<SentAnswer>;

type RequestStep = Extract<GoldenStep, { kind: 'request' }>;

/** A step as told: a request's answer keeps its text, which is what gets compared. */
export type ToldStep =
  | Exclude<GoldenStep, { kind: 'request' }>
  | (Omit<RequestStep, 'answer'> & { answer: SentAnswer });

export class StoryTeller {
  readonly steps: ToldStep[] = [];

  constructor(
    readonly store: MockStore,
    readonly send: SendRequest,
  ) {}

  /** Sends a request and returns its answer's body, parsed. */
  async request(note: string, request: GoldenRequest): Promise<unknown> {
    const answer = await this.send(request);
    this.steps.push({ step: this.steps.length + 1, kind: 'request', note, request, answer });
    return JSON.parse(answer.text);
  }

  /** GET of a path under the API's base path. */
  get(note: string, path: string): Promise<unknown> {
    return this.request(note, { method: 'GET', path: `${API_BASE_PATH}${path}`, body: null });
  }

  /** POST of a path under the API's base path, with an optional body and content type. */
  post(note: string, path: string, body: string | null = null, contentType?: string): Promise<unknown> {
    return this.request(note, {
      method: 'POST',
      path: `${API_BASE_PATH}${path}`,
      body,
      ...(contentType === undefined ? {} : { contentType }),
    });
  }

  /** POST /set-error/{id} with a JSON body, as a client sends it. */
  setError(note: string, id: string, body: unknown): Promise<unknown> {
    return this.post(note, `/set-error/${id}`, JSON.stringify(body), 'application/json');
  }

  /** A call of the store's test API; what it returns is part of the story. */
  call<T>(note: string, call: string, args: unknown[], run: () => T): T {
    const result = run();
    this.steps.push({
      step: this.steps.length + 1,
      kind: 'call',
      note,
      call,
      args,
      ...(result === undefined ? {} : { result }),
    });
    return result;
  }

  snapshot(note: string): void {
    this.steps.push({ step: this.steps.length + 1, kind: 'snapshot', note, state: this.store.snapshot() });
  }

  /**
   * Tells a whole story. A story that throws (a call the store refuses, an answer it cannot
   * read on) ends with an `error` step, so the comparison still points at the first step
   * that differs rather than at a stack trace.
   */
  async tell(story: (teller: StoryTeller) => Promise<void>): Promise<ToldStep[]> {
    try {
      await story(this);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.steps.push({ step: this.steps.length + 1, kind: 'error', note: 'the story broke', message });
    }
    return this.steps;
  }
}
