/**
 * Every construct of the expression language with a value that a wrong evaluator would get
 * wrong, and every refused construct with its reason.
 */
import { describe, expect, it } from 'vitest';
import { evaluateExpression } from '../../../mocks/expressions/index.js';
import { makeScope } from './scope.js';

const evaluate = (source: string) => evaluateExpression(source, makeScope());

/** `it.each` rows that should evaluate to a value. */
function expectValues(rows: [source: string, value: unknown][]): void {
  it.each(rows)('%s is %o', (source, value) => {
    expect(evaluate(source)).toStrictEqual({ ok: true, value });
  });
}

/** `it.each` rows that should be refused with exactly this reason. */
function expectReasons(rows: [source: string, reason: string][]): void {
  it.each(rows)('%s fails', (source, reason) => {
    expect(evaluate(source)).toStrictEqual({ ok: false, reason });
  });
}

describe('the roots docs/task-definitions.md names', () => {
  expectValues([
    ['blocks.b1.item', 3],
    ['taskInputs.x', 5],
    ['task.variables.x', 'variable x'],
  ]);
});

describe('literals', () => {
  expectValues([
    ['42', 42],
    ['1.5e3', 1500],
    ['.5', 0.5],
    ['"double"', 'double'],
    ["'single'", 'single'],
    ["'it\\'s\\n'", "it's\n"],
    ['true', true],
    ['false', false],
    ['null', null],
    ['[1, "two", taskInputs.x]', [1, 'two', 5]],
    ['[]', []],
    ['[[1], [2, [3]]]', [[1], [2, [3]]]],
  ]);
});

describe('roots and member access', () => {
  it('a root is the scope object itself', () => {
    const scope = makeScope();
    expect(evaluateExpression('taskInputs', scope)).toStrictEqual({ ok: true, value: scope.taskInputs });
    expect(evaluateExpression('blocks', scope)).toStrictEqual({ ok: true, value: scope.blocks });
    expect(evaluateExpression('task', scope)).toStrictEqual({ ok: true, value: scope.task });
  });

  expectValues([
    ['task.variables["x"]', 'variable x'],
    ["blocks['b5'].selectedAgvId", 'AMB-01'],
    ['taskInputs.items[0]', 10],
    ['taskInputs.items[2]', 30],
    ['taskInputs.items[taskInputs.index]', 30],
    ['taskInputs.items[1 + 1]', 30],
    ['taskInputs.items["1"]', 20],
    ['taskInputs.matrix[1][0]', 3],
    ['taskInputs.nested.deeper.value', 'found'],
    ['taskInputs[task.variables.key]', 'A'],
    ['taskInputs["na" + "me"]', 'abc'],
    ['taskInputs.name[1]', 'b'],
    ['taskInputs.name.length', 3],
    ['taskInputs.items.length', 3],
    ['[7, 8, 9][1]', 8],
    ['"xyz"[2]', 'z'],
  ]);

  const readsUndefined = (sources: string[]) => expectValues(sources.map((source) => [source, undefined]));

  describe('a missing property is undefined, not a failure', () => {
    readsUndefined([
      'taskInputs.missing',
      'blocks.b9',
      'task.variables.nothing',
      'taskInputs.items[3]',
      'taskInputs.items[-1]',
      'blocks.b1.item.more',
    ]);
  });

  describe('an inherited property is not visible', () => {
    readsUndefined([
      'taskInputs.toString',
      'taskInputs.hasOwnProperty',
      'taskInputs.items.map',
      'taskInputs.items.at',
      'taskInputs.name.toUpperCase',
      'blocks.b1.valueOf',
    ]);
  });

  expectReasons([
    ['blocks.b9.item', 'cannot read "item" of undefined (blocks.b9)'],
    ['taskInputs.empty.x', 'cannot read "x" of null (taskInputs.empty)'],
    ['taskInputs.items[9].id', 'cannot read "id" of undefined (taskInputs.items[9])'],
    ['blocks["b" + 9]["item"]', 'cannot read "item" of undefined (blocks["b" + 9])'],
    ['taskInputs.items[1.5]', 'property key must be a string or an integer, got 1.5 (taskInputs.items[1.5])'],
    [
      'taskInputs.items[true]',
      'property key must be a string or an integer, got true (taskInputs.items[true])',
    ],
    ['taskInputs[null]', 'property key must be a string or an integer, got null (taskInputs[null])'],
    ['taskInputs[[0]]', 'property key must be a string or an integer, got an array (taskInputs[[0]])'],
    [
      'taskInputs[taskInputs.missing]',
      'property key must be a string or an integer, got undefined (taskInputs[taskInputs.missing])',
    ],
  ]);
});

