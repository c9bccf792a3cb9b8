/**
 * Runs one command sequence against each target in step, holding every answer to the spec
 * (`check-answer.ts`) and the stores to their invariants at the end. Each target has its own
 * model (`fuzz-model.ts`): known IDs are looked up in what its own store answered.
 */
import { expectStoreInvariants } from '../mocks/store-invariants.js';
import { listOperations } from '../spec/load-spec.js';
import { checkControlAnswer, checkTaskRecordAnswer, type Finding } from './check-answer.js';
import { contentTypes, type FuzzCommand } from './fuzz-commands.js';
import {
  addId,
  freshModel,
  learnIds,
  poolOf,
  queueFault,
  type TargetModel,
  useDueFault,
} from './fuzz-model.js';
import {
  controlContract,
  controlRouter,
  taskRecordContract,
  taskRecordRouter,
  taskRecordSpec,
} from './fuzz-specs.js';
import { countAnswer, type FuzzStats } from './fuzz-stats.js';
import type { FuzzTarget, WireAnswer } from './fuzz-targets.js';
import {
  bodyBytes,
  bodyKind,
  describeWire,
  type ResolvedId,
  resolveId,
  type WireRequest,
} from './wire-request.js';

export interface FuzzFailure {
  /** `target | status mode | operation | status | kind of input | check`: what failures are deduplicated by. */
  key: string;
  /** The request as sent, the answer and what is wrong with it. */
  message: string;
}

export interface FuzzRun {
  httpStatus: 'mirror' | 'always-200';
  commands: FuzzCommand[];
}

export interface RunOptions {
  stats: FuzzStats;
  /** Stop at the first failure (for shrinking); else run to the end and report every one. */
  stopAtFirst: boolean;
}

/** One step's request and answer, as a failure's message shows them. */
interface Step {
  model: TargetModel;
  index: number;
  /** The operation (or route kind) and how the spec writes it. */
  what: string;
  routeName: string;
  inputKind: string;
  sent: string;
  got: string;
}

const operationTemplates = new Map(
  listOperations(taskRecordSpec).map((entry) => [
    String(entry.operation.operationId),
    { method: entry.method.toUpperCase(), template: entry.path },
  ]),
);

function wireFor(
  command: FuzzCommand,
  model: TargetModel,
): { request: WireRequest; id?: ResolvedId } | undefined {
  const base = taskRecordRouter.basePath;
  if (command.kind === 'unknown-route') {
    return { request: { method: command.method, path: `${base}${command.rest}` } };
  }
  if (command.kind !== 'call' && command.kind !== 'wrong-method') return undefined;
  const operation = operationTemplates.get(command.operation);
  if (!operation) throw new Error(`[vwed fuzz] no operation ${command.operation} in the spec`);
  const id = resolveId(command.id, { task: model.tasks, block: model.blocks }, poolOf(command.operation));
  const path = `${base}${operation.template.replace(/\{[^}]+\}/, id.segment)}`;
  if (command.kind === 'wrong-method') return { request: { method: command.method, path }, id };
  const request: WireRequest = { method: operation.method, path: `${path}${command.query ?? ''}` };
  if (command.body) {
    request.body = bodyBytes(command.body);
    const type = contentTypes[command.contentType ?? 'none'];
    if (type !== undefined) request.contentType = type;
  }
  return { request, id };
}

/** The control request a command makes, as path and body text. */
function controlFor(command: FuzzCommand): { path: string; body: string } | undefined {
  const { kind: _kind, ...fields } = command as FuzzCommand & Record<string, unknown>;
  switch (command.kind) {
    case 'run-task':
      return { path: '/__mock/tasks', body: JSON.stringify(fields) };
    case 'advance':
      return { path: '/__mock/clock/advance', body: JSON.stringify(fields) };
    case 'fault':
      return { path: '/__mock/faults', body: JSON.stringify(fields) };
    case 'add-definition':
      return { path: '/__mock/definitions', body: JSON.stringify(fields) };
    case 'reset':
      return { path: '/__mock/reset', body: '{}' };
    case 'control-refused':
      return { path: command.path, body: command.body };
    default:
      return undefined;
  }
}

/** IDs no server can decode: whatever the body, they are what the request is about. */
const undecodableIds = new Set(['malformed escape', 'lone surrogate']);
/** IDs that leave it to the body to say what kind of input a request was. */
const ordinaryIds = new Set(['known id', 'known id, every character escaped', 'unknown id', 'unicode id']);
/** Bodies the server refuses before it routes. */
const refusedBodies = new Set(['not-utf8', 'over 1 MiB']);

/**
 * The one kind of input a failure is filed under, in this order: an undecodable ID, a body
 * the server refuses, another odd ID, an odd body.
 */
function primaryInputKind(id: ResolvedId | undefined, command: FuzzCommand): string {
  const body = command.kind === 'call' && command.body ? bodyKind(command.body) : undefined;
  if (id && undecodableIds.has(id.kind)) return id.kind;
  if (body !== undefined && refusedBodies.has(body)) return `body ${body}`;
  if (!id) return 'path';
  if (body === undefined || body === 'valid reason' || !ordinaryIds.has(id.kind)) return id.kind;
  return `body ${body}`;
}

function statusLabel(httpStatus: FuzzRun['httpStatus'], answer: WireAnswer, isOperation: boolean): string {
  if (httpStatus !== 'always-200' || !isOperation) return String(answer.status);
  const body = parseObject(answer.text);
  return `${answer.status} (code ${String(body.success === true ? 200 : body.code)})`;
}

