/**
 * `npm run check:status-words`: no raw status code (`2002`) in mocks/ outside its fixtures;
 * see raw-status-literals.ts for why and what counts. Prints each as `path:line: literal` and
 * exits 1 when there is any. It reads the current directory, which npm sets to the package's root.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rawStatusLiterals, statusAdvice, statusCheckedFiles } from './raw-status-literals.js';

const root = process.cwd();
const files = statusCheckedFiles(root);
const found = files.flatMap((path) => rawStatusLiterals(path, readFileSync(join(root, path), 'utf8')));

for (const finding of found) console.error(finding);
if (found.length > 0) {
  console.error(`\n[vwed] ${found.length} raw status code(s) in ${files.length} files: ${statusAdvice}.`);
  process.exitCode = 1;
} else {
  console.log(`[vwed] status words: ${files.length} files, no raw status code.`);
}
