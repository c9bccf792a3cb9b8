/**
 * `--state FILE`: what the server promised to keep survives a close, a restart and a kill -9
 * in the middle of its writes; a file it cannot read stops the start and is left as it was.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMockStore, defineTask } from '../../mocks/index.js';
import { startMockServer } from '../../mocks/server/start-mock-server.js';
import { StateFileWriter, stateWriteDelayMs } from '../../mocks/server/state-file.js';
import { definition, simple } from '../mocks/definitions.js';
import { HEAVY_TIMEOUT_MS, SPAWN_TIMEOUT_MS } from '../timeouts.js';
import { exitWithin, runCli, serverUrl } from './cli-process.js';
import { request, startTestServer } from './harness.js';

// A directory per test, all removed after the file: a server still closing after its test
// (the harness closes it) must still find its directory to write its last state.
let parent: string;
let directory: string;
beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'vwed-state-'));
});
beforeEach(async () => {
  directory = await mkdtemp(join(parent, 'test-'));
});
afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The tasks in the state file now (an unreadable file reads as none). */
async function tasksOnDisk(file: string): Promise<string[]> {
  try {
    const state = JSON.parse(await readFile(file, 'utf8')) as { tasks: { id: string }[] };
    return state.tasks.map((task) => task.id);
  } catch {
    return [];
  }
}

/** The tasks on disk once `id` is among them, polled without a close: at most about 1 s. */
async function tasksOnDiskOnce(file: string, id: string): Promise<string[]> {
  let onDisk: string[] = [];
  for (let wait = 0; wait < 40 && !onDisk.includes(id); wait++) {
    await sleep(25);
    onDisk = await tasksOnDisk(file);
  }
  return onDisk;
}

