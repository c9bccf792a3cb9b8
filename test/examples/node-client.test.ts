/**
 * `npm run example` must keep working: this runs examples/node-client.ts in a child process,
 * as the script does (tsx, the package imported by name), and checks what it prints.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SPAWN_TIMEOUT_MS } from '../timeouts.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the example to its end; never rejects, so a failure shows its output in the assertion. */
function runExample(): Promise<Finished> {
  // stdout is a pipe, so nothing is colored; without these, Node cannot warn about them either.
  const { FORCE_COLOR: _force, NO_COLOR: _no, ...env } = process.env;
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'examples/node-client.ts'],
      { cwd: root, env, timeout: 20_000 },
      (_error, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

describe('examples/node-client.ts', () => {
  it('runs to the end and prints each step', { timeout: SPAWN_TIMEOUT_MS }, async () => {
    const { code, stdout, stderr } = await runExample();
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });

    // 1. The finished run's tree, drawn with its block names.
    expect(stdout).toMatch(/^-1 \(RootBp\) success /m);
    expect(stdout).toMatch(/^└── b1 \(CSelectAgvBp\) success /m);
    expect(stdout).toMatch(/^ {4}├── b4 \(DelayBp\) success 20\.00s$/m);
    expect(stdout).toMatch(/^ {4}└── b5 \(JackUnloadBp\) success /m);
    // 2. The stop result (2001, ruling R1), then the typed 400 of a second stop.
    expect(stdout).toMatch(/stopTask result: \{[^}]*status: 2001,/);
    expect(stdout).toContain('VwedApiError 400 (HTTP 400) from stopTask: 任务终止失败: 任务已结束');
    // 3. The failed block, the retry and the new run's success.
    expect(stdout).toContain('failed block: b3 (JackLoadBp) at -1 > b1 > b3, reason: 举升机构故障');
    expect(stdout).toMatch(/retryTask: new task record \S+/);
    expect(stdout).toContain('retried run: status 1000 (success)');
    // 4. The set-error result.
    expect(stdout).toMatch(/setTaskError result: \{[^}]*task_status: 2000,[^}]*error_reason: '现场人工干预'/);
    // 5. The typed 404.
    expect(stdout).toContain(
      'VwedApiError 404 (HTTP 404) from getTaskRecord: 未找到ID为 no-such-record 的任务记录',
    );
    expect(stdout).toContain('isVwedApiError(error, 404): true');
    expect(stdout.trimEnd()).toMatch(/done$/);
  });
});
