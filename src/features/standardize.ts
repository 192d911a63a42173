/**
 * 规范化 (standardise): write a recognised ledger in its list's standard template on a NEW
 * sheet (`柳林镇（规范）`, `(2)` when taken); the clerk's sheet is only read. Shared by the
 * pane, the ribbon and `luoshi standardize`.
 */
import { WorkbookError, type WorkbookPort } from "../workbook/port";
import { recognize } from "../domain/recognize/recognize";
import { describeStandardization, standardize } from "../domain/standardize";
import type { StandardizeReport } from "../domain/standardize/types";
import { OWN_NOTES, standardLayout } from "../render/standardLayout";

/** The sheet is empty or holds no ledger: `message` is the recogniser's zh-CN sentence. */
export class NotLedgerError extends WorkbookError {
  constructor(
    message: string,
    /** `empty` for a sheet with nothing on it, `not-ledger` for one without a ledger's header. */
    readonly reason: "empty" | "not-ledger",
  ) {
    super(message, "not-ledger");
    this.name = "NotLedgerError";
  }
}

export interface StandardizeSheetOptions {
  /** The sheet to standardise (the active one when absent). */
  sheet?: string;
  /** The plan year when the sheet states none (title, sheet name, fill line). */
  year?: number;
}

export interface StandardizeResult {
  /** The clerk's sheet, untouched. */
  sourceSheet: string;
  /** The new sheet's name. */
  sheet: string;
  /** The list, by name and id. */
  list: string;
  listId: string;
  /** Data rows written (section lines and notes not counted). */
  rows: number;
  report: StandardizeReport;
  /** zh-CN: what was done, for the clerk. */
  summary: string;
}

/** Standardise one sheet. Throws `NotLedgerError` when the sheet holds no ledger. */
export async function standardizeSheet(wb: WorkbookPort, options: StandardizeSheetOptions = {}): Promise<StandardizeResult> {
  const snapshot = await wb.readSheet(options.sheet);
  const recognition = recognize(snapshot, { year: options.year });
  const outcome = standardize(snapshot, recognition, { ownNotes: OWN_NOTES });
  if (!outcome.ok) throw new NotLedgerError(outcome.message, outcome.reason);
  const { ledger } = outcome;
  const sheet = await wb.writeSheet(standardLayout(ledger));
  return {
    sourceSheet: snapshot.name,
    sheet,
    list: ledger.list.name,
    listId: ledger.list.id,
    rows: ledger.report.rowsCopied,
    report: ledger.report,
    summary: describeStandardization(ledger, sheet),
  };
}