async function runTask(url: string, definitionId: string): Promise<string> {
  const response = await fetch(`${url}/__mock/tasks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ definitionId }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { taskRecordId: string }).taskRecordId;
}

// Each test polls the disk or waits for writes of states of up to a few MB.
describe('the state file', { timeout: HEAVY_TIMEOUT_MS }, () => {
  it('is written soon after a change and on close, and a new server starts from it', async () => {
    const file = join(directory, 'state.json');
    const server = await startTestServer({ stateFile: file, seed: 'empty' });
    // It exists from the start.
    expect(await tasksOnDisk(file)).toEqual([]);
    server.store.addDefinition(definition('d', [{ id: 1, name: 'b1', blockType: 'PrintBp' }]));
    const id = await runTask(server.url, 'd');
    expect(await tasksOnDiskOnce(file, id)).toEqual([id]);

    await request(server, 'POST', '/__mock/clock/advance', { json: { ms: 10_000 } });
    await server.close();
    const saved = JSON.parse(await readFile(file, 'utf8'));
    expect(saved.tasks[0].status).toBe(1000);
    // Nothing left beside it: the temporary file was renamed over it.
    expect(await readdir(directory)).toEqual(['state.json']);

    const again = await startTestServer({ stateFile: file, seed: 'demo' });
    const detail = await request(again, 'GET', `/api/vwed-task-record/detail/${id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ data: { id, status: 1000 } });
    // The file's state, not the seed's.
    expect(again.store.snapshot().tasks).toHaveLength(1);
  });

  it('writes changes made to the store directly, and keeps no request journal', async () => {
    const file = join(directory, 'state.json');
    const server = await startTestServer({ stateFile: file, seed: 'empty' });
    await request(server, 'GET', '/api/vwed-task-record/blocks/x');
    server.store.addDefinition(definition('d', [{ id: 1, name: 'b1', blockType: 'PrintBp' }]));
    const id = server.store.runTask('d');
    expect(await tasksOnDiskOnce(file, id)).toEqual([id]);
    expect(JSON.parse(await readFile(file, 'utf8')).requests).toEqual([]);
  });

  it('writes what an operation changes, and nothing for a read that changes nothing', async () => {
    const file = join(directory, 'state.json');
    const server = await startTestServer({ stateFile: file, seed: 'empty' });
    server.store.addDefinition(
      definition('d', [
        { id: 1, name: 'b1', blockType: 'DelayBp', inputParams: { timeMillis: simple(5_000) } },
      ]),
    );
    const id = server.store.runTask('d');
    expect(await tasksOnDiskOnce(file, id)).toEqual([id]);
    await sleep(100); // the last write has landed
    const before = await stat(file);
    await request(server, 'GET', `/api/vwed-task-record/detail/${id}`);
    await sleep(100);
    expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);

    expect((await request(server, 'POST', `/api/vwed-task-record/stop/${id}`)).status).toBe(200);
    let status: number | undefined;
    for (let wait = 0; wait < 40 && status !== 2001; wait++) {
      await sleep(25);
      status = JSON.parse(await readFile(file, 'utf8')).tasks[0]?.status;
    }
    expect(status).toBe(2001);
  });

  it('never runs two writes at once: a change during a write, then a flush', async () => {
    const store = createMockStore({ seed: 'demo' });
    // A state of a few MB, so that a write takes long enough to be overlapped.
    for (let index = 0; index < 300; index++) store.runTask('demo-transport');
    const file = join(directory, 'state.json');
    const errors: Error[] = [];
    const writer = new StateFileWriter(file, store, (error) => errors.push(error));
    for (let round = 0; round < 5; round++) {
      writer.changed();
      await sleep(stateWriteDelayMs + 2); // the write has started
      store.runTask('demo-inspection');
      writer.changed(); // during the write: written when it ends
      await writer.flush();
    }
    expect(errors).toEqual([]);
    expect(await tasksOnDisk(file)).toHaveLength(store.snapshot().tasks.length);
    expect(await readdir(directory)).toEqual(['state.json']);
  });

  it('keeps a change whose write failed, writes it on the next flush, and close() reports a write that fails', async () => {
    const folder = join(directory, 'data');
    await mkdir(folder);
    const file = join(folder, 'state.json');
    const server = await startTestServer({ stateFile: file, seed: 'empty', onError: () => {} });
    server.store.addDefinition(definition('d', [{ id: 1, name: 'b1', blockType: 'PrintBp' }]));
    await rm(folder, { recursive: true, maxRetries: 10 }); // retried: a write in flight may add a file meanwhile (ENOTEMPTY)
    const id = server.store.runTask('d');
    await sleep(100); // its write fails: no directory
    await mkdir(folder);
    await server.close();
    expect(await tasksOnDisk(file)).toEqual([id]);

    const again = await startMockServer({ port: 0, stateFile: file, onError: () => {} });
    await rm(folder, { recursive: true, maxRetries: 10 }); // retried: a write in flight may add a file meanwhile (ENOTEMPTY)
    // A change to write (a read would be none).
    await request(again, 'POST', '/__mock/faults', { json: { operation: 'stopTask', status: 500 } });
    await expect(again.close()).rejects.toThrow(/ENOENT/);
  });

  it('removes temporary files a killed server left behind', async () => {
    const file = join(directory, 'state.json');
    await writeFile(join(directory, '.state.json.999.3.tmp'), '{"half": ');
    await startTestServer({ stateFile: file, seed: 'empty' });
    expect(await readdir(directory)).toEqual(['state.json']);
  });

  it.each([
    ['not JSON', '{"version": 1, "tasks": [', 'not valid JSON'],
    ['JSON that is no state', '[1, 2, 3]', 'does not hold a mock state'],
  ])('stops the start on a file that is %s, and leaves the file untouched', async (_, content, said) => {
    const file = join(directory, 'state.json');
    await writeFile(file, content);
    await expect(startMockServer({ port: 0, stateFile: file })).rejects.toThrow(said);
    expect(await readFile(file, 'utf8')).toBe(content);
    expect(await readdir(directory)).toEqual(['state.json']);
  });

  it('starts from a state file that begins with a UTF-8 byte-order mark (some editors add one)', async () => {
    const source = createMockStore({ seed: 'empty' });
    source.addDefinition(defineTask('t1', '示例任务', [{ id: 1, name: 'b1', blockType: 'PrintBp' }]));
    const id = source.runTask('t1');
    const file = join(directory, 'state.json');
    await writeFile(file, `\uFEFF${JSON.stringify(source.snapshot())}`);
    const server = await startMockServer({ port: 0, stateFile: file });
    try {
      expect(server.store.snapshot().tasks.map((task) => task.id)).toContain(id);
    } finally {
      await server.close();
    }
  });

  it.each([
    ['two byte-order marks', Buffer.from(`\uFEFF\uFEFF${JSON.stringify({ version: 1 })}`), 'not valid JSON'],
    [
      'UTF-16 with its byte-order mark',
      Buffer.from(`\uFEFF${JSON.stringify({ version: 1 })}`, 'utf16le'),
      'not UTF-8',
    ],
    [
      'JSON with a byte that is not UTF-8 in a string',
      Buffer.from([...Buffer.from('{"a": "'), 0xff, ...Buffer.from('"}')]),
      'not UTF-8',
    ],
  ])('stops the start on a file of %s, and leaves the file byte-identical', async (_, bytes, said) => {
    const file = join(directory, 'state.json');
    await writeFile(file, bytes);
    await expect(startMockServer({ port: 0, stateFile: file })).rejects.toThrow(said);
    expect(Buffer.compare(await readFile(file), bytes)).toBe(0);
    expect(await readdir(directory)).toEqual(['state.json']);
  });

  it('stops the start when the file cannot be written, saying why about the file named, once', async () => {
    const file = join(directory, 'missing-directory', 'state.json');
    const onError = vi.fn();
    await expect(startMockServer({ port: 0, stateFile: file, onError })).rejects.toThrow(
      `[vwed] cannot write the state file ${file}: its folder ${join(directory, 'missing-directory')} does not exist (ENOENT)`,
    );
    // Regression: the CLI printed it twice, once through onError, and named the temporary file.
    expect(onError).not.toHaveBeenCalled();
  });

  it('the CLI says once that it cannot write the state file at start, and exits 1', {
    timeout: SPAWN_TIMEOUT_MS,
  }, async () => {
    const file = join(directory, 'missing-directory', 'state.json');
    const run = runCli(['--port', '0', '--state', file]);
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toBe(
      `vwed-mock-server: cannot write the state file ${file}: its folder ${join(directory, 'missing-directory')} does not exist (ENOENT)\n`,
    );
  });

  it('the CLI says so in one line with one prefix and exits 1 on an unreadable state file', {
    timeout: SPAWN_TIMEOUT_MS,
  }, async () => {
    const file = join(directory, 'state.json');
    await writeFile(file, 'garbage');
    const run = runCli(['--port', '0', '--state', file]);
    expect(await run.exited).toBe(1);
    // Regression: `vwed-mock-server: [vwed] the state file ...`, two prefixes.
    const lines = run.stderr().split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^vwed-mock-server: the state file ${escapeRegExp(file)} is not valid JSON \\(.+\\); it was left untouched\\. ` +
          'Move it away, or pass another state file \\(--state, or the stateFile option\\)\\.$',
      ),
    );
    expect(await readFile(file, 'utf8')).toBe('garbage');
  });

  it('names the check that refused a file of JSON with one prefix, not two', async () => {
    const file = join(directory, 'state.json');
    await writeFile(file, '[1, 2, 3]');
    const error = (await startMockServer({ port: 0, stateFile: file }).catch(
      (caught: unknown) => caught,
    )) as Error;
    expect(error.message).toContain(
      `[vwed] the state file ${file} does not hold a mock state (createMockStore: option snapshot must be`,
    );
    expect(error.message.match(/\[vwed\]/g)).toHaveLength(1);
  });

  it('the CLI reports a state write that failed, and the stop that could not write, with one prefix each', {
    timeout: SPAWN_TIMEOUT_MS,
  }, async () => {
    const folder = join(directory, 'data');
    await mkdir(folder);
    const file = join(folder, 'state.json');
    const run = runCli(['--port', '0', '--speed', '0', '--seed', 'empty', '--state', file]);
    const url = await serverUrl(run);
    await rm(folder, { recursive: true, maxRetries: 10 }); // retried: a write in flight may add a file meanwhile (ENOTEMPTY)
    // A change, so a write, which fails: the directory is gone.
    const advanced = await fetch(`${url}/__mock/clock/advance`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ms: 1 }),
    });
    expect(advanced.status).toBe(200);
    const deadline = Date.now() + 10_000;
    while (!run.stderr().includes('\n') && Date.now() < deadline) await sleep(20);
    expect(run.stderr()).toMatch(
      new RegExp(
        `^vwed-mock-server: cannot write the state file ${escapeRegExp(file)}: its folder ${escapeRegExp(folder)} does not exist \\(ENOENT\\)\\n$`,
      ),
    );
    run.child.kill('SIGTERM');
    expect(await exitWithin(run, 5_000)).toBe(1);
    const lines = run.stderr().split('\n').filter(Boolean);
    // The retry at the stop fails the same way: not reported twice (each try's temporary file
    // has a new name, so comparing messages would have).
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^vwed-mock-server: the state could not be written: ENOENT/);
    expect(run.stderr()).not.toContain('[vwed]');
  });

  it('the CLI writes the last change on SIGTERM', { timeout: SPAWN_TIMEOUT_MS }, async () => {
    const file = join(directory, 'state.json');
    const run = runCli(['--port', '0', '--speed', '0', '--seed', 'demo', '--state', file]);
    const url = await serverUrl(run);
    const id = await runTask(url, 'demo-transport');
    run.child.kill('SIGTERM');
    expect(await exitWithin(run, 2_000)).toBe(0);
    expect(await tasksOnDisk(file)).toContain(id);
  });

  it('keeps every mutation acknowledged 200 ms before a kill -9 in the middle of writes', {
    timeout: SPAWN_TIMEOUT_MS,
  }, async () => {
    const file = join(directory, 'state.json');
    const first = runCli(['--port', '0', '--speed', '0', '--seed', 'demo', '--state', file]);
    const url = await serverUrl(first);
    // A stream of mutations from 4 clients at once; each acknowledgement is timed.
    const acknowledged: { id: string; at: number }[] = [];
    let streaming = true;
    const client = async () => {
      while (streaming) {
        try {
          const id = await runTask(url, 'demo-transport');
          acknowledged.push({ id, at: Date.now() });
        } catch {
          return; // the server is gone
        }
      }
    };
    const clients = Array.from({ length: 4 }, client);
    await sleep(1_500);
    first.child.kill('SIGKILL');
    const killedAt = Date.now();
    streaming = false;
    await Promise.all(clients);
    expect(await first.exited).toBe('SIGKILL');

    const promised = acknowledged.filter((entry) => entry.at < killedAt - 200);
    // The stream really ran, and the kill came while the server was still being written to.
    expect(promised.length).toBeGreaterThan(20);
    expect(acknowledged.length).toBeGreaterThan(promised.length);

    const second = runCli(['--port', '0', '--speed', '0', '--state', file]);
    const again = await serverUrl(second);
    const snapshot = (await (await fetch(`${again}/__mock/snapshot`)).json()) as { tasks: { id: string }[] };
    const kept = new Set(snapshot.tasks.map((task) => task.id));
    expect(promised.filter((entry) => !kept.has(entry.id))).toEqual([]);
    for (const { id } of promised.slice(-5)) {
      expect((await fetch(`${again}/api/vwed-task-record/detail/${id}`)).status).toBe(200);
    }
    second.child.kill('SIGTERM');
    expect(await exitWithin(second, 2_000)).toBe(0);
  });
});
