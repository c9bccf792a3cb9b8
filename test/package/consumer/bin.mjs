// The installed `vwed-mock-server` bin, started as a user's shell starts it (through
// node_modules/.bin and its shebang, with the `node` first on PATH): it listens on port 0,
// prints its URL, answers, serves the control API, and exits 0 on SIGTERM.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('node_modules/.bin/vwed-mock-server', import.meta.url));
const child = spawn(bin, ['--port', '0', '--seed', 'doc-examples', '--speed', '0'], {
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
child.stdout.setEncoding('utf8').on('data', (chunk) => {
  output += chunk;
});
child.stderr.setEncoding('utf8').on('data', (chunk) => {
  output += chunk;
});
const exited = once(child, 'exit');

try {
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no URL within 30 s; output so far:\n${output}`)),
      30_000,
    );
    const poll = setInterval(() => {
      const found = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
      if (found) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve(found[0]);
      }
    }, 20);
    child.on('exit', (code) => reject(new Error(`exited with ${code} before listening:\n${output}`)));
  });
  const health = await fetch(`${url}/healthz`);
  assert.equal(health.status, 200);
  const detail = await (
    await fetch(`${url}/api/vwed-task-record/detail/7b84fd4d-e947-4ec7-8535-05ede5f8aa9d`)
  ).json();
  assert.equal(detail.code, 200);
  const advanced = await fetch(`${url}/__mock/clock/advance`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ms: 1000 }),
  });
  assert.equal(advanced.status, 200);
} finally {
  child.kill('SIGTERM');
}
const [code, signal] = await exited;
assert.equal(code, 0, `SIGTERM: exit code ${code} (signal ${signal}); output:\n${output}`);
console.log('bin ok: vwed-mock-server --port 0, answered, control API, SIGTERM exit 0');
