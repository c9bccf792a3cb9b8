/**
 * What the demo page's address asks for: the in-page mock behind MSW's worker (the default),
 * at `?speed=N`, or the reference server of another process, at `?server=URL`. Pure, so that
 * a test reads the same rules the page does.
 */

/**
 * The page's data source.
 *
 * @example
 * ```ts
 * const options: PageOptions = { mode: 'server', baseUrl: 'http://127.0.0.1:4010' };
 * ```
 */
export type PageOptions = { mode: 'msw'; speed: number } | { mode: 'server'; baseUrl: string };

/**
 * Reads the page's query string. `?server=` wins over `?speed=`: the server's clock is its
 * own (its `speed` option, or a test's `advanceClock`), so the page's speed has no say there.
 * A `?server=` that is no http(s) URL throws, with the value it got: a typo must not fall
 * back to the in-page mock, whose seed data would look like the server's.
 *
 * @example
 * ```ts
 * readPageOptions('?speed=20'); // { mode: 'msw', speed: 20 }
 * readPageOptions('?server=http%3A%2F%2F127.0.0.1%3A4010'); // { mode: 'server', baseUrl: 'http://127.0.0.1:4010' }
 * ```
 */
export function readPageOptions(search: string): PageOptions {
  const query = new URLSearchParams(search);
  const server = query.get('server');
  if (server !== null) return { mode: 'server', baseUrl: serverBaseUrl(server) };
  // A positive number, else real time.
  const speed = Number(query.get('speed') ?? '1');
  return { mode: 'msw', speed: Number.isFinite(speed) && speed > 0 ? speed : 1 };
}

/** The client's `baseUrl` from `?server=`: an http(s) URL without query, fragment or trailing slash. */
function serverBaseUrl(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (
    url === undefined ||
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    url.search !== '' ||
    url.hash !== '' ||
    url.username !== '' ||
    url.password !== ''
  ) {
    throw new Error(
      `[demo] ?server= must be the reference server's http(s) URL, such as http://127.0.0.1:4010, got ${JSON.stringify(value)}`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
