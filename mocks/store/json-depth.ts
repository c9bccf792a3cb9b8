/**
 * How deeply a value nests. The store keeps what it is given and answers it back through
 * `JSON.stringify`, which recurses: past a few thousand levels it overflows the stack. So the
 * store refuses input nested deeper than {@link maxJsonDepth} when it arrives, with a clear
 * TypeError, rather than fail every later answer that would carry it.
 */

/** The deepest nesting the store takes: far beyond any real definition (a block nests in 3). */
export const maxJsonDepth = 256;

/**
 * Whether `value` nests objects or arrays more than `limit` levels deep. Iterative, and it
 * stops at the first path past the limit.
 *
 * @example
 * ```ts
 * nestsDeeperThan({ a: [{ b: 1 }] }, 2); // true: object > array > object
 * ```
 */
export function nestsDeeperThan(value: unknown, limit: number = maxJsonDepth): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [next, depth] = stack.pop() as [unknown, number];
    if (typeof next !== 'object' || next === null) continue;
    if (depth + 1 > limit) return true;
    for (const child of Object.values(next)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}
