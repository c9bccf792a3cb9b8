/**
 * The task definitions the store holds, each parsed once, and the definition each run
 * started with: a replaced definition does not change the runs in flight.
 */
import {
  type ParsedDefinition,
  type ParseResult,
  parseDefinitionDetail,
} from '../definitions/parse-definition.js';
import type { RunState, StoredDefinition } from './store-state.js';

/**
 * The store's definitions.
 *
 * @example
 * ```ts
 * const definitions = new DefinitionCatalog();
 * definitions.put({ id: 'def-1', label: '示例任务', version: 1, periodicTask: 0, detail });
 * definitions.parsed('def-1'); // { ok: true, definition } or { ok: false, reason }
 * ```
 */
export class DefinitionCatalog {
  #stored = new Map<string, StoredDefinition>();
  #parsed = new Map<string, ParseResult>();
  #runDefinitions = new Map<string, ParsedDefinition>();

  stored(definitionId: string): StoredDefinition | undefined {
    return this.#stored.get(definitionId);
  }

  /** Adds or replaces a definition (runs in flight keep the one they started with). */
  put(definition: StoredDefinition): void {
    this.#stored.set(definition.id, definition);
    this.#parsed.delete(definition.id);
  }

  remove(definitionId: string): boolean {
    this.#parsed.delete(definitionId);
    return this.#stored.delete(definitionId);
  }

  /** Parses a definition once and keeps the result (or the reason it cannot be parsed, R9). */
  parsed(definitionId: string): ParseResult {
    let parsed = this.#parsed.get(definitionId);
    if (!parsed) {
      const stored = this.#stored.get(definitionId);
      parsed = stored ? parseDefinitionDetail(stored.detail) : { ok: false, reason: '任务定义不存在' };
      this.#parsed.set(definitionId, parsed);
    }
    return parsed;
  }

  /** The parsed definition, or undefined when it is missing or cannot be parsed (R9). */
  definition(definitionId: string): ParsedDefinition | undefined {
    const parsed = this.parsed(definitionId);
    return parsed.ok ? parsed.definition : undefined;
  }

  /** Keeps the definition a run starts with, for as long as the run goes on. */
  startRun(taskRecordId: string, definition: ParsedDefinition): void {
    this.#runDefinitions.set(taskRecordId, definition);
  }

  /** A run ended: its definition is no longer kept for it. */
  endRun(taskRecordId: string): void {
    this.#runDefinitions.delete(taskRecordId);
  }

  /**
   * The definition a run runs, or why it cannot go on. A run restored from a snapshot has
   * none of its own (a snapshot keeps the definitions, not the one each run started with): the
   * current one serves if it still has every block the run is in, checked once and then kept
   * as the run's own.
   */
  runDefinition(run: RunState): ParsedDefinition | string {
    const kept = this.#runDefinitions.get(run.taskRecordId);
    if (kept) return kept;
    const parsed = this.parsed(run.definitionId);
    if (!parsed.ok) return parsed.reason;
    const current = parsed.definition;
    if (!run.threads.every((thread) => thread.stack.every((frame) => current.byName.has(frame.block)))) {
      return '任务定义已变更, 任务无法继续执行';
    }
    this.#runDefinitions.set(run.taskRecordId, current);
    return current;
  }

  /** Replaces every definition with a state's (taken as they are: the caller copies). */
  load(definitions: readonly StoredDefinition[]): void {
    this.#stored = new Map(definitions.map((definition) => [definition.id, definition]));
    this.#parsed = new Map();
    this.#runDefinitions = new Map();
  }

  /** The stored definitions, sharing the objects: only to copy or serialize at once. */
  dump(): StoredDefinition[] {
    return [...this.#stored.values()];
  }
}
