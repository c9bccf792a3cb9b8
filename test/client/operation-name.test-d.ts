/** `OperationName` is derived from the operation table: it must still be exactly the seven operationIds. */
import { describe, expectTypeOf, it } from 'vitest';
import type { OperationName, TaskRecordClient } from '../../src/index.js';

describe('OperationName', () => {
  it('is exactly the seven operationIds', () => {
    expectTypeOf<OperationName>().toEqualTypeOf<
      | 'getBlockRecords'
      | 'getBlockRecord'
      | 'stopTask'
      | 'getExecutionResults'
      | 'getTaskRecord'
      | 'retryTask'
      | 'setTaskError'
    >();
  });

  it('has one client method each, and the client no method beyond them but waitForTask and raw', () => {
    expectTypeOf<keyof TaskRecordClient>().toEqualTypeOf<OperationName | 'waitForTask' | 'raw'>();
  });
});
