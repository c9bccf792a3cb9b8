/**
 * A signal that aborts when the caller's signal does (with the caller's reason) or when
 * `timeoutMs` runs out (with `timeoutReason()`), and a `clear` that releases the timer
 * and the listener. Without a time limit the caller's signal is used as it is.
 */
export function deadlineSignal(
  signal: AbortSignal | undefined,
  timeoutMs: number | undefined,
  timeoutReason: () => unknown,
): { signal: AbortSignal | undefined; clear: () => void } {
  if (timeoutMs === undefined) return { signal, clear: () => {} };
  const controller = new AbortController();
  const forward = () => controller.abort(signal?.reason);
  const timer = setTimeout(() => controller.abort(timeoutReason()), timeoutMs);
  if (signal?.aborted) forward();
  signal?.addEventListener('abort', forward, { once: true });
  return {
    signal: controller.signal,
    clear: () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forward);
    },
  };
}