function parseObject(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function cut(text: string, max = 400): string {
  return text.length <= max ? text : `${text.slice(0, max)}…(${text.length} chars)`;
}

/** Runs the commands against every target; the failures found, at most one when `stopAtFirst`. */
export async function runFuzzCommands(
  run: FuzzRun,
  targets: FuzzTarget[],
  options: RunOptions,
): Promise<FuzzFailure[]> {
  const failures: FuzzFailure[] = [];
  const models = targets.map(freshModel);
  const report = (step: Step, findings: Finding[]) => {
    for (const finding of findings) {
      // An injected fault's status is whatever the fuzzer drew: one kind, whatever the number.
      const status = step.inputKind === 'injected fault' ? 'any' : (finding.status ?? '-');
      failures.push({
        key: [
          step.model.target.name,
          run.httpStatus,
          step.routeName,
          status,
          step.inputKind,
          finding.check,
        ].join(' | '),
        message: [
          `[vwed fuzz] ${step.model.target.name} (httpStatus ${run.httpStatus}), ` +
            `command ${step.index + 1} of ${run.commands.length}: ${step.what}`,
          step.sent,
          `answered ${step.got}`,
          `✗ ${finding.check}: ${finding.detail}`,
        ].join('\n'),
      });
    }
  };

  const controlStep = async (model: TargetModel, index: number, command: FuzzCommand) => {
    const control = controlFor(command);
    if (!control) return false;
    const route = controlRouter.route('POST', control.path);
    const operationId = route.kind === 'operation' ? route.operationId : 'unknown control route';
    const step: Step = {
      model,
      index,
      what: `control ${operationId}`,
      routeName: `control:${operationId}`,
      inputKind: command.kind,
      sent: `POST ${control.path}\n  content-type: application/json\n  body: ${cut(control.body, 200)}`,
      got: '(nothing)',
    };
    const result = await model.target.control(control.path, control.body);
    if (!result.ok) {
      report(step, [{ check: 'no answer', detail: result.error }]);
      return true;
    }
    const { answer } = result;
    countAnswer(options.stats, model.target.name, step.routeName, String(answer.status));
    const findings = checkControlAnswer(controlContract, operationId, answer);
    if (command.kind === 'control-refused' && answer.status !== 400) {
      findings.push({
        check: 'a bad control request not refused',
        detail: `expected 400, got ${answer.status}`,
        status: answer.status,
      });
    }
    report({ ...step, got: `${answer.status} ${cut(answer.text)}` }, findings);
    const body = parseObject(answer.text);
    if (command.kind === 'run-task' && answer.status === 201) addId(model.tasks, body.taskRecordId);
    if (command.kind === 'fault' && answer.status === 201) queueFault(model, body);
    if (command.kind === 'reset' && answer.status === 200) Object.assign(model, freshModel(model.target));
    return true;
  };

  const apiStep = async (model: TargetModel, index: number, command: FuzzCommand) => {
    const wire = wireFor(command, model);
    if (!wire) throw new Error(`[vwed fuzz] a command of no kind: ${JSON.stringify(command)}`);
    const { request, id } = wire;
    const { store } = model.target;
    const route = taskRecordRouter.route(request.method, request.path);
    const routeName =
      route.kind === 'operation'
        ? route.operationId
        : route.kind === 'wrong-method'
          ? 'wrong method'
          : 'unknown route';
    const journalLength = store.requests.length;
    const result = await model.target.send(request);
    // The store's journal says whether an injected fault answered, and of which operation.
    const entry = store.requests.length > journalLength ? store.requests.at(-1) : undefined;
    const fault = entry?.fault ? useDueFault(model, entry.operation ?? '') : undefined;
    const step: Step = {
      model,
      index,
      what:
        route.kind === 'operation' ? `${route.operationId} (${route.method} ${route.template})` : routeName,
      routeName,
      inputKind: fault ? 'injected fault' : primaryInputKind(id, command),
      sent: describeWire(request),
      got: '(nothing)',
    };
    if (!result.ok) return report(step, [{ check: 'no answer', detail: result.error }]);
    const { answer } = result;
    const isOperation = route.kind === 'operation';
    countAnswer(
      options.stats,
      model.target.name,
      routeName,
      statusLabel(run.httpStatus, answer, isOperation),
    );
    const knownRecord =
      isOperation &&
      command.kind === 'call' &&
      command.operation === route.operationId &&
      id?.known?.pool === poolOf(route.operationId);
    const findings = checkTaskRecordAnswer(
      taskRecordContract,
      { httpStatus: run.httpStatus, route, knownRecord, ...(fault ? { fault } : {}) },
      answer,
    );
    report({ ...step, got: `${answer.status} ${cut(answer.text)}` }, findings);
    if (findings.length === 0 && isOperation) learnIds(model, route.operationId, JSON.parse(answer.text));
  };

  for (const [index, command] of run.commands.entries()) {
    for (const model of models) {
      if (!(await controlStep(model, index, command))) await apiStep(model, index, command);
      if (options.stopAtFirst && failures.length > 0) return failures.slice(0, 1);
    }
  }
  for (const model of models) {
    try {
      expectStoreInvariants(model.target.store.snapshot());
    } catch (error) {
      report(
        {
          model,
          index: run.commands.length - 1,
          what: 'the store after the run',
          routeName: 'store',
          inputKind: '-',
          sent: '',
          got: '-',
        },
        [{ check: 'store invariants', detail: (error as Error).message }],
      );
    }
  }
  return options.stopAtFirst ? failures.slice(0, 1) : failures;
}
