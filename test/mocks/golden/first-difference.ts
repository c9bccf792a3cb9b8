/**
 * Compares a story as told with its golden file and describes the first step that differs:
 * its request, the expected and the actual answer, and where in them the two part. Short on
 * purpose: one step, not a diff of the whole file.
 */
import type { GoldenStep } from './golden-step.js';
import type { ToldStep } from './story-teller.js';

/** How answers are held to the golden ones. */
export interface CompareOptions {
  /**
   * `exact`: the core's headers are the golden ones. `at-least`: each golden header has its
   * value, and others may come too (a socket adds date, content-length, connection).
   */
  headers: 'exact' | 'at-least';
}

const maxShown = 600;

function clip(text: string): string {
  return text.length <= maxShown ? text : `${text.slice(0, maxShown)}… (${text.length} characters)`;
}

const show = (value: unknown) => clip(JSON.stringify(value) ?? 'undefined');

/**
 * Where two JSON values first differ, as a path (`body.data[2].status`), with both values
 * there. Key order counts: the golden bytes keep it, so a reordered object is a difference.
 */
function firstPathDifference(expected: unknown, actual: unknown, path: string): string | undefined {
  if (JSON.stringify(expected) === JSON.stringify(actual)) return undefined;
  const bothArrays = Array.isArray(expected) && Array.isArray(actual);
  const bothObjects =
    typeof expected === 'object' &&
    expected !== null &&
    typeof actual === 'object' &&
    actual !== null &&
    !Array.isArray(expected) &&
    !Array.isArray(actual);
  if (bothArrays) {
    for (let index = 0; index < Math.max(expected.length, actual.length); index++) {
      if (index >= expected.length || index >= actual.length) {
        return `${path}: ${expected.length} items expected, ${actual.length} came`;
      }
      const inner = firstPathDifference(expected[index], actual[index], `${path}[${index}]`);
      if (inner) return inner;
    }
  }
  if (bothObjects) {
    const expectedKeys = Object.keys(expected);
    const actualKeys = Object.keys(actual);
    if (JSON.stringify(expectedKeys) !== JSON.stringify(actualKeys)) {
      return `${path}: keys ${show(expectedKeys)} expected, ${show(actualKeys)} came`;
    }
    for (const key of expectedKeys) {
      const inner = firstPathDifference(
        (expected as Record<string, unknown>)[key],
        (actual as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (inner) return inner;
    }
  }
  return `${path}: ${show(expected)} expected, ${show(actual)} came`;
}

/** Where two texts first differ, with a little of each around it. */
function firstTextDifference(expected: string, actual: string): string {
  let index = 0;
  while (index < expected.length && expected[index] === actual[index]) index++;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, index - 30), index + 30));
  return `character ${index}: …${around(expected)} expected, …${around(actual)} came`;
}

function headersDiffer(
  expected: Record<string, string>,
  actual: Record<string, string>,
  options: CompareOptions,
) {
  if (options.headers === 'exact') return JSON.stringify(expected) !== JSON.stringify(actual);
  return Object.entries(expected).some(([name, value]) => actual[name] !== value);
}

function describeRequest(step: Extract<GoldenStep, { kind: 'request' }>): string {
  const { method, path, body, contentType } = step.request;
  const type = contentType === undefined ? '' : ` [${contentType}]`;
  return `${method} ${path}${type} body: ${body === null ? 'none' : clip(JSON.stringify(body))}`;
}

/** The golden form of an answer's text (parsed), for a readable report. */
function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The first difference between a told story and its golden steps, or undefined when none. */
export function firstDifference(
  golden: readonly GoldenStep[],
  told: readonly ToldStep[],
  options: CompareOptions,
): string | undefined {
  for (let index = 0; index < Math.max(golden.length, told.length); index++) {
    const expected = golden[index];
    const actual = told[index];
    const where = `step ${index + 1} of ${golden.length}`;
    if (!expected || !actual) {
      return `${where}: the golden story has ${golden.length} steps, this one ${told.length}; the first extra: ${show(expected ?? actual)}`;
    }
    if (expected.kind === 'request' && actual.kind === 'request') {
      if (JSON.stringify(expected.request) !== JSON.stringify(actual.request)) {
        return `${where} (${expected.note}): another request was sent\n  expected: ${describeRequest(expected)}\n  actual:   ${show(actual.request)}`;
      }
      const goldenText = JSON.stringify(expected.answer.body);
      const { status, headers, text } = actual.answer;
      if (
        status === expected.answer.status &&
        text === goldenText &&
        !headersDiffer(expected.answer.headers, headers, options)
      ) {
        continue;
      }
      // Compared (and shown) are the golden headers; a socket's own (date, ...) are not the story's.
      const shownHeaders =
        options.headers === 'exact'
          ? headers
          : Object.fromEntries(Object.keys(expected.answer.headers).map((name) => [name, headers[name]]));
      const actualAnswer = { status, headers: shownHeaders, body: parsed(text) };
      const place =
        firstPathDifference(expected.answer, actualAnswer, 'answer') ??
        `answer.body, the same JSON in other bytes: ${firstTextDifference(goldenText, text)}`;
      return [
        `${where} (${expected.note}) answers differently`,
        `  request:  ${describeRequest(expected)}`,
        `  expected: ${expected.answer.status} ${show(expected.answer.headers)} ${clip(goldenText)}`,
        `  actual:   ${status} ${show(shownHeaders)} ${clip(text)}`,
        `  first difference at ${place}`,
      ].join('\n');
    }
    if (JSON.stringify(expected) !== JSON.stringify(actual)) {
      const place = firstPathDifference(expected, actual, 'step');
      return `${where} (${expected.note}, ${expected.kind}) differs\n  first difference at ${place}`;
    }
  }
  return undefined;
}
