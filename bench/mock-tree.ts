/**
 * The mock's execution-results tree (`buildExecutionResults`) for definitions of 1,000, 10,000
 * and 100,000 blocks, each with a record. Targets: doubling the size costs at most 2.3x (issue
 * [4/6]); at 100,000 blocks, at most 1.25x `floor-records` (issue [3/5]). The sizes grow tenfold,
 * so each step is read as its cost per doubling: `ratio ** (1 / log2(10))`, 2.3x per doubling
 * being 15.9x per tenfold step.
 *
 * Next to it, two floors (`floorTree` in the child), loops that make the same objects, of the
 * same shapes, linked the same way, and look nothing up: `floor-records` fills them from the
 * run's records, in the store's order (the least any builder must do); `floor-alloc` fills them
 * with constants (what V8's allocator and collector alone charge for a live tree that size).
 *
 * Every measure runs in a fresh process (a store, a warm-up, then ~1.5 s of builds, median per
 * build), so that no size is measured in the heap another left behind; the variants of a size
 * run one right after the other, in an order that alternates from round to round; the verdicts
 * use the median over the rounds (of the times per doubling, of the rounds' ratios for the floor).
 *
 *   npx tsx bench/mock-tree.ts [--rounds 3] [--ms 1500]
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { median } from './fixtures/median.js';

const sizes = [1_000, 10_000, 100_000];
const variants = ['ours', 'floor-records', 'floor-alloc'] as const;
const targetPerDoubling = 2.3;
const targetOverFloor = 1.25;

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '3' }, ms: { type: 'string', default: '1500' } },
});
const rounds = positiveInteger('rounds', values.rounds);
const ms = positiveInteger('ms', values.ms);

function positiveInteger(name: string, text: string | undefined): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a positive integer, got ${text}`);
  return value;
}

/** One measure in a child process: nanoseconds per block, the median of its builds. */
function measure(variant: (typeof variants)[number], size: number): number {
  const output = execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      fileURLToPath(new URL('fixtures/mock-tree-child.ts', import.meta.url)),
      variant,
      String(size),
      String(ms),
    ],
    // From the package's root, where `tsx` resolves, wherever the bench was started from.
    {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return (JSON.parse(output) as { nsPerBlock: number }).nsPerBlock;
}

const perDoubling = (tenfold: number) => tenfold ** (1 / Math.log2(10));
const cell = (text: string | number, width: number) =>
  (typeof text === 'number' ? text.toFixed(1) : text).padStart(width);

console.log(
  `mock tree construction, ${rounds} rounds of a fresh process per measure, ` +
    `${availableParallelism()} CPUs, load average ${loadavg()[0]?.toFixed(2)}`,
);
console.log(
  `${'round'.padEnd(7)}${'variant'.padEnd(15)}${sizes.map((size) => cell(`${size / 1000}k ns/block`, 16)).join('')}`,
);
/** Nanoseconds per block of every round, by variant and size. */
const results = new Map<string, number[]>();
const key = (variant: string, size: number) => `${variant} ${size}`;
for (let round = 1; round <= rounds; round++) {
  // The variants of a size are measured one right after the other, so that a change in the
  // machine's load between sizes does not fall on one variant only.
  const order = round % 2 === 1 ? variants : [...variants].reverse();
  for (const size of sizes) {
    for (const variant of order) {
      results.set(key(variant, size), [...(results.get(key(variant, size)) ?? []), measure(variant, size)]);
    }
  }
  for (const variant of order) {
    const line = sizes.map((size) => cell(results.get(key(variant, size))?.at(-1) ?? Number.NaN, 16));
    console.log(`${String(round).padEnd(7)}${variant.padEnd(15)}${line.join('')}`);
  }
}

console.log();
console.log(
  `${'median'.padEnd(16)}${sizes.map((size) => cell(`${size / 1000}k ms/tree`, 16)).join('')}   per doubling: 1k->10k, 10k->100k`,
);
let met = true;
for (const variant of variants) {
  const msPerTree = sizes.map((size) => (median(results.get(key(variant, size)) ?? []) * size) / 1e6);
  const steps = msPerTree.slice(1).map((time, index) => perDoubling(time / (msPerTree[index] as number)));
  if (variant === 'ours') met = steps.every((step) => step <= targetPerDoubling);
  console.log(
    `${variant.padEnd(16)}${msPerTree.map((time) => cell(time.toFixed(2), 16)).join('')}   ${steps.map((step) => `${step.toFixed(2)}x`).join(', ')}`,
  );
}
console.log();
console.log(`ours, per doubling: target <= ${targetPerDoubling}x: ${met ? 'met' : 'NOT met'}`);
const largest = sizes[sizes.length - 1] as number;
const ofLargest = (variant: string) => results.get(key(variant, largest)) ?? [];
// The median of the rounds' ratios: each round's two measures were taken side by side.
const overFloor = median(
  ofLargest('ours').map((ours, round) => ours / (ofLargest('floor-records')[round] as number)),
);
console.log(
  `ours / floor-records at ${largest.toLocaleString('en')} blocks: ${overFloor.toFixed(2)}x ` +
    `(median of ${rounds} rounds' ratios; target <= ${targetOverFloor}x: ${overFloor <= targetOverFloor ? 'met' : 'NOT met'})`,
);
