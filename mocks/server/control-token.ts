/**
 * The control token's rules, shared by `startMockServer`'s `controlToken` option and the
 * CLI's `--control-token` (or `VWED_MOCK_CONTROL_TOKEN`), so that the two cannot drift apart.
 *
 * A token travels as `Authorization: Bearer <token>`: printable ASCII without spaces (what a
 * header carries as is, and what a shell or an env file keeps whole), 16 characters at least
 * (a guess at 16 characters out of 94 is out of reach over HTTP) and 1024 at most (far inside
 * Node's 16 KiB limit on a request's headers).
 */

/** The environment variable the CLI reads a token from when `--control-token` is not given. */
export const controlTokenEnvVar = 'VWED_MOCK_CONTROL_TOKEN';

/** The shortest token taken. */
export const minControlTokenLength = 16;

/** The longest token taken. */
export const maxControlTokenLength = 1024;

/** What a token must be, as a refusal says it. */
export const controlTokenRule = `${minControlTokenLength} to ${maxControlTokenLength} printable ASCII characters without spaces`;

/**
 * What is wrong with a token, in words that never show it (`5 characters`, `a number`), or
 * `undefined` when it follows the rules: a refusal must not print the secret it refuses.
 *
 * @example
 * ```ts
 * controlTokenProblem('short'); // '5 characters'
 * controlTokenProblem('correct-horse-battery-staple'); // undefined
 * ```
 */
export function controlTokenProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return value === null ? 'null' : `a ${typeof value}`;
  if (value === '') return 'an empty string';
  // Visible ASCII only (0x21 to 0x7e): no space, tab, line break, control or non-ASCII character.
  const bad = value.search(/[^\x21-\x7e]/);
  if (bad >= 0) return `a space or a character outside printable ASCII at position ${bad + 1}`;
  if (value.length < minControlTokenLength || value.length > maxControlTokenLength)
    return `${value.length} characters`;
  return undefined;
}
