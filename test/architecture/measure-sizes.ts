/**
 * How long a file and its functions are, read with the TypeScript compiler's parser: a file of
 * more than 400 lines holds more than one concept, and a function of more than 80 lines does
 * more than one thing a reader can keep in mind at once.
 *
 * Every function counts, named or not: declarations, methods, accessors, constructors, and
 * function expressions and arrow functions, whether assigned to a name or passed as a callback.
 * Only the callbacks of a test framework's `describe`, `it`, `test`, `bench` and hooks are not
 * functions in that sense: they are the suite's outline, and the functions inside them count.
 * A function's lines run from its first token (its JSDoc left out) to its closing brace.
 */
import ts from 'typescript';

/** At most this many lines in a hand-written file. */
export const MAX_FILE_LINES = 400;
/** At most this many lines in one function. */
export const MAX_FUNCTION_LINES = 80;

export interface SizeViolation {
  path: string;
  /** The 1-based line where the file or the function starts. */
  line: number;
  /** `file`, or the function as a reader would look for it: `function createStore`, `method Store.stop`. */
  what: string;
  lines: number;
  limit: number;
}

/** The calls whose callbacks are a test suite's outline, not functions (see the module comment). */
const suiteCalls = new Set([
  'describe',
  'suite',
  'it',
  'test',
  'bench',
  'beforeAll',
  'afterAll',
  'beforeEach',
  'afterEach',
]);

/** `path:line: what has N lines (at most L)`, the form an editor or a terminal links to the place. */
export function formatViolation(violation: SizeViolation): string {
  const { path, line, what, lines, limit } = violation;
  return `${path}:${line}: ${what} has ${lines} lines (at most ${limit})`;
}

/** The violations of the file `path` whose text is `text`: its own length, then each function's. */
export function sizeViolations(path: string, text: string): SizeViolation[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, scriptKind(path));
  const violations: SizeViolation[] = [];
  const fileLines = lineCount(text);
  if (fileLines > MAX_FILE_LINES)
    violations.push({ path, line: 1, what: 'file', lines: fileLines, limit: MAX_FILE_LINES });
  for (const span of functionSpans(file)) {
    if (span.lines > MAX_FUNCTION_LINES) violations.push({ path, ...span, limit: MAX_FUNCTION_LINES });
  }
  return violations;
}

/** Lines of `text`; the newline that ends the last line does not start another. */
export function lineCount(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** Each function of `file` with the line it starts on and its length in lines, in source order. */
export function functionSpans(file: ts.SourceFile): { what: string; line: number; lines: number }[] {
  const spans: { what: string; line: number; lines: number }[] = [];
  const visit = (node: ts.Node) => {
    if (isFunctionWithBody(node) && !isSuiteCallback(node)) {
      const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
      const end = file.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
      spans.push({ what: describeFunction(node, file), line, lines: end - line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return spans;
}

function scriptKind(path: string): ts.ScriptKind {
  if (path.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (/\.[cm]?js$/.test(path)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

/** A function that has a body: not an overload signature, nor a method of an interface. */
function isFunctionWithBody(node: ts.Node): node is ts.FunctionLikeDeclaration {
  return (
    (ts.isFunctionDeclaration(node) ||
      ts.isFunctionExpression(node) ||
      ts.isArrowFunction(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isConstructorDeclaration(node) ||
      ts.isGetAccessorDeclaration(node) ||
      ts.isSetAccessorDeclaration(node)) &&
    node.body !== undefined
  );
}

/** A function passed to `describe(...)`, `it.each(...)(...)`, `test.skip(...)` and the like. */
function isSuiteCallback(node: ts.FunctionLikeDeclaration): boolean {
  const call = node.parent;
  if (!ts.isCallExpression(call) || !call.arguments.includes(node as ts.Expression)) return false;
  const callee = calleeRoot(call.expression);
  return callee !== undefined && suiteCalls.has(callee);
}

/** The identifier a callee starts from: `it` for `it`, `it.each([...])` and `describe.skip`. */
function calleeRoot(expression: ts.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression) || ts.isCallExpression(expression))
    return calleeRoot(expression.expression);
  return undefined;
}

/** What a reader would search for to find the function: its name, or where it is passed. */
function describeFunction(node: ts.FunctionLikeDeclaration, file: ts.SourceFile): string {
  const owner = ownerName(node);
  const qualified = (name: string) => (owner ? `${owner}.${name}` : name);
  if (ts.isConstructorDeclaration(node)) return `constructor of ${owner ?? 'a class'}`;
  if (ts.isMethodDeclaration(node)) return `method ${qualified(node.name.getText(file))}`;
  if (ts.isGetAccessorDeclaration(node)) return `getter ${qualified(node.name.getText(file))}`;
  if (ts.isSetAccessorDeclaration(node)) return `setter ${qualified(node.name.getText(file))}`;
  if (node.name) return `function ${node.name.getText(file)}`;
  return describeByPlace(node, file);
}

/** The class a member belongs to, when it has a name. */
function ownerName(node: ts.Node): string | undefined {
  const parent = node.parent;
  return parent && ts.isClassLike(parent) ? parent.name?.text : undefined;
}

/** An unnamed function expression or arrow function, named after the place that holds it. */
function describeByPlace(node: ts.FunctionLikeDeclaration, file: ts.SourceFile): string {
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))
    return `function ${parent.name.getText(file)}`;
  if (ts.isBinaryExpression(parent) && parent.right === node) return `function ${parent.left.getText(file)}`;
  if (ts.isCallExpression(parent) || ts.isNewExpression(parent))
    return `callback passed to ${parent.expression.getText(file)}()`;
  if (ts.isExportAssignment(parent)) return 'default export function';
  return 'anonymous function';
}
