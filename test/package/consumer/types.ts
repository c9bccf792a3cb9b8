// A strict TypeScript consumer of every entry point. The package test copies it to .mts and
// .cts and type-checks it under moduleResolution node16, nodenext and bundler: each import
// must resolve to the declarations of its build, and the types must be real, not `any`
// (each @ts-expect-error below fails the check when its line stops being an error).
import { MutationObserver, QueryClient, QueryObserver } from '@tanstack/query-core';
import {
  type BlockRecord,
  createTaskRecordClient,
  type ExecutionResults,
  isVwedApiError,
  normalizeExecutionResults,
  summarizeExecutionTree,
  type TaskRecordClient,
  type TaskRecordDetail,
  TaskStatus,
} from '@vwed/task-record';
import {
  createMockControlClient,
  isMockControlError,
  type JournalEntry,
  type MockControlClient,
  type StoreState,
} from '@vwed/task-record/control';
import { createMockStore, createTaskRecordHandlers, defineTask, simple } from '@vwed/task-record/mocks';
import {
  type SetTaskErrorVariables,
  taskRecordKeys,
  taskRecordMutations,
  taskRecordQueries,
} from '@vwed/task-record/query';
import { stopTaskResponseSchema } from '@vwed/task-record/schemas';
import { type MockServer, startMockServer } from '@vwed/task-record/server';
import { setupServer } from 'msw/node';

export async function tour(): Promise<number> {
  const client: TaskRecordClient = createTaskRecordClient({
    baseUrl: 'http://engine.test',
    timeoutMs: 5_000,
  });
  const store = createMockStore({ seed: 'empty' });
  store.addDefinition(
    defineTask('t1', '示例任务', [
      { id: 1, name: 'b1', blockType: 'PrintBp', inputParams: { message: simple('hi') } },
    ]),
  );
  const server = setupServer(...createTaskRecordHandlers({ store }));
  server.listen();

  const id: string = store.runTask('t1');
  store.runUntilIdle();
  const detail: TaskRecordDetail = await client.getTaskRecord(id);
  const status: number = detail.status;
  // @ts-expect-error a task status is a number, not a string
  const wrong: string = detail.status;
  const results: ExecutionResults = await client.getExecutionResults(id);
  const failed: number = summarizeExecutionTree(normalizeExecutionResults(results).root).counts.failed;
  try {
    await client.stopTask(id);
  } catch (error) {
    if (isVwedApiError(error, 400)) console.log(error.code, error.message);
  }
  // @ts-expect-error setTaskError needs a reason
  await client.setTaskError(id);

  const parsed = stopTaskResponseSchema.safeParse({});
  if (parsed.success) console.log(parsed.data.data.status);

  // ./query with query-core's own classes (the options infer their data types, keys are tagged).
  const queryClient = new QueryClient();
  const queries = taskRecordQueries(client, { pollIntervalMs: 500 });
  const fetched: TaskRecordDetail = await queryClient.fetchQuery(queries.detail(id));
  const observed: BlockRecord[] | undefined = new QueryObserver(
    queryClient,
    queries.blocks(id),
  ).getCurrentResult().data;
  const cached: TaskRecordDetail | undefined = queryClient.getQueryData(taskRecordKeys.detail(id));
  // @ts-expect-error the key is tagged with the detail: its status is a number
  const wrongCache: string | undefined = queryClient.getQueryData(taskRecordKeys.detail(id))?.status;
  const mutations = taskRecordMutations(client, queryClient);
  const variables: SetTaskErrorVariables = { taskRecordId: id, errorReason: '现场人工干预' };
  const setError = new MutationObserver(queryClient, mutations.setError);
  await setError.mutate(variables);
  // @ts-expect-error set-error takes { taskRecordId, errorReason }, not an ID
  await setError.mutate(id);
  console.log(fetched.status, observed?.length, cached?.status, wrongCache);

  const mockServer: MockServer = await startMockServer({ port: 0, seed: 'demo', speed: 0 });
  // @ts-expect-error the port is a number
  const port: string = mockServer.port;
  const control: MockControlClient = createMockControlClient({ baseUrl: mockServer.url });
  const taskRecordId: string = await control.runTask('demo-transport', {}, { scenario: { blocks: {} } });
  const { now }: { now: string } = await control.advanceClock(1_000);
  const journal: JournalEntry[] = await control.requests({ taskRecordId, since: 0 });
  const state: StoreState = await control.snapshot();
  // @ts-expect-error ms is a number
  await control.advanceClock('1000');
  // @ts-expect-error the journal's entries are typed, not any
  const seq: string = journal[0]?.seq;
  try {
    await control.restore(state);
  } catch (error) {
    if (isMockControlError(error, 400)) console.log(error.operation, error.httpStatus);
  }
  await mockServer.close();
  console.log(now, seq);
  server.close();
  console.log(wrong, port);
  return status === TaskStatus.success ? failed : -1;
}
