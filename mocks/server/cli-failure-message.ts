import { untaggedMessage } from '../core/untagged-message.js';
import { controlTokenEnvVar } from './control-token.js';
import { ExposedControlError, exposedControlRisk } from './exposed-control-error.js';
import { ListenError } from './listen-error.js';

/** The CLI's prefix: the one every line it prints for a failure starts with. */
export const cliPrefix = 'vwed-mock-server: ';

/**
 * The one line `vwed-mock-server` prints for a failure: its own prefix, once (a library
 * message's `[vwed]` tag gives way to it), and for an address it cannot listen on or a
 * control API it will not open to the network, the flags that get past it rather than the
 * library's options.
 *
 * @example
 * ```ts
 * console.error(cliFailureMessage(error));
 * // vwed-mock-server: cannot listen on 127.0.0.1:4010: the port is already in use. Use --port N for another port, or --port 0 for any free one.
 * ```
 */
export function cliFailureMessage(error: unknown): string {
  if (error instanceof ListenError) {
    const hint =
      error.fix === 'port'
        ? ' Use --port N for another port, or --port 0 for any free one.'
        : error.fix === 'host'
          ? ' Use --host with an address of this machine, such as 127.0.0.1 or 0.0.0.0.'
          : '';
    return `${cliPrefix}cannot listen on ${error.address}: ${error.reason}.${hint}`;
  }
  if (error instanceof ExposedControlError) {
    return (
      `${cliPrefix}refusing to serve the control API on ${error.host} without a token: ${exposedControlRisk}. ` +
      `Pass --control-token TOKEN (or set ${controlTokenEnvVar}), or --no-control to turn the control API off.`
    );
  }
  return `${cliPrefix}${untaggedMessage(error)}`;
}
