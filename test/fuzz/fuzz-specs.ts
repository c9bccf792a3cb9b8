/** The two specs the fuzzer holds answers to, each parsed once for the whole run. */
import { loadControlSpec, loadSpec } from '../spec/load-spec.js';
import { createResponseContract } from './response-contract.js';
import { createSpecRouter } from './spec-routes.js';

export const taskRecordSpec = loadSpec();
export const controlSpec = loadControlSpec();

export const taskRecordContract = createResponseContract(taskRecordSpec);
export const controlContract = createResponseContract(controlSpec);

export const taskRecordRouter = createSpecRouter(taskRecordSpec);
export const controlRouter = createSpecRouter(controlSpec);
