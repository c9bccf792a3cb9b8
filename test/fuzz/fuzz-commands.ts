/**
 * The fuzzer's commands: symbolic, so that one sequence runs the same against the reference
 * server and MSW, and short to print, so that a shrunk counterexample can be read. A known ID
 * is an index into the IDs the target's store has at that moment; a long ID is its unit and
 * length, not its 10,000 characters.
 */
import type { OperationName } from '../../src/client/operation-name.js';

/** What kind of input an ID is, for the report and for deduplicating failures. */
export type IdKind =
  | 'known id'
  | 'known id, every character escaped'
  | 'known id + suffix'
  | 'unknown id'
  | 'unicode id'
  | 'lone surrogate'
  | 'malformed escape'
  | 'dot segment'
  | 'encoded slash'
  | 'odd character'
  | 'long id';

export type KnownPool = 'own' | 'task' | 'block';

export type IdRef =
  /**
   * An ID the store has: `index` into its task or block record IDs (`own`: the kind the
   * operation reads), counted from the newest, modulo their count.
   */
  | { kind: 'known'; pool: KnownPool; index: number; escapeAll: boolean }
  /** A known ID with an encoded suffix (`%2F..`, `%ZZ`). */
  | { kind: 'known-plus'; pool: KnownPool; index: number; suffix: string; label: IdKind }
  /** Any code points, percent-encoded as UTF-8 (a lone surrogate as its WTF-8 bytes). */
  | { kind: 'text'; text: string; label: IdKind }
  /** A path segment sent exactly as written (`%ZZ`, `..`, `%ED%A0%80`). */
  | { kind: 'raw'; segment: string; label: IdKind }
  /** `unit` (already encoded) repeated until the decoded ID has `length` characters. */
  | { kind: 'long'; unit: string; length: number };

/** A request body, described rather than spelled out. */
export type BodySpec =
  | { kind: 'reason'; reason: string }
  | { kind: 'json'; value: unknown }
  | { kind: 'text'; text: string }
  | { kind: 'empty' }
  | { kind: 'huge'; bytes: number }
  | { kind: 'not-utf8' };

export type ContentTypeSpec = 'json' | 'json-charset' | 'merge-json' | 'text' | 'form' | 'none';

export const contentTypes: Record<ContentTypeSpec, string | undefined> = {
  json: 'application/json',
  'json-charset': 'application/json; charset=utf-8',
  'merge-json': 'application/merge-patch+json',
  text: 'text/plain',
  form: 'application/x-www-form-urlencoded',
  none: undefined,
};

export type FuzzCommand =
  /** An operation with its own method and path template. */
  | {
      kind: 'call';
      operation: OperationName;
      id: IdRef;
      body?: BodySpec;
      contentType?: ContentTypeSpec;
      query?: string;
    }
  /** An operation's path with a method the spec does not list for it. */
  | { kind: 'wrong-method'; operation: OperationName; method: string; id: IdRef }
  /** A path under the API's base path that is no operation's (`rest` follows the base path). */
  | { kind: 'unknown-route'; method: string; rest: string }
  /** `POST /__mock/tasks`: a run of a definition, maybe with a scenario. */
  | { kind: 'run-task'; definitionId: string; scenario?: unknown; inputParams?: unknown }
  /** `POST /__mock/clock/advance`. */
  | { kind: 'advance'; ms: number }
  /** `POST /__mock/faults`. */
  | { kind: 'fault'; operation: string; status: number; message?: string; times?: number }
  /** `POST /__mock/definitions`: a definition whose runs fail at once (unparseable detail). */
  | { kind: 'add-definition'; id: string; detail: unknown }
  /** `POST /__mock/reset`. */
  | { kind: 'reset' }
  /** A control request the control API must refuse (400), with the body as given. */
  | { kind: 'control-refused'; path: string; body: string };
