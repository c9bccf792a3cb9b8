/**
 * `mocks/` names its status codes (`TaskStatus`, `BlockRecordStatus`, `ExecutionNodeStatus`),
 * never writes them as numbers: the three vocabularies of ruling R2 give one integer different
 * meanings (2002 is a paused task but a cancelled block record), and a bare number hides which
 * one is meant. The fixtures are the document's data and keep its numbers; tests are not read.
 *
 * A quantity that happens to equal a code (a millisecond bound of `60 * 60 * 1000`) is written
 * with a separator, `1_000`: codes are never written so, quantities usually are.
 *
 * Used by `npm run check:status-words` (check-status-words.ts) and test/mocks/status-literals.test.ts.
 */
import ts from 'typescript';
import { sourceFiles } from './source-files.js';

/** Every code of the three vocabularies (R2). */
export const statusCodes: ReadonlySet<number> = new Set([1000, 1001, 1002, 1006, 2000, 2001, 2002]);

/** Where a raw status code is refused. */
export const statusCheckedFolders = ['mocks'];
/** The document's data, which keeps the document's numbers. */
export const statusExemptFolders = ['mocks/fixtures/'];

/** What to do instead, said with every finding. */
export const statusAdvice = 'use TaskStatus, BlockRecordStatus or ExecutionNodeStatus from src/status.ts';

/** The files of `root` the rule holds for, as sorted `/`-separated paths relative to `root`. */
export function statusCheckedFiles(root: string): string[] {
  return sourceFiles(root, statusCheckedFolders, {
    extensions: ['.ts', '.tsx', '.mts', '.cts', '.mjs', '.cjs'],
    skip: statusExemptFolders,
  });
}

/**
 * `path:line: text` for each numeric literal token of `source` whose value is a status code and
 * that is written without a separator. Tokens, not text: comments and strings do not count.
 *
 * @example
 * ```ts
 * rawStatusLiterals('a.ts', 'if (task.status === 2002) stop();'); // ['a.ts:1: 2002']
 * ```
 */
export function rawStatusLiterals(path: string, source: string): string[] {
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
