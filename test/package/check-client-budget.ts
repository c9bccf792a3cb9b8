/**
 * The client's size budget as issue [5/5] states it: bare openapi-fetch (about 2.9 kB) plus at
 * most 3.35 kB, static and gzipped. Both are measured by size-limit in one run, from the entries
 * of `.size-limit.cjs`, so the budget follows openapi-fetch rather than a fixed number. Run by
 * `npm run check:package` after the build; exits 1 when the client is over.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** What the client may add to bare openapi-fetch, in bytes (gzip). */
export const clientAllowanceBytes = 3_350;

export const baselineName = 'bare openapi-fetch';
export const clientName = 'the client: createTaskRecordClient and the error guards';

/** One entry of `size-limit --json`. */
export interface Measure {
  name: string;
  size: number;
}

/** Whether the client is within bare openapi-fetch plus the allowance, and the line that says so. */
export function checkClientBudget(measures: readonly Measure[]): { ok: boolean; line: string } {
  const sizeOf = (name: string): number => {
    const found = measures.find((measure) => measure.name === name);
    if (!found) throw new Error(`[vwed] .size-limit.cjs has no entry "${name}"`);
    return found.size;
  };
  const baseline = sizeOf(baselineName);
  const client = sizeOf(clientName);
  const added = client - baseline;
  const ok = added <= clientAllowanceBytes;
  const over = ok ? '' : `over by ${added - clientAllowanceBytes} B: `;
  return {
    ok,
    line: `[vwed] client budget: ${over}client ${client} B = bare openapi-fetch ${baseline} B + ${added} B (at most ${clientAllowanceBytes} B)`,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const json = execFileSync('npx', ['size-limit', '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const { ok, line } = checkClientBudget(JSON.parse(json) as Measure[]);
  (ok ? console.log : console.error)(line);
  if (!ok) process.exit(1);
}
