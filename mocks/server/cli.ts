/**
 * The `vwed-mock-server` command: the reference server from a terminal. Exit codes: 0 after
 * --help, --version or a clean stop (SIGINT, SIGTERM); 1 when the server cannot start (port
 * taken, state file unreadable, the control API on a host beyond loopback without a token) or
 * could not write its state when stopping; 2 for a command line it cannot run.
 *
 * The control token (`--control-token`, or VWED_MOCK_CONTROL_TOKEN) is never printed: not in
 * the banner, the suggested commands or any failure.
 */

import { version } from '../../package.json';
import { API_BASE_PATH } from '../../src/api-base-path.js';
import { TaskStatus } from '../../src/status.js';
import { untaggedMessage } from '../core/untagged-message.js';
import { cliFailureMessage, cliPrefix } from './cli-failure-message.js';
import { CliUsageError, parseCliArguments, usage } from './parse-cli-arguments.js';
import { type MockServer, startMockServer } from './start-mock-server.js';

/** The most a stop may take before the process exits anyway (the issue's bound is 2 s). */
const stopDeadlineMs = 1_900;

/**
 * Two requests to paste into a terminal, on the data the server holds. A control request is
 * suggested only when it needs no token: the token is not printed, even in a command.
 */
function tryCommands(server: MockServer, control: boolean): string[] {
  const tasks = server.store.snapshot().tasks;
  // A failed run shows the most in its tree; else the latest run; else no data to show.
  const task = tasks.find((candidate) => candidate.status === TaskStatus.failed) ?? tasks.at(-1);
  if (!task) {
    return [
      `curl ${server.url}/healthz`,
      control ? `curl ${server.url}/__mock/snapshot` : `curl ${server.url}${API_BASE_PATH}/blocks/any-id`,
    ];
  }
  return [
    `curl ${server.url}${API_BASE_PATH}/detail/${task.id}`,
    `curl ${server.url}${API_BASE_PATH}/execution/block/results/${task.id}`,
  ];
}

async function main(): Promise<void> {
  let command: ReturnType<typeof parseCliArguments>;
  try {
    command = parseCliArguments(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    console.error(`${cliPrefix}${error.message}\nRun vwed-mock-server --help for the options.`);
    process.exitCode = 2;
    return;
  }
  if (command.kind === 'help') return void console.log(usage);
  if (command.kind === 'version') return void console.log(version);

  const { options } = command;
  let server: MockServer;
  try {
    // A state write that fails later is said on the CLI's terms too, once per kind of failure.
    server = await startMockServer({
      ...options,
      onError: (error) => console.error(cliFailureMessage(error)),
    });
  } catch (error) {
    console.error(cliFailureMessage(error));
    process.exitCode = 1;
    return;
  }
  const control = options.control !== false;
  const tokenRequired = control && options.controlToken !== undefined;
  const facts = [
    `seed ${options.stateFile ? `from ${options.stateFile} or ${options.seed}` : options.seed}`,
    `speed ${options.speed ?? 1}${options.speed === 0 ? ' (clock stopped)' : ''}`,
    `control API ${control ? 'on' : 'off'}${tokenRequired ? ' (token required)' : ''}`,
    ...(options.cors ? [`CORS ${options.cors}`] : []),
  ];
  console.log(
    [
      `vwed-mock-server ${version} listening on ${server.url} (${facts.join(', ')})`,
      '',
      'Try:',
      ...tryCommands(server, control && !tokenRequired).map((line) => `  ${line}`),
      '',
      'Ctrl+C stops it.',
    ].join('\n'),
  );

  let stopping = false;
  const stop = (signal: string) => {
    // A second Ctrl+C while stopping changes nothing: the state is still being written.
    if (stopping) return;
    stopping = true;
    console.log(`${cliPrefix}${signal}, stopping`);
    // Within the bound whatever happens; a stop that ran out of time may have lost the last
    // changes, and says so with exit code 1.
    setTimeout(() => {
      console.error(`${cliPrefix}not stopped after ${stopDeadlineMs} ms; exiting anyway`);
      process.exit(1);
    }, stopDeadlineMs).unref();
    server.close().then(
      () => process.exit(0),
      (error: Error) => {
        console.error(`${cliPrefix}the state could not be written: ${untaggedMessage(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();
