/**
 * 规范化 (standardise, docs/standardize.md): write a recognised ledger in its list's standard
 * template on a NEW sheet (`柳林镇（规范）`, `(2)` when taken); the clerk's sheet is only read.
 * One entry for the pane, the ribbon and `luoshi standardize`.
 */
import type { WorkbookPort } from "../workbook/port";
import { recognize } from "../domain/recognize/recognize";
import { describeStandardization, standardize } from "../domain/standardize";
import type { StandardizeReport } from "../domain/standardize/types";
import { OWN_NOTES, standardLayout } from "../render/standardLayout";
import { say } from "../messages";
import { done, guarded, type Outcome } from "./outcome";
import { gather, sheetsInScope, type PerSheet, type SheetScope } from "./sheets";

export interface StandardizeRequest {
  /** The active sheet (default), one by name, or every visible sheet. */
  sheets?: SheetScope;
  /** The plan year when the sheet states none (title, sheet name, fill line). */
  year?: number;
}

export interface StandardizedSheet {
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

export interface StandardizeResult {
  /** Per sheet: what was written, or why the sheet was not standardised. */
  sheets: PerSheet<StandardizedSheet>[];
  done: StandardizedSheet[];
  /** `fail` when a sheet asked for could not be standardised. */
  verdict: "pass" | "fail";
}

async function standardizeOne(wb: WorkbookPort, name: string, year: number | undefined): Promise<PerSheet<StandardizedSheet>> {
  const snapshot = await wb.readSheet(name);
  const outcome = standardize(snapshot, recognize(snapshot, { year }), { ownNotes: OWN_NOTES });
  if (!outcome.ok) return { sheet: snapshot.name, ok: false, code: outcome.reason, message: outcome.message };
  const { ledger } = outcome;
  const sheet = await wb.writeSheet(standardLayout(ledger));
  return {
    sheet: snapshot.name,
    ok: true,
    value: {
      sourceSheet: snapshot.name, sheet, list: ledger.list.name, listId: ledger.list.id,
      rows: ledger.report.rowsCopied, report: ledger.report, summary: describeStandardization(ledger, sheet),
    },
  };
}

/** Standardise the sheets asked for, each onto a new sheet. */
export function standardizeSheets(wb: WorkbookPort, request: StandardizeRequest = {}): Promise<Outcome<StandardizeResult>> {
  return guarded(async () => {
    const scope = request.sheets ?? "active";
    const names = await sheetsInScope(wb, scope);
    if (!names.ok) return names;
    const results: PerSheet<StandardizedSheet>[] = [];
    for (const name of names.value) results.push(await standardizeOne(wb, name, request.year));
    const sheets = gather(scope, results, (why) => say("cannot.noLedgerInWorkbook", { why }));
    if (!sheets.ok) return sheets;
    const written = sheets.value.flatMap((s) => (s.ok ? [s.value] : []));
    return done({ sheets: sheets.value, done: written, verdict: sheets.value.every((s) => s.ok) ? "pass" : "fail" });
  });
}
