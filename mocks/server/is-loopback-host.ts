import { BlockList, isIPv4, isIPv6 } from 'node:net';

/** 127.0.0.0/8 and ::1; a BlockList also matches their IPv4-mapped IPv6 forms (`::ffff:127.0.0.1`). */
const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

/**
 * Whether a host the server listens on is reachable from this machine only: `localhost` (in
 * any case), an IPv4 address in 127.0.0.0/8, or ::1 in any of its spellings. Any other name is
 * taken as reachable from the network, even one that resolves to a loopback address: the
 * check does not ask a resolver, so it cannot be talked round by one.
 *
 * @example
 * ```ts
 * isLoopbackHost('127.0.0.1'); // true
 * isLoopbackHost('0.0.0.0'); // false: every interface
 * ```
 */
export function isLoopbackHost(host: string): boolean {
  if (host.toLowerCase() === 'localhost') return true;
  if (isIPv4(host)) return loopback.check(host, 'ipv4');
  if (isIPv6(host)) return loopback.check(host, 'ipv6');
  return false;
}
