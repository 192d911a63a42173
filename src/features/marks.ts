/** 清除标记 (clear marks): remove every mark the product made on a sheet, restoring its fills. */
import type { WorkbookPort } from "../workbook/port";
import { say } from "../messages";
import { done, guarded, type Outcome } from "./outcome";

export interface ClearMarksRequest {
  /** The sheet (default: the active one). */
  sheet?: string;
}

/** Clear the marks on a sheet; `message` says so. Running it twice is harmless. */
export function clearMarks(wb: WorkbookPort, request: ClearMarksRequest = {}): Promise<Outcome<{ sheet: string; message: string }>> {
  return guarded(async () => {
    const sheet = request.sheet ?? (await wb.activeSheet());
    await wb.clearMarks(sheet);
    return done({ sheet, message: say("marks.cleared", { sheet }) });
  });
}
