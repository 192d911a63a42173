/**
 * The `WorkbookError`s every adapter raises, each with a zh-CN sentence that says what is
 * wrong and what the clerk can do. Host-specific errors live with their adapter.
 */

import { WorkbookError } from "../port";

/** The largest sheet (used-range cells) an adapter reads in one snapshot. */
export const MAX_SNAPSHOT_CELLS = 2_000_000;

/** A sheet that does not exist (or was renamed meanwhile). */
export function noSheetError(name: string): WorkbookError {
  return new WorkbookError(
    `找不到名为“${name}”的工作表。它可能已被改名或删除，请检查工作表标签后重试。`,
    "no-sheet",
  );
}

/** A workbook without any sheet, or with no visible one. */
export function noVisibleSheetError(): WorkbookError {
  return new WorkbookError("这个工作簿里没有可见的工作表。请先取消隐藏或新建一张工作表。", "no-sheet");
}

/** A sheet that exists but is hidden, so it cannot be shown or selected. */
export function hiddenSheetError(name: string): WorkbookError {
  return new WorkbookError(
    `工作表“${name}”是隐藏的，无法切换过去。请先在工作表标签上右键“取消隐藏”。`,
    "no-sheet",
  );
}

/** A used range too large to read in one go. */
export function tooLargeError(name: string, rows: number, cols: number): WorkbookError {
  const cells = rows * cols;
  return new WorkbookError(
    `工作表“${name}”的已用区域有 ${rows} 行 × ${cols} 列（约 ${Math.round(cells / 10000)} 万个单元格），` +
      `超过了一次能处理的 ${MAX_SNAPSHOT_CELLS / 10000} 万个单元格。` +
      `请删除表格下方或右侧多余的内容（选中空行/空列后“删除”），保存后重试。`,
    "too-large",
  );
}
