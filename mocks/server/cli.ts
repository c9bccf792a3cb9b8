/**
 * The `vwed-mock-server` command. The reference server arrives in issue [5/6]; until then
 * the command answers `--help` and `--version` and says plainly that it cannot serve yet.
 */
import { version } from '../../package.json';

const usage = `Usage: vwed-mock-server [--help] [--version]

The reference server of @vwed/task-record (the task-record API mock over HTTP).
It is not part of this version yet: only --help and --version work.`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(usage);
} else if (args.includes('--version') || args.includes('-v')) {
  console.log(version);
} else {
  console.error(
    `[vwed] vwed-mock-server ${version} cannot serve yet: the reference server is not built.\n\n${usage}`,
  );
  process.exitCode = 1;
}
