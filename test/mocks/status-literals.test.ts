/**
 * `mocks/` names its status codes, never writes them as numbers (ruling R2's three vocabularies
 * give one integer different meanings); the fixtures keep the document's numbers. The rule and
 * its reasons are in test/architecture/raw-status-literals.ts, which `npm run check:status-words`
 * runs too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rawStatusLiterals, statusAdvice, statusCheckedFiles } from '../architecture/raw-status-literals.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('status literals in mocks/', () => {
  it('finds the mock sources', () => {
    const sources = statusCheckedFiles(root);
    expect(sources).toContain('mocks/core/operations/stop-task.ts');
    expect(sources.some((path) => path.startsWith('mocks/fixtures/'))).toBe(false);
  });

  it('has no raw status code outside the fixtures', () => {
    const found = statusCheckedFiles(root).flatMap((path) =>
      rawStatusLiterals(path, readFileSync(join(root, path), 'utf8')),
    );
    expect(found, statusAdvice).toEqual([]);
  });

  it('counts number tokens only, with file and line', () => {
    const source = [
      '// 2001 in a comment',
      "const message = 'status 2000';",
      'const ms = 60 * 1_000;',
      'const big = 20001;',
      'if (task.status === 2002) stop();',
      'const hex = 0x3e8;',
    ].join('\n');
    expect(rawStatusLiterals('snippet.ts', source)).toEqual(['snippet.ts:5: 2002', 'snippet.ts:6: 0x3e8']);
  });
});
