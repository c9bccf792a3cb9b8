/**
 * `mocks/` names its status codes (`TaskStatus`, `BlockRecordStatus`, `ExecutionNodeStatus`),
 * never writes them as numbers: the three vocabularies of ruling R2 give one integer different
 * meanings (2002 is a paused task but a cancelled block record), and a bare number hides which
 * one is meant. The fixtures are the document's data and keep its numbers.
 *
 * A quantity that happens to equal a code (a millisecond bound of `60 * 60 * 1000`) is written
 * with a separator, `1_000`: codes are never written so, quantities usually are.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Every code of the three vocabularies (R2). */
const statusCodes = new Set([1000, 1001, 1002, 1006, 2000, 2001, 2002]);

/** The mock's own TypeScript files, the fixtures left out. */
function mockSources(): string[] {
  return readdirSync(join(root, 'mocks'), { recursive: true, encoding: 'utf8' })
    .map((name) => `mocks/${name.split('\\').join('/')}`)
    .filter((path) => path.endsWith('.ts') && !path.startsWith('mocks/fixtures/'));
}

/**
 * `path:line: text` for each numeric literal token of `source` whose value is a status code and
 * that is written without a separator. Tokens, not text: comments and strings do not count.
 */
function rawStatusLiterals(path: string, source: string): string[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isNumericLiteral(node) &&
      statusCodes.has(Number(node.text)) &&
      !node.getText(file).includes('_')
    ) {
      const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
      found.push(`${path}:${line + 1}: ${node.getText(file)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('status literals in mocks/', () => {
  it('finds the mock sources', () => {
    const sources = mockSources();
    expect(sources).toContain('mocks/core/operations/stop-task.ts');
    expect(sources.some((path) => path.startsWith('mocks/fixtures/'))).toBe(false);
  });

  it('has no raw status code outside the fixtures', () => {
    const found = mockSources().flatMap((path) =>
      rawStatusLiterals(path, readFileSync(join(root, path), 'utf8')),
    );
    expect(found, 'use TaskStatus, BlockRecordStatus or ExecutionNodeStatus from src/status.ts').toEqual([]);
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
