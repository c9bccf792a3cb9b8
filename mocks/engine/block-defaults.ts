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

/** The simulated vehicles CSelectAgvBp picks from. */
export const simulatedVehicles = ['Fake-01', 'Fake-02', 'Fake-03', 'Fake-04', 'Fake-05'];

export function ownDuration(blockType: string): number {
  return Object.hasOwn(durations, blockType) ? (durations[blockType] as number) : defaultBlockDuration;
}
