/**
 * Finds the repository files a text names: what a reader would go and open. A path counts
 * when it starts at the repository's root: a name with a `/` and an extension
 * (`openapi/mock-control.yaml`), a directory under a top-level one (`examples/vitest-msw/`), or
 * a root document (`DESIGN.md`, `LICENSE`). Relative imports (`./x.js`), absolute
 * paths, URLs and package specifiers (`msw/node`, `ajv/dist/2020.js`, `@vwed/task-record/mocks`)
 * are not repository files; `node_modules/@vwed/task-record/x` is this package's `x`.
 */
import { readFileSync } from 'node:fs';

const packagePrefix = 'node_modules/@vwed/task-record/';

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
/** A path under one of these is a module of an installed package, not a file of ours. */
const packageNames = new Set([
  ...Object.keys(manifest.dependencies),
  ...Object.keys(manifest.devDependencies),
]);

/** The top-level directories a directory reference (`docs/`, `examples/browser/`) may start from. */
const topLevelDirectories = ['bench', 'docs', 'examples', 'mocks', 'openapi', 'src', 'test'];

const extension = /\.(?:md|ya?ml|json|ts|js|cjs|mjs|html|css)$/;

/**
 * The repository paths named in `text`, each once, in the order met.
 *
 * @example
 * ```ts
 * fileReferences('see DESIGN.md and openapi/mock-control.yaml'); // ['DESIGN.md', 'openapi/mock-control.yaml']
 * ```
 */
export function fileReferences(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/(?<![\w./@:-])[\w@][\w./@-]*[\w/]/g)) {
    let path = match[0];
    if (path.startsWith(packagePrefix)) path = path.slice(packagePrefix.length);
    if (path === '' || path.startsWith('node_modules/') || path.startsWith('@')) continue;
    const [first] = path.split('/');
    if (packageNames.has(first as string)) continue;
    const isFile = path.includes('/') && extension.test(path);
    const isDirectory = path.endsWith('/') && topLevelDirectories.includes(first as string);
    // Capitals alone are mostly words (`HTTP`, `R9`): only a Markdown name or the licence counts.
    const isRootDocument = /^(?:[A-Z][A-Z0-9_-]*\.md|LICEN[CS]E)$/.test(path);
    if (isFile || isDirectory || isRootDocument) found.add(path);
  }
  return [...found];
}
