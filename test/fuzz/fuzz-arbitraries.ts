/**
 * fast-check arbitraries of the fuzzer's commands, drawn from the spec: its operations
 * (method and path template), the methods it does not list for a path, and IDs and bodies
 * of every kind the brief of the fuzzer names. The weights keep most requests on the
 * documented paths with known IDs, so that state builds up between the odd ones.
 */
import fc from 'fast-check';
import type { OperationName } from '../../src/client/operation-name.js';
import { isObject, listOperations } from '../spec/load-spec.js';
import type { BodySpec, ContentTypeSpec, FuzzCommand, IdKind, IdRef, KnownPool } from './fuzz-commands.js';
import { fuzzSeed } from './fuzz-seed.js';
import { taskRecordSpec } from './fuzz-specs.js';

const operations = listOperations(taskRecordSpec).map((entry) => ({
  operationId: String(entry.operation.operationId) as OperationName,
  method: entry.method.toUpperCase(),
  path: entry.path,
  statuses: Object.keys(isObject(entry.operation.responses) ? entry.operation.responses : {}).map(Number),
}));
const operationIds = operations.map((operation) => operation.operationId);
const allMethods = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];

const raw = (label: IdKind, segments: string[]): fc.Arbitrary<IdRef> =>
  fc.constantFrom(...segments).map((segment) => ({ kind: 'raw', segment, label }));

const knownSuffixes: [string, IdKind][] = [
  ['%2F..', 'encoded slash'],
  ['%2F', 'encoded slash'],
  ['%ZZ', 'malformed escape'],
  ['%E4%B8', 'malformed escape'],
  ['%ED%A0%80', 'lone surrogate'],
  ['%00', 'odd character'],
  ['%20', 'odd character'],
  ['/', 'dot segment'],
  ['/..', 'dot segment'],
];

/** Mostly the kind of record the operation reads; now and then the other kind (a 404). */
const knownPoolArbitrary: fc.Arbitrary<KnownPool> = fc.oneof(
  { weight: 4, arbitrary: fc.constant('own' as const) },
  { weight: 1, arbitrary: fc.constantFrom('task' as const, 'block' as const) },
);

export const idArbitrary: fc.Arbitrary<IdRef> = fc.oneof(
  {
    weight: 40,
    arbitrary: fc.record({
      kind: fc.constant('known' as const),
      pool: knownPoolArbitrary,
      index: fc.nat(1_000),
      escapeAll: fc.oneof(
        { weight: 5, arbitrary: fc.constant(false) },
        { weight: 1, arbitrary: fc.constant(true) },
      ),
    }),
  },
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.constantFrom('task' as const, 'block' as const),
        fc.nat(1_000),
        fc.constantFrom(...knownSuffixes),
      )
      .map(([pool, index, [suffix, label]]) => ({ kind: 'known-plus' as const, pool, index, suffix, label })),
  },
  {
    weight: 10,
    arbitrary: fc
      .oneof(fc.uuid(), fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/))
      .map((text) => ({ kind: 'text' as const, text, label: 'unknown id' as const })),
  },
  {
    weight: 8,
    arbitrary: fc
      .oneof(
        fc.string({ unit: 'binary', minLength: 1, maxLength: 16 }),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 16 }),
      )
      .map((text) => ({ kind: 'text' as const, text, label: 'unicode id' as const })),
  },
  {
    weight: 6,
    arbitrary: fc.oneof(
      raw('lone surrogate', [
        '%ED%A0%80',
        '%D8%00',
        '%ED%BF%BF',
        'a%ED%B0%80b',
        '%ED%A0%80%ED%B0%80',
        '%DC%00',
      ]),
      fc
        .constantFrom('\uD800', '\uDFFF', 'x\uDC00y', '\uDBFF')
        .map((text) => ({ kind: 'text' as const, text, label: 'lone surrogate' as const })),
    ),
  },
  {
    weight: 8,
    arbitrary: raw('malformed escape', [
      '%ZZ',
      '%',
      '%E4%B8',
      'abc%',
      '%G1',
      '%%',
      '%2',
      '%E4%B8%',
      '%C0%AF',
      '%FF',
      '%E4%B8%AD%',
    ]),
  },
  { weight: 4, arbitrary: raw('dot segment', ['..', '.', '%2E%2E', '%2e', '.%2E', '%2e%2E']) },
  { weight: 4, arbitrary: raw('encoded slash', ['%2F', 'a%2Fb', '..%2F..', '%2F%2F', '%5C', '%2f']) },
  {
    weight: 5,
    arbitrary: raw('odd character', [
      '%00',
      '%20',
      '+',
      '%3B',
      '~',
      '%3F',
      '%23',
      '%22',
      '%25',
      '%2525',
      '%0A',
      '%0D%0A',
      '%7F',
      '-',
    ]),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('long' as const),
      unit: fc.constantFrom('a', '%E4%BB%BB', '7'),
      length: fc.integer({ min: 10_000, max: 20_000 }),
    }),
  },
);

