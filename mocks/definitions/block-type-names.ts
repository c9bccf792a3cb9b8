/**
 * The Chinese names of the block types (`blockTypeName` of the execution tree), as the
 * document shows them where it does (根节点, 选择执行机器人块, 打印块).
 */
const names: Record<string, string> = {
  RootBp: '根节点',
  SerialFlowBp: '串行执行块',
  ParallelFlowBp: '并行执行块',
  IfBp: '条件块',
  IfElseBp: '条件分支块',
  IfElseIfBp: '多条件分支块',
  TryCatchBp: '异常捕获块',
  RepeatNumBp: '重复执行块',
  IterateListBp: '遍历列表块',
  WhileBp: '循环块',
  BreakBp: '跳出循环块',
  DelayBp: '延迟块',
  CSelectAgvBp: '选择执行机器人块',
  PrintBp: '打印块',
};

export function blockTypeName(blockType: string): string {
  return Object.hasOwn(names, blockType) ? (names[blockType] as string) : blockType;
}
