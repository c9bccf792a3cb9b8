import jsep from 'jsep';
import { MAX_EXPRESSION_DEPTH, MAX_EXPRESSION_LENGTH } from './expression-limits.js';

/** A parsed tree, or why there is none. */
export type ParsedExpression = { ok: true; node: jsep.Expression } | { ok: false; reason: string };

/**
 * Parses with jsep after two cheap checks that keep its recursive descent shallow: the length,
 * and how deep brackets nest (parentheses leave no node in the tree, but they do recurse).
 */
export function parseExpression(source: string): ParsedExpression {
  if (source.length > MAX_EXPRESSION_LENGTH)
    return {
      ok: false,
      reason: `expression is too long: ${source.length} characters, at most ${MAX_EXPRESSION_LENGTH}`,
    };
  if (bracketsNestTooDeep(source))
    return { ok: false, reason: `expression nests deeper than ${MAX_EXPRESSION_DEPTH} levels` };
  try {
    return { ok: true, node: jsep(source) };
  } catch (error) {
    return { ok: false, reason: syntaxErrorReason(source, error) };
  }
}

function bracketsNestTooDeep(source: string): boolean {
  let depth = 0;
  let quote = '';
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (quote !== '') {
      // jsep's string escapes: a backslash takes the next character whatever it is.
      if (char === '\\') index++;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(' || char === '[') {
      if (++depth > MAX_EXPRESSION_DEPTH) return true;
    } else if (char === ')' || char === ']') depth--;
  }
  return false;
}

/**
 * jsep knows no assignment, so `a = 1` fails as `Unexpected "="`: name what was meant.
 * A lone `=` not after another one (`a == = 1` is a typo, not an assignment) and not
 * before `>` (an arrow function).
 */
function syntaxErrorReason(source: string, error: unknown): string {
  // jsep recurses once per nested operator: a stack smaller than Node's may still run out.
  if (error instanceof RangeError) return 'expression nests too deeply to parse';
  if (!(error instanceof Error)) return 'syntax error';
  const at = (error as { index?: unknown }).index;
  if (
    typeof at === 'number' &&
    source[at] === '=' &&
    source[at + 1] !== '=' &&
    source[at + 1] !== '>' &&
    source.slice(0, at).trimEnd().at(-1) !== '='
  )
    return `assignment is not allowed (at character ${at})`;
  return `syntax error: ${error.message}`;
}