describe('comparison', () => {
  expectValues([
    ['taskInputs.x == 5', true],
    ['taskInputs.x == "5"', true],
    ['taskInputs.x === "5"', false],
    ['taskInputs.x === 5', true],
    ['taskInputs.x != "5"', false],
    ['taskInputs.x !== "5"', true],
    ['null == taskInputs.missing', true],
    ['null === taskInputs.missing', false],
    ['taskInputs.zero == false', true],
    ['1 < 2', true],
    ['2 < 2', false],
    ['2 <= 2', true],
    ['3 > 2', true],
    ['2 > 2', false],
    ['2 >= 3', false],
    ['"b" > "a"', true],
    ['"10" < "9"', true],
    ['blocks.b1.item < task.variables.limit', true],
    ['[1] == [1]', false],
  ]);
});

describe('boolean operators', () => {
  expectValues([
    ['true && false', false],
    ['1 && "last"', 'last'],
    ['0 && "never"', 0],
    ['0 || "fallback"', 'fallback'],
    ['"first" || "never"', 'first'],
    ['!true', false],
    ['!0', true],
    ['!!"x"', true],
    ['!taskInputs.missing', true],
    ['true || false && false', true],
    ['(true || false) && false', false],
  ]);

  it.each([
    ['false && blocks.b9.item', false],
    ['taskInputs.missing && blocks.b9.item', undefined],
    ['true || blocks.b9.item', true],
    ['blocks.b1 || blocks.b9.item', { index: 0, item: 3, size: 5 }],
  ])('%s short-circuits: the right side is not read', (source, value) => {
    expect(evaluate(source)).toStrictEqual({ ok: true, value });
  });

  it('the right side is read when the left does not decide', () => {
    expect(evaluate('true && blocks.b9.item')).toStrictEqual({
      ok: false,
      reason: 'cannot read "item" of undefined (blocks.b9)',
    });
  });
});

describe('arithmetic', () => {
  expectValues([
    ['2 + 3 * 4', 14],
    ['(2 + 3) * 4', 20],
    ['10 - 4 - 3', 3],
    ['100 / 10 / 5', 2],
    ['7 / 2', 3.5],
    ['7 % 4', 3],
    ['-7 % 4', -3],
    ['1 / 0', Number.POSITIVE_INFINITY],
    ['0 / 0', Number.NaN],
    ['-taskInputs.x', -5],
    ['-(2 - 5)', 3],
    ['- -2', 2],
    ['+"4"', 4],
    ['+true', 1],
    ['-0', -0],
    ['"2" + 1', '21'],
    ['1 + 1 + "1"', '21'],
    ['"a" + taskInputs.missing', 'aundefined'],
    ['"3" * "4"', 12],
    ['taskInputs.items[0] + blocks.b1.item * 2', 16],
  ]);
});

describe('the conditional', () => {
  expectValues([
    ['taskInputs.x > 3 ? "big" : "small"', 'big'],
    ['taskInputs.x > 9 ? "big" : "small"', 'small'],
    ['taskInputs.zero ? 1 : 2', 2],
    ['false ? 1 : true ? 2 : 3', 2],
    ['false ? 1 : false ? 2 : 3', 3],
    ['true ? false ? 1 : 2 : 3', 2],
    ['1 + 1 == 2 ? "yes" : "no"', 'yes'],
    ['(taskInputs.x > 3 ? 10 : 20) + 1', 11],
  ]);

  it('only the branch taken is evaluated', () => {
    expect(evaluate('false ? blocks.b9.item : "safe"')).toStrictEqual({ ok: true, value: 'safe' });
    expect(evaluate('true ? "safe" : blocks.b9.item')).toStrictEqual({ ok: true, value: 'safe' });
  });
});

