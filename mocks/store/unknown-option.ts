/**
 * The first key of an options object that is not one of the known ones: a typo (`seeds`,
 * `prot`) would otherwise be ignored in silence and the default taken instead.
 *
 * @example
 * ```ts
 * unknownOption({ seeds: 'demo' }, ['seed', 'clock']); // 'seeds'
 * ```
 */
export function unknownOption(options: object, known: readonly string[]): string | undefined {
  return Object.keys(options).find((key) => !known.includes(key));
}
