/**
 * An error's message without the package's `[vwed] ` tag, for a message that goes inside
 * another one with a prefix of its own (an HTTP answer, a line of the CLI, a wrapping error):
 * one prefix per message, never `vwed-mock-server: [vwed] ...`.
 *
 * @example
 * ```ts
 * untaggedMessage(new TypeError('[vwed] runTask: no definition "x"')); // 'runTask: no definition "x"'
 * ```
 */
export function untaggedMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^\[vwed\] /, '');
}
