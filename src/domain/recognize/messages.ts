/** The clerk-facing sentences of recognition (zh-CN): what is wrong, where, and how to fix it. */

/** The sheet has no content at all. */
export function emptySheetMessage(sheet: string): string {
  return `工作表“${sheet}”是空的：没有任何内容。请在表中填写清单，或切换到有数据的工作表。`;
}

/** The sheet has content but no header row of a known list. */
export function notLedgerMessage(sheet: string, rowsScanned: number): string {
  return (
    `工作表“${sheet}”不像是台账：前 ${rowsScanned} 行中没有找到含有“任务”“目标”“措施”“完成时限”“责任人”等列名的表头行。` +
    `请在表格上方加一行表头（如：序号、任务、目标、措施、完成时限、责任人），或用“模板”功能新建一张标准台账后把内容粘贴进去。`
  );
}
