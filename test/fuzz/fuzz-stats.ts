/**
 * What the fuzzer sent and what came back, counted per target: by status and by operation
 * (or `unknown route`, `wrong method`, `control:<operationId>`). Printed on request, so that
 * a run shows it really covered the spec.
 */
export interface FuzzStats {
  requests: number;
  /** `target → status label → count`; in always-200 mode a label is `200 (code 404)`. */
  byStatus: Map<string, Map<string, number>>;
  /** `target → operation → count`. */
  byOperation: Map<string, Map<string, number>>;
  /** `target → "operation status" → count`. */
  byOperationStatus: Map<string, Map<string, number>>;
}

export function createFuzzStats(): FuzzStats {
  return { requests: 0, byStatus: new Map(), byOperation: new Map(), byOperationStatus: new Map() };
}

function bump(table: Map<string, Map<string, number>>, target: string, key: string): void {
  let row = table.get(target);
  if (!row) {
    row = new Map();
    table.set(target, row);
  }
  row.set(key, (row.get(key) ?? 0) + 1);
}

export function countAnswer(stats: FuzzStats, target: string, operation: string, status: string): void {
  stats.requests++;
  bump(stats.byStatus, target, status);
  bump(stats.byOperation, target, operation);
  bump(stats.byOperationStatus, target, `${operation} ${status}`);
}

/** The counts as a few lines of text, largest first. */
export function formatFuzzStats(stats: FuzzStats): string {
  const lines = [`[vwed fuzz] ${stats.requests} answers`];
  for (const [title, table] of [
    ['by status', stats.byStatus],
    ['by operation', stats.byOperation],
    ['by operation and status', stats.byOperationStatus],
  ] as const) {
    for (const [target, row] of table) {
      const cells = [...row].sort((a, b) => b[1] - a[1]).map(([key, count]) => `${key}: ${count}`);
      lines.push(`  ${target} ${title}: ${cells.join(', ')}`);
    }
  }
  return lines.join('\n');
}
