/** What a user's editor sees of the control client: each method's types are the spec's, never `any`. */
import type { Client } from 'openapi-fetch';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type ControlAnswer,
  type components,
  createMockControlClient,
  type Fault,
  type FaultInput,
  isMockControlError,
  isVwedNetworkError,
  isVwedTimeoutError,
  type JournalEntry,
  type MockControlClient,
  type MockControlError,
  type MockControlOperation,
  type operations,
  type paths,
  type Scenario,
  type StoreState,
  type TaskDefinitionInput,
  type TaskSource,
} from '../../src/control/index.js';
import type { OperationName, VwedOperation } from '../../src/index.js';

const control = createMockControlClient({ baseUrl: 'http://127.0.0.1:4010' });
type Schemas = components['schemas'];

describe('the control client', () => {
  it('is a MockControlClient whose raw client is typed by the control paths', () => {
    expectTypeOf(control).toEqualTypeOf<MockControlClient>();
    expectTypeOf(control.raw).toEqualTypeOf<Client<paths>>();
    expectTypeOf(control).not.toBeAny();
  });

  it('resolves each method with the shape the spec documents', () => {
    expectTypeOf(control.health()).resolves.toEqualTypeOf<{ status: 'ok' }>();
    expectTypeOf(control.addDefinition).returns.resolves.toEqualTypeOf<{ id: string }>();
    expectTypeOf(control.removeDefinition).returns.resolves.toEqualTypeOf<{ id: string; removed: boolean }>();
    expectTypeOf(control.runTask).returns.resolves.toEqualTypeOf<string>();
    expectTypeOf(control.advanceClock).returns.resolves.toEqualTypeOf<{ now: string }>();
    expectTypeOf(control.runUntilIdle).returns.resolves.toEqualTypeOf<{ now: string }>();
    expectTypeOf(control.injectFault).returns.resolves.toEqualTypeOf<Fault>();
    expectTypeOf(control.clearFaults()).resolves.toEqualTypeOf<{ cleared: number }>();
    expectTypeOf(control.requests).returns.resolves.toEqualTypeOf<JournalEntry[]>();
    expectTypeOf(control.reset()).resolves.toEqualTypeOf<void>();
    expectTypeOf(control.snapshot()).resolves.toEqualTypeOf<StoreState>();
    expectTypeOf(control.restore).returns.resolves.toEqualTypeOf<{ now: string }>();
  });

  it("types the answers as the spec's schemas, not any", () => {
    expectTypeOf<ControlAnswer<'getHealth'>>().toEqualTypeOf<Schemas['OkStatus']>();
    expectTypeOf<ControlAnswer<'addDefinition'>>().toEqualTypeOf<Schemas['DefinitionAdded']>();
    expectTypeOf<ControlAnswer<'runTask'>>().toEqualTypeOf<Schemas['TaskStarted']>();
    expectTypeOf<ControlAnswer<'getRequests'>>().toEqualTypeOf<Schemas['RequestList']>();
    expectTypeOf<ControlAnswer<'getSnapshot'>>().toEqualTypeOf<Schemas['StoreState']>();
    expectTypeOf<ControlAnswer<'restoreSnapshot'>>().toEqualTypeOf<Schemas['ClockReading']>();
    expectTypeOf<Fault>().not.toBeAny();
    expectTypeOf<Fault['times']>().toEqualTypeOf<number>();
    expectTypeOf<JournalEntry['operation']>().toEqualTypeOf<string | null>();
    expectTypeOf<StoreState['version']>().toEqualTypeOf<1>();
    expectTypeOf<StoreState['logs'][number]>().toEqualTypeOf<[string, Schemas['JsonObject'][]]>();
  });

  it("takes the spec's request shapes as arguments", () => {
    expectTypeOf(control.addDefinition).parameter(0).toEqualTypeOf<TaskDefinitionInput>();
    expectTypeOf(control.injectFault).parameter(0).toEqualTypeOf<FaultInput>();
    expectTypeOf(control.restore).parameter(0).toEqualTypeOf<StoreState>();
    expectTypeOf(control.runTask)
      .parameter(2)
      .toEqualTypeOf<
        { scenario?: Scenario; source?: TaskSource; variables?: Record<string, unknown> } | undefined
      >();
    expectTypeOf(control.requests)
      .parameter(0)
      .toEqualTypeOf<{ operation?: OperationName; taskRecordId?: string; since?: number } | undefined>();
    // A definition's optional fields are optional (the spec gives them defaults), the rest required.
    expectTypeOf<{ id: 'd'; detail: '{}' }>().toExtend<TaskDefinitionInput>();
    expectTypeOf<{ id: 'd' }>().not.toExtend<TaskDefinitionInput>();
    expectTypeOf<{ operation: 'stopTask'; status: 500 }>().toExtend<FaultInput>();
    expectTypeOf<{ operation: 'deleteTask'; status: 500 }>().not.toExtend<FaultInput>();
  });

  it('refuses wrong arguments at compile time', () => {
    // @ts-expect-error ms is a number
    control.advanceClock('5000');
    // @ts-expect-error a definition ID is a string
    control.runTask(42);
    // @ts-expect-error since is a number
    control.requests({ since: '3' });
    // @ts-expect-error the journal is filtered by an operationId of the task-record API (a typo fails)
    control.requests({ operation: 'getTaskRcord' });
    // @ts-expect-error a fault names an operation of the task-record API
    control.injectFault({ operation: 'runTask', status: 500 });
    // @ts-expect-error periodicTask is 0 or 1
    control.addDefinition({ id: 'd', detail: '{}', periodicTask: 2 });
    // @ts-expect-error the options are { baseUrl, fetch?, headers?, timeoutMs? }
    createMockControlClient({});
  });
});

describe('its errors', () => {
  it('narrow to MockControlError with the control operation, and to the network and timeout errors', () => {
    const error: unknown = new Error('x');
    if (isMockControlError(error, 400)) {
      expectTypeOf(error).toEqualTypeOf<MockControlError>();
      expectTypeOf(error.operation).toEqualTypeOf<MockControlOperation>();
      expectTypeOf(error.code).toEqualTypeOf<number>();
      expectTypeOf(error.httpStatus).toEqualTypeOf<number>();
    }
    if (isVwedNetworkError(error) || isVwedTimeoutError(error)) {
      expectTypeOf(error.operation).toEqualTypeOf<VwedOperation>();
    }
    expectTypeOf<MockControlOperation>().toEqualTypeOf<keyof operations>();
    expectTypeOf<MockControlOperation>().toExtend<VwedOperation>();
    expectTypeOf<'runTask'>().toExtend<MockControlOperation>();
    expectTypeOf<'getTaskRecord'>().not.toExtend<MockControlOperation>();
  });
});
