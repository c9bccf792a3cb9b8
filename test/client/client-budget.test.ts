/**
 * The client's size budget, restated in issue [5/5] as bare openapi-fetch plus at most 3.35 kB:
 * the check `npm run check:package` runs passes within it and fails past it.
 */
import { describe, expect, it } from 'vitest';
import {
  baselineName,
  checkClientBudget,
  clientAllowanceBytes,
  clientName,
} from '../package/check-client-budget.js';

const measures = (baseline: number, client: number) => [
  { name: baselineName, size: baseline },
  { name: clientName, size: client },
];

describe('the client budget', () => {
  it('passes at bare openapi-fetch plus the allowance', () => {
    expect(checkClientBudget(measures(2_933, 2_933 + clientAllowanceBytes))).toEqual({
      ok: true,
      line: '[vwed] client budget: client 6283 B = bare openapi-fetch 2933 B + 3350 B (at most 3350 B)',
    });
  });

  it('fails one byte past it, saying by how much', () => {
    const { ok, line } = checkClientBudget(measures(2_933, 2_933 + clientAllowanceBytes + 1));
    expect(ok).toBe(false);
    expect(line).toMatch(/over by 1 B/);
  });

  it('follows the baseline: a smaller openapi-fetch leaves the client less room', () => {
    expect(checkClientBudget(measures(2_500, 6_000)).ok).toBe(false);
  });

  it('refuses a configuration without the baseline', () => {
    expect(() => checkClientBudget([{ name: clientName, size: 1 }])).toThrow(/no entry "bare openapi-fetch"/);
  });
});
