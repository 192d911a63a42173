/** The clerk-facing sentences of recognition: what is wrong, where, and how to fix it (catalogue `recognize.*`). */
import { say } from "../../messages";

/** The sheet has no content at all. */
export function emptySheetMessage(sheet: string): string {
  return say("recognize.emptySheet", { sheet });
}

/** The sheet has content but no header row of a known list. */
export function notLedgerMessage(sheet: string, rowsScanned: number): string {
  return say("recognize.notLedger", { sheet, rows: rowsScanned });
}
