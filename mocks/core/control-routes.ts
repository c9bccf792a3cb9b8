/**
 * The routes of the mock's control API (`openapi/mock-control.yaml`): the HTTP face of the
 * store's test API. Each checks what only HTTP can get wrong (a missing field, a query
 * parameter) and calls the store, whose own checks refuse the rest with a MockInputError.
 */
import { operationTable } from '../../src/client/operation-table.js';
import type { TaskDefinitionInput } from '../store/commands/add-definition.js';
import type { MockStore } from '../store/create-mock-store.js';
import { partsOf } from '../store/store-parts.js';
import type { FaultInput, StoreState } from '../store/store-state.js';
import { unknownOption } from '../store/unknown-option.js';
import type { JournalFilter } from './request-journal.js';

/**
 * The longest one `clock/advance` or `clock/run-until-idle` may move the clock: one hour. A
 * periodic definition starts a run every period (at least 1 s), so a bigger jump could keep
 * the server busy for seconds.
 */
export const maxAdvanceMs = 60 * 60 * 1_000;

/** What a control route is given: the store, the JSON body (`{}` for none), the path's ID, the query. */
export interface ControlCall {
  store: MockStore;
  body: Record<string, unknown>;
  /** The decoded `{id}` of a path that has one. */
  id: string;
  query: Record<string, string>;
}

/** A control route's answer: its status and JSON body (or a refusal, answered 400). */
export type ControlResult = { status: number; body: unknown } | { refusal: string };

export interface ControlRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The path after `/__mock`; `{id}` stands for one segment. */
  path: string;
  run: (call: ControlCall) => ControlResult;
}

const ok = (status: number, body: unknown): ControlResult => ({ status, body });

/** The refusal of a body key that is not one of `known` (a typo, taken in silence otherwise). */
function unknownKey(
  body: Record<string, unknown>,
  known: readonly string[],
): { refusal: string } | undefined {
  const unknown = unknownOption(body, known);
  return unknown === undefined
    ? undefined
    : { refusal: `unknown field ${JSON.stringify(unknown)}; the fields are ${known.join(', ')}` };
}

/** A number of ms a clock route may move the clock, or the refusal that says why not. */
function clockMs(value: unknown, name: string): number | { refusal: string } {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= maxAdvanceMs)
    return value;
  return {
    refusal: `${name} must be a whole number from 0 to ${maxAdvanceMs}, got ${JSON.stringify(value) ?? 'nothing'}`,
  };
}

/** The journal filter of `GET /requests`' query, or the refusal that says what is wrong. */
function journalFilter(query: Record<string, string>): JournalFilter | { refusal: string } {
  const unknown = Object.keys(query).find((key) => !['operation', 'taskRecordId', 'since'].includes(key));
  if (unknown !== undefined)
    return {
      refusal: `unknown query parameter ${JSON.stringify(unknown)}; the parameters are operation, taskRecordId and since`,
    };
  const filter: JournalFilter = {};
  if (query.operation !== undefined) {
    if (!Object.hasOwn(operationTable, query.operation)) {
      return {
        refusal: `operation must be one of ${Object.keys(operationTable).join(', ')}, got ${JSON.stringify(query.operation)}`,
      };
    }
    filter.operation = query.operation;
  }
  if (query.taskRecordId !== undefined) filter.taskRecordId = query.taskRecordId;
  if (query.since !== undefined) {
    const since = Number(query.since);
    if (!/^\d+$/.test(query.since) || !Number.isSafeInteger(since)) {
      return { refusal: `since must be a whole number >= 0, got ${JSON.stringify(query.since)}` };
    }
    filter.since = since;
  }
  return filter;
}

/** Every control route; a path may answer more than one method. */
export const controlRoutes: readonly ControlRoute[] = [
  {
    method: 'POST',
    path: '/definitions',
    run: ({ store, body }) => {
      // The store would take a definition without a detail (and run it as unparseable, R9);
      // over HTTP that is far likelier a misspelt field.
      if (body.detail === undefined) return { refusal: "detail is missing: the definition's block tree" };
      store.addDefinition(body as unknown as TaskDefinitionInput);
      return ok(201, { id: body.id });
    },
  },
  {
    method: 'DELETE',
    path: '/definitions/{id}',
    run: ({ store, id }) => ok(200, { id, removed: store.removeDefinition(id) }),
  },
  {
    method: 'POST',
    path: '/tasks',
    run: ({ store, body }) => {
      const typo = unknownKey(body, ['definitionId', 'inputParams', 'scenario', 'source', 'variables']);
      if (typo) return typo;
      const { definitionId, inputParams, scenario, source, variables } = body;
      if (typeof definitionId !== 'string' || definitionId === '') {
        return { refusal: 'definitionId must be a non-empty string' };
      }
      const options = Object.fromEntries(
        Object.entries({ scenario, source, variables }).filter(([, value]) => value !== undefined),
      );
      const taskRecordId = store.runTask(
        definitionId,
        inputParams as Record<string, unknown> | undefined,
        options,
      );
      return ok(201, { taskRecordId });
    },
  },
  {
    method: 'POST',
    path: '/clock/advance',
    run: ({ store, body }) => {
      const typo = unknownKey(body, ['ms']);
      if (typo) return typo;
      const ms = clockMs(body.ms, 'ms');
      if (typeof ms !== 'number') return ms;
      store.advance(ms);
      return ok(200, { now: partsOf(store).timestamp() });
    },
  },
  {
    method: 'POST',
    path: '/clock/run-until-idle',
    run: ({ store, body }) => {
      const typo = unknownKey(body, ['maxMs']);
      if (typo) return typo;
      const maxMs = clockMs(body.maxMs ?? maxAdvanceMs, 'maxMs');
      if (typeof maxMs !== 'number') return maxMs;
      store.runUntilIdle(maxMs);
      return ok(200, { now: partsOf(store).timestamp() });
    },
  },
  {
    method: 'POST',
    path: '/faults',
    run: ({ store, body }) => ok(201, store.injectFault(body as unknown as FaultInput)),
  },
  {
    method: 'DELETE',
    path: '/faults',
    run: ({ store }) => ok(200, { cleared: store.clearFaults() }),
  },
  {
    method: 'GET',
    path: '/requests',
    run: ({ store, query }) => {
      const filter = journalFilter(query);
      if ('refusal' in filter) return filter;
      return ok(200, { requests: partsOf(store).transport.journal.find(filter) });
    },
  },
  {
    method: 'POST',
    path: '/reset',
    run: ({ store }) => {
      store.reset();
      return ok(200, { status: 'ok' });
    },
  },
  {
    method: 'GET',
    path: '/snapshot',
    run: ({ store }) => ok(200, store.snapshot()),
  },
  {
    method: 'PUT',
    path: '/snapshot',
    run: ({ store, body }) => {
      store.restore(body as unknown as StoreState);
      return ok(200, { now: partsOf(store).timestamp() });
    },
  },
];
