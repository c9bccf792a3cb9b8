/**
 * The options of `createTaskRecordHandlers`, checked at once: a forgotten pair of braces
 * (`createTaskRecordHandlers(store)`) was accepted, and every request then failed inside MSW.
 */
import type { MockStore } from '../store/create-mock-store.js';
import { type MockInputErrorCode, refuseInput } from '../store/mock-input-error.js';
import { unknownOption } from '../store/unknown-option.js';

/**
 * Options of `createTaskRecordHandlers`.
 *
 * @example
 * ```ts
 * const options: TaskRecordHandlersOptions = { store, baseUrl: 'http://engine.local:8000', control: true };
 * ```
 */
export interface TaskRecordHandlersOptions {
  store: MockStore;
  /** The engine's origin (or gateway prefix). Default: any origin. */
  baseUrl?: string;
  /**
   * Also serve the control API (`/__mock/...`, `openapi/mock-control.yaml`) and `/healthz`,
   * as the reference server does, so that a test set-up written against the control client
   * runs unchanged in-process. Default false.
   */
  control?: boolean;
  /** Hears a control request's bug (answered with the documented 500). Default: nothing. */
  onError?: (error: Error) => void;
}

const optionNames = [
  'store',
  'baseUrl',
  'control',
  'onError',
] as const satisfies readonly (keyof TaskRecordHandlersOptions)[];

/**
 * Refuses bad options with a MockInputError (a TypeError) that names them. The store is
 * recognized by its methods, not by `instanceof`: an app may load this package twice (ESM
 * and CommonJS), with two MockStore classes.
 *
 * @throws {MockInputError} `invalid-option` or `unknown-option`.
 * @example
 * ```ts
 * checkHandlersOptions({ store }); // passes
 * checkHandlersOptions(store as never); // throws: options must be { store } (the store inside braces)
 * ```
 */
export function checkHandlersOptions(options: TaskRecordHandlersOptions): void {
  const refuse = (name: string, expected: string, got: unknown, code?: MockInputErrorCode) =>
    refuseInput('createTaskRecordHandlers', name, expected, got, code);
  if (typeof options !== 'object' || options === null)
    refuse('options', 'an object { store, baseUrl? }', options);
  if (typeof (options as Partial<MockStore>).runTask === 'function') {
    refuse('options', '{ store } (the store inside braces)', 'the store itself');
  }
  const unknown = unknownOption(options, optionNames);
  if (unknown !== undefined) {
    refuse(`option ${unknown}`, `left out: the options are ${optionNames.join(', ')}`, '…', 'unknown-option');
  }
  const store = options.store as Partial<MockStore> | undefined;
  if (typeof store !== 'object' || store === null || typeof store.runTask !== 'function') {
    refuse('option store', 'a store from createMockStore()', store);
  }
  const { baseUrl, control, onError } = options;
  if (
    baseUrl !== undefined &&
    !(typeof baseUrl === 'string' && /^https?:\/\/[^/?#\s]+[^?#\s]*$/i.test(baseUrl))
  ) {
    refuse('option baseUrl', 'an http(s) origin or prefix, without a query or a fragment', baseUrl);
  }
  if (control !== undefined && typeof control !== 'boolean') refuse('option control', 'a boolean', control);
  if (onError !== undefined && typeof onError !== 'function') refuse('option onError', 'a function', onError);
}