describe('white space and parentheses', () => {
  expectValues([
    ['  blocks . b1 . item  ', 3],
    ['\ttaskInputs.items[ 0 ]\n', 10],
    ['(((taskInputs.x)))', 5],
    ['((1 + 2)) * ((3))', 9],
  ]);
});

describe('refused constructs', () => {
  expectReasons([
    ['foo', 'unknown name "foo" (an expression starts from taskInputs, blocks or task)'],
    ['undefined', 'unknown name "undefined" (an expression starts from taskInputs, blocks or task)'],
    ['Object.prototype', 'unknown name "Object" (an expression starts from taskInputs, blocks or task)'],
    [
      'taskInputs.x + globalThis',
      'unknown name "globalThis" (an expression starts from taskInputs, blocks or task)',
    ],
    ['foo(1)', 'function calls are not allowed (foo(1))'],
    ['taskInputs.name.toUpperCase()', 'function calls are not allowed (taskInputs.name.toUpperCase())'],
    ['taskInputs.items["map"](1, 2)', 'function calls are not allowed (taskInputs.items["map"](1, 2))'],
    ['false && taskInputs.f()', 'function calls are not allowed (taskInputs.f())'],
    ['this', '"this" is not allowed'],
    ['this.x', '"this" is not allowed'],
    ['new Date()', '"new" is not allowed'],
    ['new Foo', '"new" is not allowed'],
    ['taskInputs.x + new Foo()', '"new" is not allowed'],
    ['taskInputs.x = 1', 'assignment is not allowed (at character 13)'],
    ['taskInputs.x += 1', 'assignment is not allowed (at character 14)'],
    ['blocks.b1["item"] = 2', 'assignment is not allowed (at character 18)'],
    ['taskInputs.x, taskInputs.from', 'sequences are not allowed: found 2 expressions'],
    ['(1, 2, 3)', 'sequences are not allowed: found 3 expressions'],
    ['1; 2', 'sequences are not allowed: found 2 expressions'],
    ['1 2', 'sequences are not allowed: found 2 expressions'],
    ['', 'expression is empty'],
    ['   ', 'expression is empty'],
    ['()', 'expression is empty'],
    ['typeof taskInputs', 'unknown name "typeof" (an expression starts from taskInputs, blocks or task)'],
    ['2 ** 3', 'operator "**" is not allowed (2 ** 3)'],
    ['taskInputs.x ?? 1', 'operator "??" is not allowed (taskInputs.x ?? 1)'],
    ['1 | 2', 'operator "|" is not allowed (1 | 2)'],
    ['1 << 2', 'operator "<<" is not allowed (1 << 2)'],
    ['~1', 'operator "~" is not allowed (~1)'],
    ['taskInputs?.x', 'optional chaining "?." is not supported (taskInputs?.x)'],
    ['[1, , 2]', 'empty array elements are not allowed ([1, , 2])'],
  ]);

  it.each([
    ['1 +', 'syntax error: Expected expression after + at character 3'],
    ['"open', 'syntax error: Unclosed quote after "open" at character 5'],
    ['(1 + 2', 'syntax error: Unclosed ( at character 6'],
    ['taskInputs.items[0', 'syntax error: Unclosed [ at character 18'],
    ['true ? 1', 'syntax error: Expected : at character 8'],
    ['1..2', 'syntax error: Unexpected period at character 2'],
    ['`template`', 'syntax error: Unexpected "`" at character 0'],
    ['{ a: 1 }', 'syntax error: Unexpected "{" at character 0'],
    ['taskInputs.x => 1', 'syntax error: Unexpected "=" at character 13'],
    ['taskInputs.x == = 1', 'syntax error: Expected expression after == at character 16'],
  ])('%s is a syntax error with its position', (source, reason) => {
    expect(evaluate(source)).toStrictEqual({ ok: false, reason });
  });

  it('a long place is shortened in the reason', () => {
    const source = `blocks.${'b'.repeat(200)}.item`;
    const result = evaluate(source);
    expect(result.ok).toBe(false);
    const reason = result.ok ? '' : result.reason;
    expect(reason).toMatch(/^cannot read "item" of undefined \(blocks\.b+…\)$/);
    expect(reason.length).toBeLessThan(130);
  });
});
