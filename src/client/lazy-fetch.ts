// What `fetch` itself threw, as opposed to a middleware or other caller code: only these
// are network errors, worth a retry.
const fetchFailures = new WeakSet<object>();

/**
 * The `fetch` handed to openapi-fetch: it looks the chosen or the global fetch up at
 * each call, never captured (MSW and other mocks replace `globalThis.fetch` after
 * clients exist), and marks what fetch throws as a network failure.
 *
 * @example
 * ```ts
 * const raw = createClient<paths>({ baseUrl, fetch: lazyFetch(options.fetch) });
 * ```
 */
export function lazyFetch(chosen: typeof globalThis.fetch | undefined) {
  return async (request: Request): Promise<Response> => {
    try {
      return await (chosen ?? globalThis.fetch)(request);
    } catch (error) {
      if (typeof error === 'object' && error !== null) fetchFailures.add(error);
      throw error;
    }
  };
}

/**
 * Whether `error` is what a {@link lazyFetch} fetch threw: a network failure, as opposed to an
 * error of a middleware or of other caller code, which passes through unchanged.
 *
 * @example
 * ```ts
 * if (isFetchFailure(error)) throw new VwedNetworkError(`[vwed] ${operation}: the request failed`, { operation, cause: error });
 * ```
 */
export function isFetchFailure(error: unknown): boolean {
  // WeakSet's `has` answers false for a primitive (only `add` throws on one).
  return fetchFailures.has(error as object);
}
