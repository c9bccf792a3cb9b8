/**
 * A fuzzer command made concrete for one target: the method, the path exactly as it goes
 * on the wire, the content type and the body bytes. Known IDs are looked up in the IDs the
 * target's store has now.
 */
import type { BodySpec, IdKind, IdRef } from './fuzz-commands.js';

export interface WireRequest {
  method: string;
  /** The request target, percent-encoded as sent (ASCII only). */
  path: string;
  contentType?: string;
  body?: Buffer;
}

export interface KnownIds {
  task: readonly string[];
  block: readonly string[];
}

/** An ID made concrete: its path segment, the record it names if any, and its kind. */
export interface ResolvedId {
  segment: string;
  known?: { pool: 'task' | 'block'; id: string };
  kind: IdKind;
}

const hex = (byte: number) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * Percent-encodes text as UTF-8, as `encodeURIComponent` does, except that a lone surrogate
 * (which it refuses) is written as the three bytes a WTF-8 encoder gives it (`%ED%A0%80`):
 * bytes that are not UTF-8, which a server must still answer.
 */
export function encodeSegment(text: string): string {
  let out = '';
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    const next = text.charCodeAt(index + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(text.slice(index, index + 2));
      index++;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      out += hex(0xe0 | (unit >> 12)) + hex(0x80 | ((unit >> 6) & 0x3f)) + hex(0x80 | (unit & 0x3f));
    } else {
      out += encodeURIComponent(text[index] as string);
    }
  }
  return out;
}

/** Every UTF-8 byte escaped, unreserved characters too: it still decodes to the same ID. */
function escapeEveryByte(text: string): string {
  return [...Buffer.from(text, 'utf8')].map(hex).join('');
}

/** The `index`-th ID of a pool, the newest first: new runs are the ones still changing. */
function pick(known: KnownIds, pool: 'task' | 'block', index: number): string {
  const ids = known[pool];
  return ids[ids.length - 1 - (index % ids.length)] as string;
}

/** An ID made concrete; `own` is the kind of record the operation reads. */
export function resolveId(ref: IdRef, known: KnownIds, own: 'task' | 'block'): ResolvedId {
  switch (ref.kind) {
    case 'known': {
      const pool = ref.pool === 'own' ? own : ref.pool;
      const id = pick(known, pool, ref.index);
      return ref.escapeAll
        ? {
            segment: escapeEveryByte(id),
            known: { pool, id },
            kind: 'known id, every character escaped',
          }
        : { segment: encodeSegment(id), known: { pool, id }, kind: 'known id' };
    }
    case 'known-plus': {
      const id = pick(known, ref.pool === 'own' ? own : ref.pool, ref.index);
      return { segment: `${encodeSegment(id)}${ref.suffix}`, kind: ref.label };
    }
    case 'text':
      return { segment: encodeSegment(ref.text), kind: ref.label };
    case 'raw':
      return { segment: ref.segment, kind: ref.label };
    case 'long':
      return { segment: ref.unit.repeat(ref.length), kind: 'long id' };
  }
}

/** The bytes of a body. */
export function bodyBytes(body: BodySpec): Buffer {
  switch (body.kind) {
    case 'reason':
      return Buffer.from(JSON.stringify({ error_reason: body.reason }));
    case 'json':
      return Buffer.from(JSON.stringify(body.value) ?? '');
    case 'text':
      return Buffer.from(body.text);
    case 'empty':
      return Buffer.alloc(0);
    case 'huge': {
      const frame = '{"error_reason":""}';
      return Buffer.from(`{"error_reason":"${'x'.repeat(Math.max(0, body.bytes - frame.length))}"}`);
    }
    case 'not-utf8':
      return Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
  }
}

/** What kind of body it is, for the report. */
export function bodyKind(body: BodySpec): string {
  switch (body.kind) {
    case 'reason':
      return body.reason.trim() === '' ? 'blank reason' : 'valid reason';
    case 'json':
      return 'other JSON';
    case 'text':
      return 'not JSON';
    case 'huge':
      return body.bytes > 1024 * 1024 ? 'over 1 MiB' : 'huge-ish';
    default:
      return body.kind;
  }
}

/** A request shortened for a message: long paths and bodies cut, with their sizes. */
export function describeWire(request: WireRequest): string {
  const cut = (text: string, max: number) =>
    text.length <= max ? text : `${text.slice(0, max)}…(${text.length} chars)`;
  const lines = [`${request.method} ${cut(request.path, 160)}`];
  lines.push(`  content-type: ${request.contentType ?? '(none)'}`);
  if (request.body !== undefined) {
    const text = request.body.toString('utf8');
    lines.push(`  body: ${cut(JSON.stringify(text), 200)} (${request.body.length} bytes)`);
  }
  return lines.join('\n');
}
