/**
 * The reference server could not listen on its address. Its message speaks to a caller of
 * `startMockServer` (`pass another port`); `reason` and `fix` let the CLI say the same with its
 * flags (`--port`), so neither prints the other's advice. The socket's error is the `cause`.
 *
 * @example
 * ```ts
 * try {
 *   await startMockServer({ port: 4010 });
 * } catch (error) {
 *   if (error instanceof ListenError && error.fix === 'port') console.error(error.reason);
 * }
 * ```
 */
export class ListenError extends Error {
  override name = 'ListenError' as const;
  /** `host:port` as asked for (an IPv6 host in brackets). */
  readonly address: string;
  /** What went wrong, in words: `the port is already in use`. */
  readonly reason: string;
  /** Which option would get past it, if one would. */
  readonly fix: 'port' | 'host' | undefined;

  constructor(host: string, port: number, cause: NodeJS.ErrnoException) {
    const address = `${host.includes(':') ? `[${host}]` : host}:${port}`;
    const [reason, fix] = explain(host, cause);
    const hint =
      fix === 'port'
        ? '; pass another port, or port 0 for any free one'
        : fix === 'host'
          ? '; pass a host of this machine, such as 127.0.0.1'
          : '';
    super(`[vwed] cannot listen on ${address}: ${reason}${hint}`, { cause });
    this.address = address;
    this.reason = reason;
    this.fix = fix;
  }
}

function explain(host: string, cause: NodeJS.ErrnoException): [string, 'port' | 'host' | undefined] {
  switch (cause.code) {
    case 'EADDRINUSE':
      return ['the port is already in use', 'port'];
    case 'EACCES':
      // Ports below 1024 need privileges on most systems.
      return ['permission denied for this port', 'port'];
    case 'EADDRNOTAVAIL':
      return [`${host} is not an address of this machine`, 'host'];
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return [`the host ${host} cannot be resolved`, 'host'];
    default:
      return [cause.message, undefined];
  }
}
