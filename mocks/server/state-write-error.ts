import { dirname } from 'node:path';

/**
 * Why a state file could not be written, in words about the file the user named: the file
 * system's own message names the temporary file the write goes through (`.state.json.8849.1.tmp`),
 * which the user never chose.
 *
 * @example
 * ```ts
 * stateWriteError('./data/state.json', enoent).message;
 * // "[vwed] cannot write the state file ./data/state.json: its folder ./data does not exist (ENOENT)"
 * ```
 */
export function stateWriteError(path: string, error: Error): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const folder = dirname(path);
  const reason =
    code === 'ENOENT'
      ? `its folder ${folder} does not exist (ENOENT)`
      : code === 'EACCES' || code === 'EPERM'
        ? `no permission to write in ${folder} (${code})`
        : code === 'ENOSPC'
          ? 'the disk is full (ENOSPC)'
          : error.message;
  return new Error(`[vwed] cannot write the state file ${path}: ${reason}`, { cause: error });
}
