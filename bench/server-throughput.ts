/**
 * The reference server's throughput over real sockets: requests per second and p99 latency of
 * GET detail (the document's record-detail example, doc-examples seed) against a bare node:http
 * server that answers every request with the same bytes under the same headers. The bare server
 * is the ceiling for node:http on this machine, so the ratio says what the mock's own work
 * (routing, the store, the operation, the copy, the journal, serialising) costs per request.
 * Target (issue): the reference server at >= 0.5x the bare server's requests per second.
 *
 * Each server runs in a child process of its own, and so does the load generator (the
 * autocannon CLI): no two of them share an event loop. Runs are bounded: a warm-up, then a
 * measured run, per server per round; the order alternates from round to round (bare first,
 * then reference first, ...), so neither always runs on a machine the other just heated. The
 * verdict uses each server's median over the rounds (req/s and p99 each on their own); every
 * run is printed too, to show the noise.
 *
 * Exits non-zero if any request errored, timed out or was answered with a non-2xx status, or if
 * the two servers' answers differ; not if the ratio misses the target (that is a measurement).
 *
 *   npx tsx bench/server-throughput.ts [--duration 10] [--warmup 2] [--connections 50] [--rounds 3]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { median } from './fixtures/median.js';

const detailPath = '/api/vwed-task-record/detail/7b84fd4d-e947-4ec7-8535-05ede5f8aa9d';
const target = 0.5;

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '3' },
  },
});
const settings = {
  duration: positiveInteger('duration', values.duration),
  warmup: positiveInteger('warmup', values.warmup),
  connections: positiveInteger('connections', values.connections),
  rounds: positiveInteger('rounds', values.rounds),
  pipelining: 1,
};

type ServerName = 'bare' | 'reference';

/** The part of autocannon's `--json` result this bench reads. */
interface AutocannonResult {
  requests: { mean: number; total: number };
  latency: { p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
  warmup?: AutocannonResult;
}

interface Run {
  round: number;
  server: ServerName;
  requestsPerSecond: number;
  total: number;
  p99: number;
  /** Errors and timeouts, warm-up included. */
  errors: number;
  /** Non-2xx answers and body mismatches, warm-up included. */
  non2xx: number;
}

const children = new Set<ChildProcess>();

function positiveInteger(name: string, text: string | undefined): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a positive integer, got ${text}`);
  return value;
}

/** Starts `node --import tsx <script>` with an IPC channel, so that it dies with this process. */
function startChild(script: string, stdin: 'ignore' | 'pipe'): ChildProcess {
  const path = fileURLToPath(new URL(script, import.meta.url));
  // From the package's root, where `tsx` resolves, wherever the bench was started from.
  const child = spawn(process.execPath, ['--import', 'tsx', path], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: [stdin, 'pipe', 'inherit', 'ipc'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** Waits for the `{"url": ...}` line a fixture prints once it listens. */
async function readUrl(child: ChildProcess, name: string): Promise<string> {
  if (!child.stdout) throw new Error(`${name}: no stdout`);
  const lines = createInterface({ input: child.stdout });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`${name} server exited (code ${String(code)}) before it printed its URL`);
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name} server did not start within 30 s`)), 30_000);
  });
  const first = once(lines, 'line').then(([line]) => (JSON.parse(String(line)) as { url: string }).url);
  try {
    return await Promise.race([first, exited, timeout]);
  } finally {
    clearTimeout(timer);
    exited.catch(() => {});
  }
}

async function fetchDetail(url: string): Promise<{ status: number; headers: string; body: Buffer }> {
  const response = await fetch(`${url}${detailPath}`);
  const body = Buffer.from(await response.arrayBuffer());
  const headers = `content-type: ${response.headers.get('content-type')}, content-length: ${response.headers.get('content-length')}`;
  return { status: response.status, headers, body };
}

/** One autocannon CLI run (warm-up, then the measured run) in a child process of its own. */
async function runAutocannon(url: string): Promise<AutocannonResult> {
  const cli = createRequire(import.meta.url).resolve('autocannon/autocannon.js');
  const { connections, pipelining, duration, warmup } = settings;
  const args = [
    cli,
    ...['--connections', String(connections), '--pipelining', String(pipelining)],
    ...[
      '--duration',
      String(duration),
      '--warmup',
      '[',
      '-c',
      String(connections),
      '-d',
      String(warmup),
      ']',
    ],
    ...['--json', '--no-progress', `${url}${detailPath}`],
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  children.add(child);
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    output += text;
  });
  const [code, signal] = await once(child, 'exit');
  children.delete(child);
  if (code !== 0) throw new Error(`autocannon exited with ${signal ? `signal ${signal}` : `code ${code}`}`);
  // With a warm-up, autocannon prints the warm-up's result, then the run's (which repeats it).
  const last = output.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as AutocannonResult;
}

