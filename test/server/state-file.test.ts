/**
 * `--state FILE`: what the server promised to keep survives a close, a restart and a kill -9
 * in the middle of its writes; a file it cannot read stops the start and is left as it was.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startMockServer } from '../../mocks/server/start-mock-server.js';
import { definition } from '../mocks/definitions.js';
import { exitWithin, runCli, serverUrl } from './cli-process.js';
import { request, startTestServer } from './harness.js';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'vwed-state-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The tasks in the state file now (an unreadable file reads as none). */
async function tasksOnDisk(file: string): Promise<string[]> {
  try {
    const state = JSON.parse(await readFile(file, 'utf8')) as { tasks: { id: string }[] };
    return state.tasks.map((task) => task.id);
  } catch {
    return [];
  }
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

describe('the state file', () => {
  it('is written soon after a change and on close, and a new server starts from it', async () => {
    const file = join(directory, 'state.json');
    const server = await startTestServer({ stateFile: file, seed: 'empty' });
    // It exists from the start.
    expect(await tasksOnDisk(file)).toEqual([]);
    server.store.addDefinition(definition('d', [{ id: 1, name: 'b1', blockType: 'PrintBp' }]));
    const id = await runTask(server.url, 'd');
    // Written after the change without a close: polled, bounded by the wait.
    let onDisk: string[] = [];
    for (let wait = 0; wait < 40 && !onDisk.includes(id); wait++) {
      await sleep(25);
      onDisk = await tasksOnDisk(file);
    }
    expect(onDisk).toEqual([id]);

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

  it('stops the start when the file cannot be written', async () => {
    const file = join(directory, 'missing-directory', 'state.json');
    await expect(startMockServer({ port: 0, stateFile: file })).rejects.toThrow(
      /cannot write the state file/,
    );
  });

  it('the CLI says so and exits 1 on an unreadable state file', async () => {
    const file = join(directory, 'state.json');
    await writeFile(file, 'garbage');
    const run = runCli(['--port', '0', '--state', file]);
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toContain('not valid JSON');
    expect(await readFile(file, 'utf8')).toBe('garbage');
  });

  it('keeps every mutation acknowledged 200 ms before a kill -9 in the middle of writes', {
    timeout: 30_000,
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
