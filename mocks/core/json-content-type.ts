/** The content type of every answer the mock gives, through MSW or over HTTP. */
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/**
 * A `Content-Type` header's media type, lower-cased and without its parameters: `''` when the
 * request has none.
 *
 * @example
 * ```ts
 * mediaTypeOf('Application/JSON; charset=utf-8'); // 'application/json'
 * ```
 */
export function mediaTypeOf(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * Whether a body of this type is read as JSON: no type at all, `application/json` or an
 * `application/*+json` type, with any parameters. FastAPI draws the line there, so a real
 * engine refuses what this refuses (a form body, say, which `curl -d` sends by default).
 *
 * @example
 * ```ts
 * isJsonContentType('application/merge-patch+json'); // true
 * ```
 */
export function isJsonContentType(contentType: string | null | undefined): boolean {
  const type = mediaTypeOf(contentType);
  return (
    type === '' || type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'))
  );
}
