/**
 * Bad input is refused before anything is sent, as the task-record client refuses it: a bad
 * option throws a TypeError when the client is created, a bad argument rejects with one naming
 * it, and fetch is never called.
 */
import { describe, expect, it, vi } from 'vitest';
import { maxAdvanceMs } from '../../mocks/core/control-routes.js';
import { MAX_CLOCK_STEP_MS } from '../../src/control/control-arguments.js';
import {
  createMockControlClient,
  type FaultInput,
  type MockControlClient,
  type MockControlClientOptions,
  type StoreState,
  type TaskDefinitionInput,
} from '../../src/control/index.js';
import { controlSpec } from '../server/control-contract.js';

/** A client whose fetch must never be called, and that fetch. */
function unsentClient() {
  const fetch = vi.fn<typeof globalThis.fetch>(() => Promise.reject(new Error('fetch was called')));
  return { control: createMockControlClient({ baseUrl: 'http://engine.test', fetch }), fetch };
}

type Call = (control: MockControlClient) => Promise<unknown>;

const badCalls: [string, Call, RegExp][] = [
  [
    'an empty definition ID to remove',
    (c) => c.removeDefinition(''),
    /removeDefinition: definitionId must be a non-blank string/,
  ],
  [
    'a blank definition ID to remove',
    (c) => c.removeDefinition('  '),
    /definitionId must be a non-blank string/,
  ],
  ['".." as the definition ID to remove', (c) => c.removeDefinition('..'), /other than "\." and "\.\."/],
  ['a number as the definition ID to remove', (c) => c.removeDefinition(42 as never), /got 42$/],
  ['an empty definition ID to run', (c) => c.runTask(''), /runTask: definitionId must be a non-blank string/],
  [
    'a lone surrogate in the definition ID',
    (c) => c.runTask('\uD800'),
    /definitionId must be well-formed Unicode/,
  ],
  [
    'input params that are an array',
    (c) => c.runTask('d', [] as never),
    /runTask: inputParams must be an object or undefined, got an array/,
  ],
  [
    'input params that are null',
    (c) => c.runTask('d', null as never),
    /inputParams must be an object or undefined, got null/,
  ],
  [
    'options that are a string',
    (c) => c.runTask('d', {}, 'fast' as never),
    /runTask: options must be an object/,
  ],
  [
    'a scenario outside options.scenario',
    (c) => c.runTask('d', {}, { blocks: {} } as never),
    /options\.blocks must be one of the known options \(scenario, source, variables\), got "…"$/,
  ],
  [
    'a scenario that is not an object',
    (c) => c.runTask('d', {}, { scenario: 'fail' as never }),
    /options\.scenario must be an object or undefined, got "fail"/,
  ],
  [
    'variables that are an array',
    (c) => c.runTask('d', {}, { variables: [] as never }),
    /options\.variables must be an object or undefined/,
  ],
  [
    'a negative clock step',
    (c) => c.advanceClock(-1),
    /advanceClock: ms must be a whole number from 0 to 3600000, got -1/,
  ],
  [
    'a clock step that is not whole',
    (c) => c.advanceClock(1.5),
    /ms must be a whole number from 0 to 3600000, got 1\.5/,
  ],
  ['a clock step over one hour', (c) => c.advanceClock(3_600_001), /got 3600001/],
  ['NaN as the clock step', (c) => c.advanceClock(Number.NaN), /got NaN/],
  ['Infinity as the clock step', (c) => c.advanceClock(Number.POSITIVE_INFINITY), /got Infinity/],
  ['a clock step as a string', (c) => c.advanceClock('5' as never), /got "5"/],
  [
    'a negative bound to run until idle',
    (c) => c.runUntilIdle(-1),
    /runUntilIdle: maxMs must be a whole number from 0 to 3600000/,
  ],
  ['a bound over one hour', (c) => c.runUntilIdle(3_600_001), /maxMs must be a whole number/],
  [
    'a definition that is null',
    (c) => c.addDefinition(null as never),
    /addDefinition: definition must be an object, got null/,
  ],
  [
    'a definition that is an array',
    (c) => c.addDefinition([] as never),
    /definition must be an object, got an array/,
  ],
  [
    'a definition that is a JSON string',
    (c) => c.addDefinition('{"id":"d"}' as never),
    /definition must be an object, got "\{/,
  ],
  [
    'a fault that is not an object',
    (c) => c.injectFault('stopTask' as never),
    /injectFault: fault must be an object/,
  ],
  ['a state that is null', (c) => c.restore(null as never), /restore: state must be an object, got null/],
  [
    'a state that is an array',
    (c) => c.restore([] as unknown as StoreState),
    /state must be an object, got an array/,
  ],
  [
    'a filter that is a string',
    (c) => c.requests('stopTask' as never),
    /requests: filter must be an object or undefined/,
  ],
  [
    'a misspelt filter key',
    (c) => c.requests({ operaton: 'stopTask' } as never),
    /filter\.operaton must be one of the known options \(operation, taskRecordId, since\), got "…"$/,
  ],
  [
    'an operation filter that is not a string',
    (c) => c.requests({ operation: 5 as never }),
    /filter\.operation must be a string, got 5/,
  ],
  [
    'a negative since',
    (c) => c.requests({ since: -1 }),
    /requests: filter\.since must be a whole number >= 0, got -1/,
  ],
  [
    'a since that is not whole',
    (c) => c.requests({ since: 1.5 }),
    /filter\.since must be a whole number >= 0, got 1\.5/,
  ],
  ['a since as a string', (c) => c.requests({ since: '3' as never }), /got "3"/],
  [
    'a since beyond safe integers',
    (c) => c.requests({ since: 2 ** 53 }),
    /filter\.since must be a whole number/,
  ],
];

