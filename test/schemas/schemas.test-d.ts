/**
 * Each zod schema infers exactly the type openapi-typescript generates from the same
 * spec: spec, types and schemas cannot drift apart.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { components } from '../../src/generated/vwed-task-record.js';
import type * as generated from '../../src/generated/vwed-task-record.zod.js';
import type * as schemas from '../../src/schemas/index.js';

type Schemas = components['schemas'];
type Infer<T extends z.ZodType> = z.infer<T>;

/** Exact type equality (not mere assignability), as expectTypeOf's toEqualTypeOf uses. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/**
 * For every schema of the spec, whether the generator's `z<Name>` infers its generated
 * type. A schema the generator skipped is a compile error here (no such export).
 */
type EveryGeneratedSchema = {
  [Name in keyof Schemas]: Equal<z.infer<(typeof generated)[`z${Name}`]>, Schemas[Name]>;
};

describe('zod schemas infer the generated types', () => {
  it('every schema of the spec, by the generator', () => {
    expectTypeOf<EveryGeneratedSchema>().toEqualTypeOf<{ [Name in keyof Schemas]: true }>();
  });

  it('the status and scalar schemas', () => {
    expectTypeOf<Infer<typeof schemas.idSchema>>().toEqualTypeOf<Schemas['Id']>();
    expectTypeOf<Infer<typeof schemas.timestampSchema>>().toEqualTypeOf<Schemas['Timestamp']>();
    expectTypeOf<Infer<typeof schemas.taskStatusSchema>>().toEqualTypeOf<Schemas['TaskStatus']>();
    expectTypeOf<Infer<typeof schemas.blockRecordStatusSchema>>().toEqualTypeOf<
      Schemas['BlockRecordStatus']
    >();
    expectTypeOf<Infer<typeof schemas.executionNodeStatusSchema>>().toEqualTypeOf<
      Schemas['ExecutionNodeStatus']
    >();
    expectTypeOf<Infer<typeof schemas.executionRecordStatusSchema>>().toEqualTypeOf<
      Schemas['ExecutionRecordStatus']
    >();
  });

  it('payloads', () => {
    expectTypeOf<Infer<typeof schemas.blockRecordSchema>>().toEqualTypeOf<Schemas['BlockRecord']>();
    expectTypeOf<Infer<typeof schemas.blockRecordDetailSchema>>().toEqualTypeOf<
      Schemas['BlockRecordDetail']
    >();
    expectTypeOf<Infer<typeof schemas.inputParamDefinitionSchema>>().toEqualTypeOf<
      Schemas['InputParamDefinition']
    >();
    expectTypeOf<Infer<typeof schemas.stopTaskResultSchema>>().toEqualTypeOf<Schemas['StopTaskResult']>();
    expectTypeOf<Infer<typeof schemas.executionRecordSchema>>().toEqualTypeOf<Schemas['ExecutionRecord']>();
    expectTypeOf<Infer<typeof schemas.executionLogSchema>>().toEqualTypeOf<Schemas['ExecutionLog']>();
    expectTypeOf<Infer<typeof schemas.executionNodeSchema>>().toEqualTypeOf<Schemas['ExecutionNode']>();
    expectTypeOf<Infer<typeof schemas.executionResultsSchema>>().toEqualTypeOf<Schemas['ExecutionResults']>();
    expectTypeOf<Infer<typeof schemas.taskRecordDetailSchema>>().toEqualTypeOf<Schemas['TaskRecordDetail']>();
    expectTypeOf<Infer<typeof schemas.retryTaskResultSchema>>().toEqualTypeOf<Schemas['RetryTaskResult']>();
    expectTypeOf<Infer<typeof schemas.updatedBlockSchema>>().toEqualTypeOf<Schemas['UpdatedBlock']>();
    expectTypeOf<Infer<typeof schemas.setTaskErrorRequestSchema>>().toEqualTypeOf<
      Schemas['SetTaskErrorRequest']
    >();
    expectTypeOf<Infer<typeof schemas.setTaskErrorResultSchema>>().toEqualTypeOf<
      Schemas['SetTaskErrorResult']
    >();
  });

  it('envelopes and error bodies', () => {
    expectTypeOf<Infer<typeof schemas.blockRecordListResponseSchema>>().toEqualTypeOf<
      Schemas['BlockRecordListResponse']
    >();
    expectTypeOf<Infer<typeof schemas.blockRecordDetailResponseSchema>>().toEqualTypeOf<
      Schemas['BlockRecordDetailResponse']
    >();
    expectTypeOf<Infer<typeof schemas.stopTaskResponseSchema>>().toEqualTypeOf<Schemas['StopTaskResponse']>();
    expectTypeOf<Infer<typeof schemas.executionResultsResponseSchema>>().toEqualTypeOf<
      Schemas['ExecutionResultsResponse']
    >();
    expectTypeOf<Infer<typeof schemas.taskRecordDetailResponseSchema>>().toEqualTypeOf<
      Schemas['TaskRecordDetailResponse']
    >();
    expectTypeOf<Infer<typeof schemas.retryTaskResponseSchema>>().toEqualTypeOf<
      Schemas['RetryTaskResponse']
    >();
    expectTypeOf<Infer<typeof schemas.setTaskErrorResponseSchema>>().toEqualTypeOf<
      Schemas['SetTaskErrorResponse']
    >();
    expectTypeOf<Infer<typeof schemas.errorResponseSchema>>().toEqualTypeOf<Schemas['ErrorResponse']>();
    expectTypeOf<Infer<typeof schemas.setTaskErrorFailureSchema>>().toEqualTypeOf<
      Schemas['SetTaskErrorFailure']
    >();
    expectTypeOf<Infer<typeof schemas.validationErrorResponseSchema>>().toEqualTypeOf<
      Schemas['ValidationErrorResponse']
    >();
  });

  it('the recursion keeps its type: children are ExecutionNodes, not any', () => {
    type Children = Infer<typeof schemas.executionNodeSchema>['children'];
    expectTypeOf<Children>().toEqualTypeOf<Schemas['ExecutionNode'][]>();
    expectTypeOf<Children>().not.toBeAny();
    expectTypeOf<Children[number]>().not.toBeAny();
  });
});
