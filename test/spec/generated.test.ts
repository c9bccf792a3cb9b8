/**
 * `src/generated/` is what openapi-typescript makes of the spec, and `npm run
 * check:generated` notices when the two drift apart.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { SPAWN_TIMEOUT_MS } from '../timeouts.js';
import { controlSpecPath, specPath } from './load-spec.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const generatedPath = join(root, 'src/generated/vwed-task-record.ts');

/** Runs the check against a spec file (`--spec`, or another flag); resolves with its exit code and output. */
async function checkGenerated(spec: string, flag = '--spec'): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'openapi/generate.ts', '--check', flag, spec],
      { cwd: root },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('generated types', () => {
  const directories: string[] = [];
  afterAll(async () => {
    await Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true })));
  });

  it('carry a "generated, do not edit" header naming the spec', async () => {
    const text = await readFile(generatedPath, 'utf8');
    expect(text.startsWith('/**\n * GENERATED FILE, DO NOT EDIT.')).toBe(true);
    expect(text).toContain('openapi/vwed-task-record.yaml');
  });

  it('match a fresh generation of the committed spec', { timeout: SPAWN_TIMEOUT_MS }, async () => {
    const result = await checkGenerated(fileURLToPath(specPath));
    expect(result.output).toContain('is up to date');
    expect(result.code).toBe(0);
  });

  it('fail the check when one field of the spec is edited without regenerating', {
    timeout: SPAWN_TIMEOUT_MS,
  }, async () => {
    const directory = await mkdtemp(join(tmpdir(), 'vwed-generated-'));
    directories.push(directory);
    const original = await readFile(specPath, 'utf8');
    const edited = original.replace('        agv_id:\n', '        vehicle_id:\n');
    expect(edited).not.toBe(original);
    const editedPath = join(directory, 'edited.yaml');
    await writeFile(editedPath, edited);

    const result = await checkGenerated(editedPath);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/differs from a fresh generation .*Run `npm run generate`/);
  });

  it("fail the check when the control spec is edited without regenerating the control client's types", {
    timeout: SPAWN_TIMEOUT_MS,
  }, async () => {
    const directory = await mkdtemp(join(tmpdir(), 'vwed-generated-'));
    directories.push(directory);
    const original = await readFile(controlSpecPath, 'utf8');
    const edited = original.replace('        taskRecordId:\n', '        recordId:\n');
    expect(edited).not.toBe(original);
    const editedPath = join(directory, 'edited-control.yaml');
    await writeFile(editedPath, edited);

    const result = await checkGenerated(editedPath, '--control-spec');
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/src\/generated\/mock-control\.ts differs from a fresh generation/);
    expect(result.output).toContain('src/generated/vwed-task-record.ts is up to date');
  });
});
