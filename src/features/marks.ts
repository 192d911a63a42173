/** 清除标记 (clear marks): remove every mark the product made on a sheet, restoring its fills. */
import type { WorkbookPort } from "../workbook/port";
import { decodeMarks, marksKey } from "../workbook/common/markRecord";
import { say } from "../messages";
import { done, guarded, type Outcome } from "./outcome";

export interface ClearMarksRequest {
  /** The sheet (default: the active one). */
  sheet?: string;
}

/**
 * Clear the marks on a sheet; `message` says so. Running it twice is harmless. One `batch` of
 * the workbook: the sheet's name (the active one's by default) and the clearing together
 * (docs/excel-hosts.md "Sync budget").
 */
export function clearMarks(wb: WorkbookPort, request: ClearMarksRequest = {}): Promise<Outcome<{ sheet: string; message: string }>> {
  return guarded(async () => {
    const { value: sheet } = await wb.batch({ sheet: { name: request.sheet, cells: false } }, (found) => {
      const name = found.sheet ?? request.sheet ?? "";
      return { value: name, changes: [{ kind: "clearMarks", sheet: name }] };
    });
    return done({ sheet, message: say("marks.cleared", { sheet }) });
  });
}

/**
 * Whether a sheet carries this product's marks: the workbook records every marked cell (to
 * restore it on 清除标记), so a validation run by the ribbon, the CLI or an earlier session is
 * seen from the workbook itself (the pane shows findings only while they are marked).
 */
export async function hasMarks(wb: WorkbookPort, sheet: string): Promise<boolean> {
  return decodeMarks(await wb.getSetting(marksKey(sheet))).length > 0;
}
