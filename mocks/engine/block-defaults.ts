/**
 * How long each block type takes of its own (virtual milliseconds), before its children.
 * Flow blocks take no time of their own; an unknown type succeeds after the default.
 */
const durations: Record<string, number> = {
  RootBp: 0,
  SerialFlowBp: 0,
  ParallelFlowBp: 0,
  IfBp: 0,
  IfElseBp: 0,
  IfElseIfBp: 0,
  TryCatchBp: 0,
  RepeatNumBp: 0,
  IterateListBp: 0,
  WhileBp: 0,
  BreakBp: 0,
  CSelectAgvBp: 200,
  PrintBp: 30,
};

export const defaultBlockDuration = 100;

/** The longest a DelayBp may wait, and the most iterations a loop may make: no definition can hang the mock. */
export const maxDelayMs = 24 * 60 * 60 * 1_000;
export const maxIterations = 1_000;
/** The most blocks one run may start: nested loops multiply, and this bounds their product. */
export const maxStepsPerRun = 100_000;

/** The simulated vehicles CSelectAgvBp picks from. */
export const simulatedVehicles = ['Fake-01', 'Fake-02', 'Fake-03', 'Fake-04', 'Fake-05'];

export function ownDuration(blockType: string): number {
  return Object.hasOwn(durations, blockType) ? (durations[blockType] as number) : defaultBlockDuration;
}
