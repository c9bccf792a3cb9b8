import { MockInputError } from '../store/mock-input-error.js';

/** What anyone who can reach an open control API can do. */
export const exposedControlRisk =
  'anyone who can reach it could reset the state, inject faults or read the request journal';

/**
 * The server was asked to listen beyond this machine (a host that is not loopback) with the
 * control API on and no control token, and refused to start. It is a caller's mistake, a
 * {@link MockInputError} like any other bad option; its message speaks to a caller of
 * `startMockServer` (`controlToken`, `control: false`), and `host` lets the CLI say the same
 * with its flags.
 *
 * @example
 * ```ts
 * try {
 *   await startMockServer({ host: '0.0.0.0' });
 * } catch (error) {
 *   if (error instanceof ExposedControlError) console.error(error.message);
 * }
 * ```
 */
export class ExposedControlError extends MockInputError {
  /** The host that is not loopback, as asked for. */
  readonly host: string;

  constructor(host: string) {
    super(
      'invalid-option',
      `[vwed] startMockServer: refusing to serve the control API on ${host} without a token: ` +
        `${exposedControlRisk}. Pass controlToken (clients then send Authorization: Bearer <token>), ` +
        'or control: false to turn the control API off.',
    );
    this.host = host;
  }
}