const reasonArbitrary = fc.oneof(
  fc.constant('系统异常导致任务失败'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('', ' ', '\n\t ', '\u3000'),
);

export const bodyArbitrary: fc.Arbitrary<BodySpec> = fc.oneof(
  { weight: 12, arbitrary: reasonArbitrary.map((reason) => ({ kind: 'reason' as const, reason })) },
  {
    weight: 5,
    arbitrary: fc
      .oneof(
        fc.constantFrom<unknown>(
          {},
          { error_reason: 5 },
          { error_reason: null },
          { error_reason: ['x'] },
          { error_reason: {} },
          { error_reason: true },
          { reason: '缺少字段' },
          [],
          [{ error_reason: 'x' }],
          'x',
          null,
          7,
          { error_reason: 'x', extra: { nested: [1, 2] } },
        ),
        fc.jsonValue({ maxDepth: 3 }),
      )
      .map((value) => ({ kind: 'json' as const, value })),
  },
  {
    weight: 3,
    arbitrary: fc
      .oneof(
        fc.constantFrom(
          '{error_reason:',
          'error_reason=x',
          '{"error_reason": "x"',
          'undefined',
          '\u0000',
          '{}}',
        ),
        fc.string({ maxLength: 30 }),
      )
      .map((text) => ({ kind: 'text' as const, text })),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'empty' as const }) },
  {
    weight: 2,
    arbitrary: fc
      .oneof(
        { weight: 12, arbitrary: fc.integer({ min: 50_000, max: 200_000 }) },
        // Over the 1 MiB limit of the reference server.
        { weight: 1, arbitrary: fc.integer({ min: 1_048_577, max: 1_100_000 }) },
      )
      .map((bytes) => ({ kind: 'huge' as const, bytes })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'not-utf8' as const }) },
);

export const contentTypeArbitrary: fc.Arbitrary<ContentTypeSpec> = fc.oneof(
  { weight: 8, arbitrary: fc.constant('json' as const) },
  { weight: 3, arbitrary: fc.constant('json-charset' as const) },
  { weight: 1, arbitrary: fc.constant('merge-json' as const) },
  { weight: 2, arbitrary: fc.constant('text' as const) },
  { weight: 2, arbitrary: fc.constant('form' as const) },
  { weight: 4, arbitrary: fc.constant('none' as const) },
);

const queryArbitrary = fc.constantFrom(
  undefined,
  undefined,
  undefined,
  '?x=1',
  '?%ZZ',
  '?error_reason=x',
  '?a=%ED%A0%80',
  '?',
);

const callArbitrary: fc.Arbitrary<FuzzCommand> = fc
  .record({
    operation: fc.constantFrom(...operationIds),
    id: idArbitrary,
    body: fc.option(bodyArbitrary, { nil: undefined, freq: 6 }),
    setErrorBody: bodyArbitrary,
    contentType: contentTypeArbitrary,
    query: queryArbitrary,
  })
  .map(({ operation, id, body, setErrorBody, contentType, query }) => {
    const command: FuzzCommand = { kind: 'call', operation, id };
    const method = operations.find((each) => each.operationId === operation)?.method;
    // set-error always carries a body; stop and retry (no request body documented) now and then.
    const sent = operation === 'setTaskError' ? setErrorBody : method === 'POST' ? body : undefined;
    if (sent) Object.assign(command, { body: sent, contentType });
    if (query !== undefined) Object.assign(command, { query });
    return command;
  });

const wrongMethodArbitrary: fc.Arbitrary<FuzzCommand> = fc.constantFrom(...operations).chain((operation) => {
  const listed = operations.filter((each) => each.path === operation.path).map((each) => each.method);
  return fc.record({
    kind: fc.constant('wrong-method' as const),
    operation: fc.constant(operation.operationId),
    method: fc.constantFrom(...allMethods.filter((method) => !listed.includes(method))),
    id: idArbitrary,
  });
});

const unknownRouteArbitrary: fc.Arbitrary<FuzzCommand> = fc.record({
  kind: fc.constant('unknown-route' as const),
  method: fc.constantFrom(...allMethods),
  rest: fc.oneof(
    fc.constantFrom(
      '/',
      '/nope',
      '/detail',
      '/detail/',
      '/detail/x/',
      '/detail/x/y',
      '/blocks',
      '/block/',
      '/DETAIL/x',
      '/execution/block/results',
      '/execution/block/x/y',
      '/execution/results/x',
      '/stop',
      '/retry/',
      '/set-error',
      '/set-error/x/extra',
      '/__mock/reset',
      '/healthz',
      '//detail/x',
      '/detail//x',
      '/%E4%BB%BB%E5%8A%A1/x',
      '/constructor',
      '/__proto__/x',
    ),
    fc.stringMatching(/^(\/[a-z-]{1,12}){1,4}$/),
  ),
});

