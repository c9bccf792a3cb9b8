/**
 * What a golden file holds: one story told to the mock, step by step, with every answer as it
 * came. The story is told again on each run and its steps compared with these, byte for byte.
 */
import type { StoreState } from '../../../mocks/index.js';

/** A request as the story sends it: the core's plain request, with the body as text. */
export interface GoldenRequest {
  method: 'GET' | 'POST';
  /** The path, percent-encoded, from the API's base path on. */
  path: string;
  body: string | null;
  /** The `Content-Type` header, when the request has one. */
  contentType?: string;
}

/**
 * An answer as it came. `body` is the parsed form of the exact text the adapters send
 * (`JSON.stringify` of the core's body); the text is compared, the parsed form is what the
 * file keeps so that a diff reads field by field. A body is written only if it parses back
 * to the same text, so nothing is lost between the two.
 */
export interface GoldenAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export type GoldenStep =
  | { step: number; kind: 'request'; note: string; request: GoldenRequest; answer: GoldenAnswer }
  /** A call of the store's test API (`runTask`, `advance`, ...) and what it returned. */
  | { step: number; kind: 'call'; note: string; call: string; args: unknown[]; result?: unknown }
  | { step: number; kind: 'snapshot'; note: string; state: StoreState }
  /** The story itself broke (a call threw): recorded, so the comparison shows where. */
  | { step: number; kind: 'error'; note: string; message: string };

/** One golden file: a seed, a status mode and the story's steps. */
export interface GoldenFile {
  comment: string;
  seed: 'doc-examples' | 'demo';
  httpStatus: 'mirror' | 'always-200';
  randomSeed: number;
  steps: GoldenStep[];
}
