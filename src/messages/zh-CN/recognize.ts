/** zh-CN: why recognition found no ledger on a sheet (src/domain/recognize/messages.ts). */
export const RECOGNIZE = {
  "recognize.emptySheet": "工作表“{sheet}”是空的：没有任何内容。请在表中填写清单，或切换到有数据的工作表。",
  "recognize.notLedger":
    "工作表“{sheet}”不像是台账：前 {rows} 行中没有找到含有“任务”“目标”“措施”“完成时限”“责任人”等列名的表头行。请在表格上方加一行表头（如：序号、任务、目标、措施、完成时限、责任人），或用“模板”功能新建一张标准台账后把内容粘贴进去。",
} as const;
