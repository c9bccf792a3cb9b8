/**
 * The fault queue on its own: a fault checked and queued with its defaults, used up one
 * request at a time in the order queued, and only for the statuses the spec documents.
 */
import { describe, expect, it } from 'vitest';
import { FaultQueue } from '../../../mocks/core/fault-queue.js';
import { MockInputError } from '../../../mocks/store/mock-input-error.js';
import type { FaultInput } from '../../../mocks/store/store-state.js';

describe('FaultQueue.inject', () => {
  it('queues a fault with its defaults filled in: message "injected fault <status>", times 1', () => {
    const faults = new FaultQueue();
    expect(faults.inject({ operation: 'getTaskRecord', status: 503 })).toEqual({
      operation: 'getTaskRecord',
      status: 503,
      message: 'injected fault 503',
      times: 1,
    });
    expect(faults.dump()).toEqual([
      { operation: 'getTaskRecord', status: 503, message: 'injected fault 503', times: 1 },
    ]);
  });

  it('returns a copy: changing it changes nothing queued', () => {
    const faults = new FaultQueue();
    const returned = faults.inject({
      operation: 'stopTask',
      status: 500,
      message: '数据库连接超时',
      times: 2,
    });
    returned.times = 99;
    expect(faults.dump()[0]?.times).toBe(2);
  });

  it('takes the statuses the spec documents for each operation, 422 for set-error included', () => {
    const faults = new FaultQueue();
    expect(() => faults.inject({ operation: 'setTaskError', status: 422 })).not.toThrow();
    expect(() => faults.inject({ operation: 'retryTask', status: 404 })).not.toThrow();
    expect(() => faults.inject({ operation: 'getBlockRecords', status: 504 })).not.toThrow();
  });
});

describe('FaultQueue.inject refuses, naming the field, and queues nothing', () => {
  it.each([
    ['not an object', null, 'expected { operation, status, message?, times? }, got null'],
    [
      'an unknown operation',
      { operation: 'deleteTask', status: 500 },
      'operation must be one of getBlockRecords, getBlockRecord, stopTask, getExecutionResults, getTaskRecord, retryTask, setTaskError, got "deleteTask"',
    ],
    [
      'a status that is not an integer',
      { operation: 'stopTask', status: '500' },
      'status must be an integer, got "500"',
    ],
    [
      'a success status',
      { operation: 'stopTask', status: 200 },
      'status 200 is not documented for stopTask; one of 400, 408, 413, 417, 429, 431, 500, 502, 503, 504',
    ],
    [
      'a 404 for the blocks list, which answers [] for an unknown record (R5)',
      { operation: 'getBlockRecords', status: 404 },
      'status 404 is not documented for getBlockRecords; one of 408, 413, 417, 429, 431, 500, 502, 503, 504',
    ],
    [
      'a 422 for any operation but set-error',
      { operation: 'retryTask', status: 422 },
      'status 422 is not documented for retryTask; one of 400, 404, 408, 413, 417, 429, 431, 500, 502, 503, 504',
    ],
    [
      'a message that is not a string',
      { operation: 'stopTask', status: 500, message: 42 },
      'message must be a string, got 42',
    ],
    ['times 0', { operation: 'stopTask', status: 500, times: 0 }, 'times must be an integer > 0, got 0'],
    [
      'fractional times',
      { operation: 'stopTask', status: 500, times: 1.5 },
      'times must be an integer > 0, got 1.5',
    ],
  ])('%s', (_, fault, message) => {
    const faults = new FaultQueue();
    faults.inject({ operation: 'getTaskRecord', status: 500 });
    const before = structuredClone(faults.dump());
    expect(() => faults.inject(fault as FaultInput)).toThrow(
      new MockInputError('invalid-argument', `[vwed] injectFault: ${message}`),
    );
    expect(faults.dump()).toEqual(before);
  });
});

describe('FaultQueue.take', () => {
  it('answers nothing for an operation with no fault queued', () => {
    const faults = new FaultQueue();
    faults.inject({ operation: 'stopTask', status: 500 });
    expect(faults.take('retryTask')).toBeUndefined();
    expect(faults.dump()).toHaveLength(1);
  });

  it('uses a fault up one request at a time, then drops it', () => {
    const faults = new FaultQueue();
    faults.inject({ operation: 'stopTask', status: 500, message: '数据库连接超时', times: 2 });
    expect(faults.take('stopTask')).toMatchObject({ status: 500, message: '数据库连接超时' });
    expect(faults.dump()).toMatchObject([{ times: 1 }]);
    expect(faults.take('stopTask')).toMatchObject({ status: 500 });
    expect(faults.dump()).toEqual([]);
    expect(faults.take('stopTask')).toBeUndefined();
  });

  it('takes an operation’s faults in the order they were queued', () => {
    const faults = new FaultQueue();
    faults.inject({ operation: 'getTaskRecord', status: 503 });
    faults.inject({ operation: 'getTaskRecord', status: 404 });
    expect(faults.take('getTaskRecord')?.status).toBe(503);
    expect(faults.take('getTaskRecord')?.status).toBe(404);
  });

  it('leaves the faults of other operations where they are', () => {
    const faults = new FaultQueue();
    faults.inject({ operation: 'getTaskRecord', status: 503 });
    faults.inject({ operation: 'stopTask', status: 500 });
    faults.inject({ operation: 'getTaskRecord', status: 404 });
    faults.take('stopTask');
    expect(faults.dump().map((fault) => `${fault.operation} ${fault.status}`)).toEqual([
      'getTaskRecord 503',
      'getTaskRecord 404',
    ]);
  });
});

describe('FaultQueue.load and dump', () => {
  it('load replaces the queue, and take goes on from it', () => {
    const faults = new FaultQueue();
    faults.inject({ operation: 'stopTask', status: 500 });
    faults.load([{ operation: 'retryTask', status: 404, message: '未找到任务记录 x', times: 2 }]);
    expect(faults.take('stopTask')).toBeUndefined();
    expect(faults.take('retryTask')).toMatchObject({ message: '未找到任务记录 x', times: 1 });
  });
});