function toRun(round: number, server: ServerName, result: AutocannonResult): Run {
  const both = [result, ...(result.warmup ? [result.warmup] : [])];
  return {
    round,
    server,
    requestsPerSecond: result.requests.mean,
    total: result.requests.total,
    p99: result.latency.p99,
    errors: both.reduce((sum, r) => sum + r.errors + r.timeouts, 0),
    non2xx: both.reduce((sum, r) => sum + r.non2xx + r.mismatches, 0),
  };
}

function row(cells: (string | number)[]): string {
  const widths = [7, 11, 14, 10, 8, 8];
  return cells
    .map((cell, index) => {
      const text =
        typeof cell === 'number' ? cell.toLocaleString('en-US', { maximumFractionDigits: 1 }) : cell;
      return index < 2 ? text.padEnd(widths[index] ?? 8) : text.padStart(widths[index] ?? 8);
    })
    .join(' ');
}

/** SIGTERM to every child still alive, SIGKILL to any still alive 5 s later. */
async function stopChildren(): Promise<void> {
  await Promise.all(
    [...children].map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }),
  );
}

async function main(): Promise<number> {
  const reference = startChild('./fixtures/reference-server.ts', 'ignore');
  const referenceUrl = await readUrl(reference, 'reference');
  const sample = await fetchDetail(referenceUrl);
  if (sample.status !== 200) throw new Error(`GET detail on the reference server answered ${sample.status}`);

  const bare = startChild('./fixtures/bare-server.ts', 'pipe');
  bare.stdin?.end(sample.body);
  const urls: Record<ServerName, string> = { bare: await readUrl(bare, 'bare'), reference: referenceUrl };

  // The same answer from both, and still the same from the reference server.
  const [fromBare, again] = await Promise.all([fetchDetail(urls.bare), fetchDetail(urls.reference)]);
  for (const other of [fromBare, again]) {
    if (
      other.status !== sample.status ||
      other.headers !== sample.headers ||
      !other.body.equals(sample.body)
    ) {
      throw new Error(`the two servers' answers differ:\n  ${sample.headers}\n  ${other.headers}`);
    }
  }

  const { duration, warmup, connections, pipelining, rounds } = settings;
  console.log(`GET ${detailPath}: ${sample.body.length} bytes, ${sample.headers}`);
  console.log(
    `autocannon: ${connections} connections, pipelining ${pipelining}, ${warmup} s warm-up + ${duration} s ` +
      `measured per run, ${rounds} rounds, order alternating; node ${process.version}, ` +
      `${availableParallelism()} CPUs, load average ${loadavg()[0]?.toFixed(2)}`,
  );
  console.log();
  console.log(row(['round', 'server', 'req/s (mean)', 'p99 ms', 'errors', 'non-2xx']));

  const runs: Run[] = [];
  for (let round = 1; round <= rounds; round++) {
    const order: ServerName[] = round % 2 === 1 ? ['bare', 'reference'] : ['reference', 'bare'];
    for (const server of order) {
      const run = toRun(round, server, await runAutocannon(urls[server]));
      runs.push(run);
      console.log(row([run.round, run.server, run.requestsPerSecond, run.p99, run.errors, run.non2xx]));
    }
  }

  const summary = (server: ServerName) => {
    const own = runs.filter((run) => run.server === server);
    return {
      requestsPerSecond: median(own.map((run) => run.requestsPerSecond)),
      p99: median(own.map((run) => run.p99)),
      errors: own.reduce((sum, run) => sum + run.errors, 0),
      non2xx: own.reduce((sum, run) => sum + run.non2xx, 0),
    };
  };
  const ofBare = summary('bare');
  const ofReference = summary('reference');
  const ratio = ofReference.requestsPerSecond / ofBare.requestsPerSecond;
  console.log();
  console.log(row(['median', 'server', 'req/s (mean)', 'p99 ms', 'errors', 'non-2xx']));
  for (const [server, s] of [
    ['bare', ofBare],
    ['reference', ofReference],
  ] as const) {
    console.log(row(['', server, s.requestsPerSecond, s.p99, s.errors, s.non2xx]));
  }
  console.log();
  console.log(
    `reference / bare: ${ratio.toFixed(2)}x (target >= ${target}x: ${ratio >= target ? 'met' : 'NOT met'})`,
  );

  const failed = runs.reduce((sum, run) => sum + run.errors + run.non2xx, 0);
  if (failed > 0) console.error(`\n${failed} requests errored, timed out or were not answered 2xx`);
  return failed > 0 ? 1 : 0;
}

// Whatever happens, no child outlives the bench.
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void stopChildren().finally(() => process.exit(130));
  });
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  await stopChildren();
}
process.exitCode = exitCode;
