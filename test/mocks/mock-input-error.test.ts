import { describe, expect, it } from 'vitest';
import { createMockStore, isMockInputError, MockInputError } from '../../mocks/index.js';

describe('MockInputError', () => {
  it('is a TypeError with a literal name, a code and a cause', () => {
    const cause = new Error('inner');
    const error = new MockInputError('invalid-argument', '[vwed] advance: bad', { cause });
    expect(error).toBeInstanceOf(TypeError);
    expect(error.name).toBe('MockInputError');
    expect(error.code).toBe('invalid-argument');
    expect(error.cause).toBe(cause);
    expect(isMockInputError(error)).toBe(true);
    expect(isMockInputError(new TypeError('x'))).toBe(false);
    expect(isMockInputError({ name: 'MockInputError' })).toBe(true);
    expect(isMockInputError(null)).toBe(false);
  });

  it('carries the code of each kind of caller mistake', () => {
    const codeOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return isMockInputError(error) ? error.code : `not a MockInputError: ${String(error)}`;
      }
      return 'nothing thrown';
    };
    const store = createMockStore();
    expect(codeOf(() => createMockStore({ seed: 'nope' as 'demo' }))).toBe('invalid-option');
    expect(codeOf(() => createMockStore({ seeds: 'demo' } as never))).toBe('unknown-option');
    expect(codeOf(() => createMockStore({ snapshot: {} as never }))).toBe('invalid-snapshot');
    expect(codeOf(() => store.advance(-1))).toBe('invalid-argument');
    expect(codeOf(() => store.runTask('no-such'))).toBe('unknown-definition');
    expect(codeOf(() => store.runTask('no-such', [] as never))).toBe('invalid-argument');
  });
});
