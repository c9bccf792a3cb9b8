/**
 * The hand-written source files the architecture checks read: what is under the given folders,
 * less what a tool wrote (`node_modules`, `dist`, and the folders the caller names, such as
 * `src/generated/`, which openapi-typescript writes).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface SourceFileOptions {
  /** The file name endings to keep, such as `.ts`. */
  extensions: readonly string[];
  /** Folders (`src/generated/`) or files left out, as paths from the root ending in `/` for a folder. */
  skip?: readonly string[];
}

/** Folders that are never hand-written, wherever they are. */
const toolFolders = ['node_modules', 'dist'];

/** The files under `folders` of `root`, as sorted `/`-separated paths relative to `root`. */
export function sourceFiles(root: string, folders: readonly string[], options: SourceFileOptions): string[] {
  const skip = options.skip ?? [];
  return folders
    .flatMap((folder) =>
      readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }).map(
        (name) => `${folder}/${name.split('\\').join('/')}`,
      ),
    )
    .filter((path) => options.extensions.some((extension) => path.endsWith(extension)))
    .filter((path) => !path.split('/').some((part) => toolFolders.includes(part)))
    .filter(
      (path) => !skip.some((prefix) => path === prefix || (prefix.endsWith('/') && path.startsWith(prefix))),
    )
    .sort();
}
