/**
 * The client in a Node program, from start to finish, against the reference server started
 * in this same process. Run it with `npm run example`.
 *
 * It shows, in order:
 *   1. run a task and follow it with `waitForTask`, then draw its execution tree;
 *   2. stop a running task, then stop it again and get a typed 400 error;
 *   3. a run whose block fails: find the failed block, retry it, follow the new run;
 *   4. set-error on a running task;
 *   5. a typed 404 for an unknown task record.
 *
 * Against a real engine, drop `startMockServer` and give the client the engine's URL.
 * Runs are started here through `server.store`, the mock's set-up API: the task-record API
 * reads and acts on runs, it does not start them.
 */
import {
  createTaskRecordClient,
  formatExecutionTree,
  isVwedApiError,
  normalizeExecutionResults,
  statusLabel,
  summarizeExecutionTree,
  type TaskRecordDetail,
  type VwedApiError,
} from '@vwed/task-record';
import { startMockServer } from '@vwed/task-record/server';

/**
 * How fast the mock engine runs against wall time. The `demo-transport` task waits 20 s in
 * its `b4` DelayBp (about 20.4 s in all): at 40x that is about half a second of real time.
 */
const speed = 40;
/** How often `waitForTask` polls, and how long it may wait, in real milliseconds. */
const wait = { intervalMs: 50, timeoutMs: 10_000 };
/** Options of `store.runTask`: a scenario that keeps a run in its b4 delay for ten minutes. */
const longDrive = { scenario: { blocks: { b4: { durationMs: 600_000 } } } };
/** Color the tree's status labels only for a terminal, not when the output is piped. */
const color = process.stdout.isTTY === true;

function heading(title: string): void {
  console.log(`\n== ${title} ==`);
}

/** One line for a task record: its status code and English label, and why it ended. */
function describeTask(detail: TaskRecordDetail): string {
  const label = statusLabel(detail.status, { vocabulary: 'task' });
  const reason = detail.ended_reason === null ? '' : `, ended_reason: ${detail.ended_reason}`;
  return `status ${detail.status} (${label})${reason}`;
}

/**
 * Awaits a call that must fail with a `VwedApiError`, and returns that error. Anything
 * else (a success, another error) is a bug of this example: it throws.
 */
async function expectApiError(call: Promise<unknown>): Promise<VwedApiError> {
  try {
    await call;
  } catch (error) {
    if (isVwedApiError(error)) return error;
    throw error;
  }
  throw new Error('expected the call to fail with a VwedApiError, but it succeeded');
}

function printApiError(error: VwedApiError): void {
  // `code` is the body's code (or the HTTP status without one); `message` is the server's, verbatim.
  console.log(
    `VwedApiError ${error.code} (HTTP ${error.httpStatus}) from ${error.operation}: ${error.message}`,
  );
}

/** Throws when a task did not end as the example expects: the script then exits non-zero. */
function expectStatus(detail: TaskRecordDetail, status: number): void {
  if (detail.status !== status)
    throw new Error(`task ${detail.id}: expected ${status}, got ${describeTask(detail)}`);
}

async function main(): Promise<void> {
  // Port 0: a free port. The `demo` seed adds the demo definitions (and a few runs of its own).
  const server = await startMockServer({ port: 0, seed: 'demo', speed });
  try {
    const client = createTaskRecordClient({ baseUrl: server.url });
    console.log(`reference server at ${server.url} (engine speed ${speed}x)`);

    heading('1. Run a task and follow it with waitForTask');
    const runId = server.store.runTask('demo-transport', { from: 'AP1', to: 'AP7' });
    console.log(`started demo-transport, task record ${runId}`);
    let lastStatus: number | undefined;
    const finished = await client.waitForTask(runId, {
      ...wait,
      // Called on the first poll and whenever the detail changes; print status changes only.
      onUpdate: (detail) => {
        if (detail.status !== lastStatus) console.log(`  update: ${describeTask(detail)}`);
        lastStatus = detail.status;
      },
    });
    expectStatus(finished, 1000);
    // Times are the engine's: at 40x its 20 s delay took about half a second of ours.
    console.log(`finished: ${describeTask(finished)}, execution_time ${finished.execution_time} ms`);
    // The tree comes nested, or flat when the server cannot read the definition: normalize first.
    const tree = normalizeExecutionResults(await client.getExecutionResults(runId));
    console.log(`execution tree (${tree.mode}):`);
    console.log(formatExecutionTree(tree.root, { locale: 'en', color }));

    heading('2. Stop a running task, then stop it again');
    // A scenario makes b4's delay ten minutes long: the run cannot end before the stop arrives.
    const stoppingId = server.store.runTask('demo-transport', { from: 'AP2', to: 'AP8' }, longDrive);
    const stopped = await client.stopTask(stoppingId);
    console.log('stopTask result:', stopped);
    // A second stop is refused: the task has already ended (400 任务终止失败 ...).
    const refused = await expectApiError(client.stopTask(stoppingId));
    printApiError(refused);

    heading('3. A failed run: find the failed block, retry, follow the new run');
    const failingId = server.store.runTask(
      'demo-transport',
      { from: 'AP3', to: 'AP9' },
      { scenario: { blocks: { b3: { fail: '举升机构故障' } } } },
    );
    const failed = await client.waitForTask(failingId, wait);
    expectStatus(failed, 2000);
    console.log(`task record ${failingId}: ${describeTask(failed)}`);
    const summary = summarizeExecutionTree(
      normalizeExecutionResults(await client.getExecutionResults(failingId)).root,
    );
    const first = summary.firstFailure;
    if (first) {
      const path = first.path.map((node) => node.blockName).join(' > ');
      console.log(
        `failed block: ${first.node.blockName} (${first.node.blockType}) at ${path}, reason: ${first.reason}`,
      );
    }
    const retried = await client.retryTask(failingId);
    console.log(`retryTask: new task record ${retried.new_task_record_id}`);
    const rerun = await client.waitForTask(retried.new_task_record_id, wait);
    expectStatus(rerun, 1000);
    console.log(`retried run: ${describeTask(rerun)}`);

    heading('4. Set-error on a running task');
    const erringId = server.store.runTask('demo-transport', { from: 'AP4', to: 'AP6' }, longDrive);
    // Let it get into its blocks first (30 ms here is 1.2 s of engine time: it is in b4's delay).
    await new Promise((resolve) => setTimeout(resolve, 30));
    const errored = await client.setTaskError(erringId, '现场人工干预');
    console.log('setTaskError result:', errored);

    heading('5. An unknown task record');
    const notFound = await expectApiError(client.getTaskRecord('no-such-record'));
    printApiError(notFound);
    // The guard narrows by code too: the usual way to branch on one failure.
    console.log(`isVwedApiError(error, 404): ${isVwedApiError(notFound, 404)}`);

    console.log('\ndone');
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error('the example failed:', error);
  process.exitCode = 1;
});
