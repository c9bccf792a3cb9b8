/** What a user's editor sees: method return types and error narrowing. */
import { describe, expectTypeOf, it } from 'vitest';
import {
  type BlockRecord,
  type BlockRecordDetail,
  createTaskRecordClient,
  type ExecutionNode,
  isVwedApiError,
  isVwedError,
  isVwedTimeoutError,
  isVwedValidationError,
  type paths,
  type RetryTaskResult,
  type SetTaskErrorResult,
  type StopTaskResult,
  type TaskRecordDetail,
  type TaskStatus,
  TaskStatus as TaskStatusCodes,
  type ValidationIssue,
  type VwedApiError,
  type VwedError,
  type VwedOperation,
} from '../../src/index.js';

const client = createTaskRecordClient({ baseUrl: 'http://engine.test' });

describe('client methods', () => {
  it('resolve with the unwrapped data types', () => {
    expectTypeOf(client.getBlockRecords('x')).resolves.toEqualTypeOf<BlockRecord[]>();
    expectTypeOf(client.getBlockRecord('x')).resolves.toEqualTypeOf<BlockRecordDetail>();
    expectTypeOf(client.stopTask('x')).resolves.toEqualTypeOf<StopTaskResult>();
    expectTypeOf(client.getExecutionResults('x')).resolves.toEqualTypeOf<ExecutionNode | ExecutionNode[]>();
    expectTypeOf(client.getTaskRecord('x')).resolves.toEqualTypeOf<TaskRecordDetail>();
    expectTypeOf(client.retryTask('x')).resolves.toEqualTypeOf<RetryTaskResult>();
    expectTypeOf(client.setTaskError('x', 'reason')).resolves.toEqualTypeOf<SetTaskErrorResult>();
    expectTypeOf(client.waitForTask('x')).resolves.toEqualTypeOf<TaskRecordDetail>();
  });

  it('take an optional signal as the last argument', () => {
    expectTypeOf(client.getTaskRecord).parameter(1).toEqualTypeOf<{ signal?: AbortSignal } | undefined>();
    expectTypeOf(client.setTaskError).parameter(2).toEqualTypeOf<{ signal?: AbortSignal } | undefined>();
    // @ts-expect-error an ID is a string
    client.getTaskRecord(42);
    // @ts-expect-error set-error needs a reason
    client.setTaskError('x');
  });

  it('keep status codes open, with the known codes as literal types', () => {
    expectTypeOf<3999>().toExtend<TaskStatus>();
    expectTypeOf<'1000'>().not.toExtend<TaskStatus>();
    expectTypeOf(TaskStatusCodes.cancelled).toEqualTypeOf<2001>();
    expectTypeOf(TaskStatusCodes.paused).toEqualTypeOf<2002>();
  });

  it('return what the spec says each operation answers in data', () => {
    // The success envelope's data: under ruling R4 the 200 response also admits failures.
    type Data<P extends keyof paths, M extends 'get' | 'post'> = paths[P][M] extends {
      responses: { 200: { content: { 'application/json': infer Body } } };
    }
      ? Extract<Body, { data: unknown }>['data']
      : never;
    expectTypeOf(client.getBlockRecords('x')).resolves.toEqualTypeOf<
      Data<'/blocks/{task_record_id}', 'get'>
    >();
    expectTypeOf(client.getBlockRecord('x')).resolves.toEqualTypeOf<
      Data<'/block/{block_record_id}', 'get'>
    >();
    expectTypeOf(client.stopTask('x')).resolves.toEqualTypeOf<Data<'/stop/{task_record_id}', 'post'>>();
    expectTypeOf(client.getExecutionResults('x')).resolves.toEqualTypeOf<
      Data<'/execution/block/results/{task_record_id}', 'get'>
    >();
    expectTypeOf(client.getTaskRecord('x')).resolves.toEqualTypeOf<Data<'/detail/{task_record_id}', 'get'>>();
    expectTypeOf(client.retryTask('x')).resolves.toEqualTypeOf<Data<'/retry/{task_record_id}', 'post'>>();
    expectTypeOf(client.setTaskError('x', 'r')).resolves.toEqualTypeOf<
      Data<'/set-error/{task_record_id}', 'post'>
    >();
  });
});

describe('errors', () => {
  it('narrow with the guards', () => {
    const error: unknown = new Error('x');
    if (isVwedApiError(error, 404)) {
      expectTypeOf(error).toEqualTypeOf<VwedApiError>();
      expectTypeOf(error.code).toEqualTypeOf<number>();
      expectTypeOf(error.httpStatus).toEqualTypeOf<number>();
      expectTypeOf(error.body).toEqualTypeOf<unknown>();
      expectTypeOf(error.operation).toEqualTypeOf<VwedOperation>();
      expectTypeOf(error.name).toEqualTypeOf<'VwedApiError'>();
    }
    if (isVwedTimeoutError(error)) expectTypeOf(error.timeoutMs).toEqualTypeOf<number>();
    if (isVwedValidationError(error)) expectTypeOf(error.issues).toEqualTypeOf<readonly ValidationIssue[]>();
    if (isVwedError(error)) expectTypeOf(error).toExtend<Error>();
    expectTypeOf<VwedApiError>().toExtend<VwedError>();
  });
});
