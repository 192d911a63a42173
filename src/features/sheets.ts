/**
 * Which sheets a use case works on, decided once for every edge: the active sheet (pane,
 * ribbon), one sheet by name (`--sheet`), or every visible sheet that is not one of our result
 * sheets (the CLI over a whole file; the office's 单位名录 is not a ledger and is left out). Asking for one of our result sheets by name or by
 * activating it is a `Cannot` with the same sentence everywhere. See docs/decisions.md
 * "One entry per use case".
 */
import type { WorkbookPort } from "../workbook/port";
import { REPORT_DETAIL_SHEET, REPORT_SHEET } from "../render/reportSheet";
import { PROGRESS_DETAIL_SHEET, PROGRESS_SHEET } from "../render/progressSheet";
import { STAGE_SHEET_PREFIX } from "../render/stageSheet";
import { isRankingSheet } from "../render/rankingSheet";
import { isRankingListSheet } from "../render/rankingListSheet";
import { DIRECTORY_SHEET } from "../domain/merge/directory";
import { say } from "../messages";
import { cannot, done, type Cannot, type CannotCode, type Outcome } from "./outcome";

/** The result sheets named once for all (the others are named by a prefix and a date or quarter). */
const RESULT_SHEETS: ReadonlySet<string> = new Set([REPORT_SHEET, REPORT_DETAIL_SHEET, PROGRESS_SHEET, PROGRESS_DETAIL_SHEET]);

/** The active sheet, one sheet by name, or every visible ledger candidate. */
export type SheetScope = "active" | "all" | { name: string };

/** Whether a sheet is one of our result sheets (校验结果, 进度分析 and their 明细, 阶段检查（…）, 通报排名（…）, 排名事项（…）). */
export function isResultSheet(name: string): boolean {
  return RESULT_SHEETS.has(name) || name.startsWith(STAGE_SHEET_PREFIX) || isRankingSheet(name) || isRankingListSheet(name);
}

/** The outcome for a command run on one of our result sheets. */
export function resultSheetCannot(sheet: string): Cannot {
  return cannot("result-sheet", say("cannot.resultSheet", { sheet }), sheet);
}

/** The sheets in scope, in tab order; a single sheet that is one of ours is a `Cannot`. */
export async function sheetsInScope(wb: WorkbookPort, scope: SheetScope = "active"): Promise<Outcome<string[]>> {
  if (scope === "all") {
    const sheets = await wb.listSheets();
    return done(sheets.filter((s) => s.visible && !isResultSheet(s.name) && s.name !== DIRECTORY_SHEET).map((s) => s.name));
  }
  const name = scope === "active" ? await wb.activeSheet() : scope.name;
  return isResultSheet(name) ? resultSheetCannot(name) : done([name]);
}

/** One sheet's part of a use case over several: its result, or why it was left out. */
export type PerSheet<T> = { sheet: string; ok: true; value: T } | { sheet: string; ok: false; code: CannotCode; message: string };

/**
 * Gather per-sheet results into the use case's outcome. One sheet asked for: its own `Cannot`
 * when it failed. Every sheet: empty sheets (Sheet2, Sheet3 …) are left out quietly, others are
 * kept with their reason; `noneMessage` when no sheet went through.
 */
export function gather<T>(scope: SheetScope, results: PerSheet<T>[], noneMessage: (why: string) => string): Outcome<PerSheet<T>[]> {
  if (scope !== "all") {
    const [only] = results;
    return only.ok ? done(results) : cannot(only.code, only.message, only.sheet);
  }
  const shown = results.filter((r) => r.ok || r.code !== "empty");
  if (shown.some((r) => r.ok)) return done(shown);
  const why = shown.map((r) => (r.ok ? "" : r.message)).filter(Boolean).join(" ");
  return cannot("no-ledger", noneMessage(why));
}
