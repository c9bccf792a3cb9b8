import { untilAborted } from '../client/abortable-sleep.js';
import { deadlineSignal } from '../client/deadline-signal.js';
import { isFetchFailure } from '../client/lazy-fetch.js';
import { VwedNetworkError } from '../errors/vwed-network-error.js';
import { VwedTimeoutError } from '../errors/vwed-timeout-error.js';
import type { ControlAnswer } from './control-answer.js';
import type { MockControlOperation } from './mock-control-operation.js';
import { readControlAnswer } from './read-control-answer.js';

/**
 * What each request is sent with: the time limit's signal, and the body read as text. A type,
 * not an interface: openapi-fetch takes it where an object with an index signature is expected.
 */
export type ExchangeInit = {
  signal: AbortSignal | undefined;
  parseAs: 'text';
};

/** One typed openapi-fetch call (`raw.POST('/__mock/tasks', { ...init, body })`), as the sender runs it. */
export type Exchange = (
  init: ExchangeInit,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * Sends control requests: within the time limit, a failure of fetch as a `VwedNetworkError`,
 * the limit running out as a `VwedTimeoutError`, a failure answer as a `MockControlError`.
 * Never retried: most control requests change the store.
 *
 * @example
 * ```ts
 * const send = createControlSender(10_000);
 * const { now } = await send('advanceClock', (init) => raw.POST('/__mock/clock/advance', { ...init, body: { ms: 1_000 } }));
 * ```
 */
export function createControlSender(timeoutMs: number) {
  return async function send<Operation extends MockControlOperation>(
    operation: Operation,
    exchange: Exchange,
  ): Promise<ControlAnswer<Operation>> {
    const deadline = deadlineSignal(
      undefined,
      timeoutMs,
      () =>
        new VwedTimeoutError(`[vwed] ${operation}: no answer within ${timeoutMs} ms`, {
          operation,
          timeoutMs,
        }),
    );
    const { signal } = deadline;
    let answer: Awaited<ReturnType<Exchange>>;
    try {
      // Raced against the signal, not only handed to fetch: a fetch that ignores it would hold the call.
      answer = await untilAborted(exchange({ signal, parseAs: 'text' }), signal);
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      // Anything but a failure of fetch itself (a JSON.stringify of a BigInt, say) passes through.
      if (!isFetchFailure(error)) throw error;
      const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
      throw new VwedNetworkError(`[vwed] ${operation}: the request failed: ${String(error)}${cause}`, {
        operation,
        cause: error,
      });
    } finally {
      deadline.clear();
    }
    const { data, error, response } = answer;
    return readControlAnswer(operation, response, response.ok ? data : error) as ControlAnswer<Operation>;
  };
}
