/** 清除标记 (clear marks): remove every mark the product made on a sheet, restoring its fills. */
import type { WorkbookPort } from "../workbook/port";

/** Clear the marks on a sheet (the active one when none is named); returns a zh-CN sentence. */
export async function clearAllMarks(wb: WorkbookPort, sheet?: string): Promise<string> {
  const name = sheet ?? (await wb.activeSheet());
  await wb.clearMarks(name);
  return `已清除工作表“${name}”上的标记，单元格的内容和格式保持原样。`;
}
