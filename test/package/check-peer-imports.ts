/**
 * Part of `npm run check:package`, on the built dist/: `@tanstack/query-core` is an optional
 * peer that only `./query` may name, and only in its type declarations. No other entry (nor a
 * chunk or declaration file they share) refers to it, so an app without TanStack Query never
 * needs it installed; and `./query`'s JavaScript does not load it, so the entry's size and
 * behaviour do not depend on the app's copy.
 *
 * Prints each offending file and exits 1 when there is any.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const peer = '@tanstack/query-core';
const dist = join(process.cwd(), 'dist');
const name = `['"]${peer}(?:/[^'"]*)?['"]`;
// A static import or re-export (a statement of its own), a require, or a dynamic import of the
// peer or a subpath of it. A message that merely names the package does not count.
const reference = new RegExp(
  String.raw`^\s*(?:import|export)\b[^;]*?\bfrom\s*${name}|^\s*import\s*${name}|\brequire\(\s*${name}\s*\)|\bimport\(\s*${name}\s*\)`,
  'm',
);

/** The files that may name the peer: `./query`'s declarations, ESM and CommonJS. */
const allowed = new Set(['query.d.ts', 'query.d.cts']);

const files = readdirSync(dist).filter((file) => /\.(?:js|cjs|d\.ts|d\.cts)$/.test(file));
const offending = files.filter(
  (file) => !allowed.has(file) && reference.test(readFileSync(join(dist, file), 'utf8')),
);
const declared = [...allowed].filter((file) => reference.test(readFileSync(join(dist, file), 'utf8')));

if (files.length === 0) {
  console.error('[vwed] check-peer-imports: dist/ is empty: run npm run build first.');
  process.exitCode = 1;
} else if (offending.length > 0) {
  for (const file of offending) console.error(`dist/${file}: refers to ${peer}`);
  console.error(`\n[vwed] ${peer} is for ./query's types only: the files above must not refer to it.`);
  process.exitCode = 1;
} else if (declared.length !== allowed.size) {
  // The check itself must be able to fail: it sees the peer where it must be.
  console.error(`[vwed] check-peer-imports: ${[...allowed].join(' and ')} should import ${peer}'s types.`);
  process.exitCode = 1;
} else {
  console.log(`[vwed] peer imports: ${peer} only in ${declared.join(', ')} (${files.length} files read).`);
}
