/**
 * Type tests of the generated types and their named aliases: what a user's editor
 * shows must match the spec (nullability, open status codes, the two result shapes).
 */
import { describe, expectTypeOf, it } from 'vitest';
import type {
  BlockRecord,
  ErrorResponse,
  ExecutionNode,
  ExecutionResults,
  paths,
  SetTaskErrorResult,
  TaskRecordDetail,
  TaskStatus,
} from '../src/index.js';

/** Whatever an HTTP 200 may carry: the success envelope, or under ruling R4 a failure one. */
type Body200<Path extends keyof paths, Method extends 'get' | 'post'> = paths[Path][Method] extends {
  responses: { 200: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;

type SuccessBody<Path extends keyof paths, Method extends 'get' | 'post'> = Extract<
  Body200<Path, Method>,
  { data: unknown }
>;

describe('generated types', () => {
  it('type each success envelope with its data', () => {
    expectTypeOf<SuccessBody<'/detail/{task_record_id}', 'get'>['data']>().toEqualTypeOf<TaskRecordDetail>();
    expectTypeOf<SuccessBody<'/blocks/{task_record_id}', 'get'>['data']>().toEqualTypeOf<BlockRecord[]>();
    expectTypeOf<SuccessBody<'/detail/{task_record_id}', 'get'>['code']>().toEqualTypeOf<200>();
    expectTypeOf<SuccessBody<'/set-error/{task_record_id}', 'post'>['success']>().toEqualTypeOf<true>();
    expectTypeOf<
      SuccessBody<'/set-error/{task_record_id}', 'post'>['data']
    >().toEqualTypeOf<SetTaskErrorResult>();
  });

  it('admit a failure envelope under HTTP 200 (ruling R4: a server may send failures as 200)', () => {
    expectTypeOf<ErrorResponse>().toExtend<Body200<'/detail/{task_record_id}', 'get'>>();
    expectTypeOf<{ success: false; code: number; message: string }>().toExtend<
      Body200<'/set-error/{task_record_id}', 'post'>
    >();
    expectTypeOf<ErrorResponse>().not.toExtend<SuccessBody<'/detail/{task_record_id}', 'get'>>();
  });

  it('keep status codes open to unknown integers', () => {
    expectTypeOf<3999>().toExtend<TaskStatus>();
    expectTypeOf<'1000'>().not.toExtend<TaskStatus>();
  });

  it('make nullable what the examples show as null', () => {
    expectTypeOf<BlockRecord['ended_on']>().toEqualTypeOf<string | null>();
    expectTypeOf<TaskRecordDetail['created_at']>().toEqualTypeOf<string>();
    expectTypeOf<TaskRecordDetail['parent_task_record_id']>().toEqualTypeOf<string | null>();
    expectTypeOf<ExecutionNode['executionRecord']['recordId']>().toEqualTypeOf<string | null>();
  });

  it('type the execution results as a node or, in flat mode, an array of nodes', () => {
    expectTypeOf<ExecutionResults>().toEqualTypeOf<ExecutionNode | ExecutionNode[]>();
    expectTypeOf<ExecutionNode['children']>().toEqualTypeOf<ExecutionNode[]>();
  });

  it('require a string error_reason for setTaskError', () => {
    type Body = paths['/set-error/{task_record_id}']['post']['requestBody'];
    expectTypeOf<Body>().toEqualTypeOf<{ content: { 'application/json': { error_reason: string } } }>();
  });
});
