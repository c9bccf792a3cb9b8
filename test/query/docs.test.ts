/**
 * Every public export of `@vwed/task-record/query` carries JSDoc with an `@example`, as the
 * house style asks: read from the entry's barrel with the TypeScript compiler, as an editor
 * would show it.
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, it } from 'vitest';
import { SPAWN_TIMEOUT_MS } from '../timeouts.js';

const entry = fileURLToPath(new URL('../../src/query/index.ts', import.meta.url));

it('documents every export with an @example', { timeout: SPAWN_TIMEOUT_MS }, () => {
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.Preserve,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (!source) throw new Error(`${entry} is not in the program`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`${entry} has no module symbol`);
  const exported = checker.getExportsOfModule(moduleSymbol);
  const undocumented = exported
    .map((symbol) => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol))
    .filter((symbol) => !symbol.getJsDocTags(checker).some((tag) => tag.name === 'example'))
    .map((symbol) => `${symbol.getName()} (${symbol.declarations?.[0]?.getSourceFile().fileName ?? '?'})`);
  expect(exported.length).toBeGreaterThanOrEqual(14);
  expect(undocumented).toEqual([]);
});
