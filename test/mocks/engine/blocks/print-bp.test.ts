/** PrintBp's log shows any message as text: a string as it is, anything else as JSON. */
import { expect, it } from 'vitest';
import { printBp } from '../../../../mocks/engine/blocks/print-bp.js';

it('PrintBp logs a string as it is and any other value as JSON, keeping the value in its output', () => {
  const log = (message: unknown) => printBp.leafLog?.({} as never, {} as never, { message });
  expect(log('到达 AP1')).toEqual(['打印: 到达 AP1', { message: '到达 AP1' }]);
  expect(log({ station: 'AP1', n: 2 })).toEqual([
    '打印: {"station":"AP1","n":2}',
    { message: { station: 'AP1', n: 2 } },
  ]);
  expect(log(7)).toEqual(['打印: 7', { message: 7 }]);
  expect(log(undefined)).toEqual(['打印: null', { message: null }]);
});
