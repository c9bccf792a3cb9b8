const excerptLength = 200;

/**
 * A body that is not what an API sends (a proxy's HTML page), shortened for an error message:
 * white space collapsed, at most 200 characters.
 *
 * @example
 * ```ts
 * textExcerpt('<html>\n  <body>502 Bad Gateway</body>\n</html>'); // '<html> <body>502 Bad Gateway</body> </html>'
 * ```
 */
export function textExcerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > excerptLength ? `${flat.slice(0, excerptLength)}…` : flat;
}
