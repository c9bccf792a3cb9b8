/** The request's target as a URL, or undefined for one that is not a path (or is malformed). */
export function parseTarget(target: string | undefined): URL | undefined {
  if (target === undefined) return undefined;
  // The absolute form (`GET http://host/path`), which HTTP/1.1 servers must take: its path counts.
  if (/^https?:\/\//i.test(target)) {
    try {
      return new URL(target);
    } catch {
      return undefined;
    }
  }
  if (!target.startsWith('/')) return undefined;
  try {
    // Prefixed rather than resolved, so that `//host/x` stays a path and names no host.
    return new URL(`http://mock.local${target}`);
  } catch {
    return undefined;
  }
}
