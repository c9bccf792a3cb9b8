/**
 * `npm run check:sizes`: no hand-written file of src/, mocks/ or examples/ over 400 lines, no
 * function over 80 (see measure-sizes.ts for what counts). Prints each violation as
 * `path:line: ...` and exits 1 when there is any. It reads the folders of the current
 * directory, which npm sets to the package's root.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatViolation, MAX_FILE_LINES, MAX_FUNCTION_LINES, sizeViolations } from './measure-sizes.js';
import { sourceFiles } from './source-files.js';

/** The hand-written code the limits hold for. */
export const sizeCheckedFolders = ['src', 'mocks', 'examples'];
/** Written by openapi-typescript from the spec (`npm run generate`), not by hand. */
export const generatedFolders = ['src/generated/'];

const root = process.cwd();
const files = sourceFiles(root, sizeCheckedFolders, {
  extensions: ['.ts', '.tsx', '.mts', '.cts', '.mjs', '.cjs'],
  skip: generatedFolders,
});
const violations = files.flatMap((path) => sizeViolations(path, readFileSync(join(root, path), 'utf8')));

for (const violation of violations) console.error(formatViolation(violation));
if (violations.length > 0) {
  console.error(
    `\n[vwed] ${violations.length} size violation(s) in ${files.length} files: split a file over ` +
      `${MAX_FILE_LINES} lines by concept, a function over ${MAX_FUNCTION_LINES} into named steps.`,
  );
  process.exitCode = 1;
} else {
  console.log(
    `[vwed] sizes: ${files.length} files, none over ${MAX_FILE_LINES} lines, no function over ${MAX_FUNCTION_LINES}.`,
  );
}
