/**
 * The package's own name, mapped to its sources: the examples import `@vwed/task-record`
 * exactly as a user's code does, and run against the code in this repository without a
 * build. tsconfig.json's `paths` say the same for the type checker and tsx.
 */
import { fileURLToPath } from 'node:url';

const at = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** Vite's `resolve.alias`: exact names only, so `@vwed/task-record` is not a prefix of the others. */
export const sourceAliases = [
  { find: /^@vwed\/task-record$/, replacement: at('src/index.ts') },
  { find: /^@vwed\/task-record\/schemas$/, replacement: at('src/schemas/index.ts') },
  { find: /^@vwed\/task-record\/mocks$/, replacement: at('mocks/index.ts') },
  { find: /^@vwed\/task-record\/server$/, replacement: at('mocks/server/index.ts') },
  { find: /^@vwed\/task-record\/query$/, replacement: at('src/query/index.ts') },
  { find: /^@vwed\/task-record\/control$/, replacement: at('src/control/index.ts') },
];