/** IDs of the definitions the `doc-examples` seed has, and one the fuzzer may add. */
export const seedDefinitionIds = fuzzSeed.definitionIds;
export const unparseableDefinitionId = 'fuzz-unparseable';

const scenarioArbitrary = fc.option(
  fc
    .dictionary(
      fc.constantFrom('b1', 'b2', 'b5', '-1', 'nope'),
      // Long blocks keep runs going between requests: there is something to stop.
      fc.oneof(
        { weight: 1, arbitrary: fc.record({ fail: reasonArbitrary }) },
        { weight: 2, arbitrary: fc.record({ durationMs: fc.integer({ min: 0, max: 60_000 }) }) },
      ),
      { maxKeys: 2 },
    )
    .map((blocks) => ({ blocks })),
  { nil: undefined, freq: 2 },
);

const runTaskArbitrary: fc.Arbitrary<FuzzCommand> = fc
  .record({
    definitionId: fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...seedDefinitionIds) },
      { weight: 1, arbitrary: fc.constantFrom(unparseableDefinitionId, 'no-such-definition') },
    ),
    scenario: scenarioArbitrary,
    inputParams: fc.option(fc.constantFrom<unknown>({ from: 'X' }, { to: '任' }, null), {
      nil: undefined,
      freq: 4,
    }),
  })
  .map(({ definitionId, scenario, inputParams }) => {
    const command: FuzzCommand = { kind: 'run-task', definitionId };
    if (scenario !== undefined) Object.assign(command, { scenario });
    if (inputParams !== undefined) Object.assign(command, { inputParams });
    return command;
  });

const advanceArbitrary: fc.Arbitrary<FuzzCommand> = fc.record({
  kind: fc.constant('advance' as const),
  ms: fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 2_000 }) },
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 60_000 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 3_600_000 }) },
  ),
});

const faultArbitrary: fc.Arbitrary<FuzzCommand> = fc.constantFrom(...operations).chain((operation) =>
  fc
    .record({
      status: fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...operation.statuses.filter((status) => status >= 400)) },
        { weight: 2, arbitrary: fc.integer({ min: 400, max: 599 }) },
      ),
      message: fc.option(fc.string({ unit: 'grapheme', maxLength: 20 }), { nil: undefined }),
      times: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    })
    .map(({ status, message, times }) => {
      const command: FuzzCommand = { kind: 'fault', operation: operation.operationId, status };
      if (message !== undefined) Object.assign(command, { message });
      if (times !== undefined) Object.assign(command, { times });
      return command;
    }),
);

const addDefinitionArbitrary: fc.Arbitrary<FuzzCommand> = fc.constant({
  kind: 'add-definition',
  id: unparseableDefinitionId,
  // Stored as given; its runs fail at once and their tree falls back to flat mode (R9).
  detail: '{"rootBlock": ',
});

const controlRefusedArbitrary: fc.Arbitrary<FuzzCommand> = fc
  .constantFrom(
    ['/__mock/clock/advance', '{"ms":-1}'],
    ['/__mock/clock/advance', '{"ms":3600001}'],
    ['/__mock/clock/advance', '[]'],
    ['/__mock/faults', '{"operation":"nope","status":500}'],
    ['/__mock/faults', '{"operation":"stopTask","status":500,"times":0}'],
    ['/__mock/faults', '{"operation":"stopTask","status":600}'],
    ['/__mock/tasks', '{}'],
    ['/__mock/tasks', 'not json'],
    ['/__mock/definitions', '{"id":"x"}'],
    ['/__mock/reset', '"x"'],
  )
  .map(([path, body]) => ({ kind: 'control-refused' as const, path: path as string, body: body as string }));

export const commandArbitrary: fc.Arbitrary<FuzzCommand> = fc.oneof(
  { weight: 55, arbitrary: callArbitrary },
  { weight: 5, arbitrary: wrongMethodArbitrary },
  { weight: 5, arbitrary: unknownRouteArbitrary },
  { weight: 11, arbitrary: runTaskArbitrary },
  { weight: 10, arbitrary: advanceArbitrary },
  { weight: 5, arbitrary: faultArbitrary },
  { weight: 1, arbitrary: addDefinitionArbitrary },
  { weight: 1, arbitrary: fc.constant({ kind: 'reset' as const }) },
  { weight: 2, arbitrary: controlRefusedArbitrary },
);

/** A run: the status mode (always-200 a quarter of the time) and its commands. */
export const fuzzRunArbitrary = (maxCommands: number) =>
  fc.record({
    httpStatus: fc.oneof(
      { weight: 3, arbitrary: fc.constant('mirror' as const) },
      { weight: 1, arbitrary: fc.constant('always-200' as const) },
    ),
    commands: fc.array(commandArbitrary, { minLength: 1, maxLength: maxCommands, size: 'max' }),
  });