describe('bad arguments', () => {
  it.each(badCalls)('%s: a TypeError naming it, and nothing sent', async (_, call, message) => {
    const { control, fetch } = unsentClient();
    const refusal = call(control);
    await expect(refusal).rejects.toThrow(TypeError);
    await expect(refusal).rejects.toThrow(message);
    await expect(refusal).rejects.toThrow(/^\[vwed\] /);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("the clock bound is the control API's: the spec's maximum and the mock's", () => {
    const schemas = (
      controlSpec.components as {
        schemas: Record<string, { properties: Record<string, { maximum: number }> }>;
      }
    ).schemas;
    expect(MAX_CLOCK_STEP_MS).toBe(maxAdvanceMs);
    expect(schemas.AdvanceClockRequest?.properties.ms?.maximum).toBe(MAX_CLOCK_STEP_MS);
    expect(schemas.RunUntilIdleRequest?.properties.maxMs?.maximum).toBe(MAX_CLOCK_STEP_MS);
  });

  it('the bounds themselves are accepted: 0 and one hour, since 0, an empty filter, no options', async () => {
    const { control, fetch } = unsentClient();
    const accepted: Promise<unknown>[] = [
      control.advanceClock(0),
      control.advanceClock(MAX_CLOCK_STEP_MS),
      control.runUntilIdle(0),
      control.requests({ since: 0 }),
      control.requests({}),
      control.runTask('d', undefined, undefined),
      control.runTask('d', {}, { scenario: undefined }),
      control.addDefinition({ id: 'd', detail: '{}' } satisfies TaskDefinitionInput),
      control.injectFault({ operation: 'stopTask', status: 500 } satisfies FaultInput),
    ];
    // Each is sent (and fails at the fetch that must not be called): none was refused.
    for (const call of accepted) await expect(call).rejects.toMatchObject({ name: 'VwedNetworkError' });
    expect(fetch).toHaveBeenCalledTimes(accepted.length);
  });
});

describe('bad options: a TypeError when the client is created', () => {
  const create = (options: unknown) => () => createMockControlClient(options as MockControlClientOptions);

  it.each([
    [
      'no options',
      undefined,
      /createMockControlClient: options must be an object \{ baseUrl \}, got undefined/,
    ],
    ['no base URL', {}, /option baseUrl must be a string, got undefined/],
    [
      'a base URL without a scheme',
      { baseUrl: '127.0.0.1:4010' },
      /option baseUrl must be an absolute http\(s\) URL/,
    ],
    [
      'a relative base URL outside a browser',
      { baseUrl: '/mock' },
      /option baseUrl must be an absolute http\(s\) URL/,
    ],
    [
      'a base URL with a query',
      { baseUrl: 'http://127.0.0.1:4010/?token=abc' },
      /free of white space, a query and a fragment, got "…"$/,
    ],
    [
      'a base URL with credentials',
      { baseUrl: 'http://user:pass@127.0.0.1:4010' },
      /free of a user and password \(send them in headers\), got "…"$/,
    ],
    [
      'a base URL the URL parser refuses',
      { baseUrl: 'http://127.0.0.1:99999' },
      /option baseUrl must be an absolute/,
    ],
    [
      'a fetch that is not a function',
      { baseUrl: 'http://h.test', fetch: 'fetch' },
      /option fetch must be a function, got "fetch"/,
    ],
    [
      'headers that are a string',
      { baseUrl: 'http://h.test', headers: 'Authorization: x' },
      /option headers must be an object/,
    ],
    [
      'a header name fetch refuses',
      { baseUrl: 'http://h.test', headers: { 'bad name': 'v' } },
      /option headers\["bad name"\] must be a header fetch accepts, got "…"$/,
    ],
    [
      'a header value with a line break',
      { baseUrl: 'http://h.test', headers: { Authorization: 'Bearer a\nb' } },
      /option headers\["Authorization"\] must be a header fetch accepts, got "…"$/,
    ],
    [
      'a header value that is not a string',
      { baseUrl: 'http://h.test', headers: { 'X-Port': 4010 } },
      /headers\["X-Port"\] must be a header fetch accepts/,
    ],
    [
      'a time limit of 0',
      { baseUrl: 'http://h.test', timeoutMs: 0 },
      /option timeoutMs must be a finite number > 0, got 0/,
    ],
    [
      'a time limit that is not a number',
      { baseUrl: 'http://h.test', timeoutMs: '5s' },
      /option timeoutMs must be a finite number > 0/,
    ],
  ])('%s', (_, options, message) => {
    expect(create(options)).toThrow(TypeError);
    expect(create(options)).toThrow(message);
  });

  it('never shows a header value: it may be a token', () => {
    expect(create({ baseUrl: 'http://h.test', headers: { Authorization: 'Bearer s3\ncret' } })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('s3') }),
    );
  });

  it('takes a base URL with trailing slashes, or a gateway prefix', () => {
    expect(create({ baseUrl: 'http://127.0.0.1:4010/' })).not.toThrow();
    expect(create({ baseUrl: 'https://gw.example.com/vwed-mock' })).not.toThrow();
  });
});
