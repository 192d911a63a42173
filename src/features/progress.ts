/**
 * 进度分析 (progress at a check date, docs/progress.md): read the sheets, compute time elapsed
 * against tasks done per row and per unit, write the 进度分析 sheet. One entry for the pane and
 * `luoshi progress`. The holiday calendar (chinese-days) is loaded only for the working-day basis.
 */
import type { WorkbookPort } from "../workbook/port";
import { progressOfSheet } from "../domain/progress/progress";
import type { ProgressReady, TimeBasis, WorkdayCalendar } from "../domain/progress/types";
import { progressLayout } from "../render/progressSheet";
import { say } from "../messages";
import { done, guarded, type Outcome } from "./outcome";
import { readDate } from "./input";
import { gather, sheetsInScope, type PerSheet, type SheetScope } from "./sheets";
import { loadSettings, todayInChina } from "./settings";

export interface ProgressRequest {
  /** The active sheet (default), one by name, or every visible sheet. */
  sheets?: SheetScope;
  /** The check date C, yyyy-mm-dd (default: today in China). Checked: `2023-02-30` is a `Cannot`. */
  checkDate?: string;
  basis?: TimeBasis;
  /** The plan year when the sheet states none (default: the workbook's setting). */
  year?: number;
  /** Write the 进度分析 sheet (default true). */
  write?: boolean;
  /** How the edge names the date field in a sentence (`检查日期`, `--date `). */
  dateField?: string;
}

export interface ProgressResult {
  checkDate: string;
  basis: TimeBasis;
  /** Per sheet: its progress, or why it was not checked. */
  sheets: PerSheet<ProgressReady>[];
  reports: ProgressReady[];
  /** The 进度分析 sheets written, when written. */
  written: string[];
  /** `fail` when anything is overdue or a unit does not pass 时间过半、任务过半. */
  verdict: "pass" | "fail";
}

/** The working-day calendar, loaded only when the basis needs it. */
export async function calendarFor(basis: TimeBasis): Promise<WorkdayCalendar | undefined> {
  if (basis !== "workday") return undefined;
  return (await import(/* webpackChunkName: "holidays" */ "../calendar/chineseDays")).chineseDaysCalendar;
}

/** Check the progress of the sheets asked for; writes 进度分析 unless `write` is false. */
export function checkProgress(wb: WorkbookPort, request: ProgressRequest = {}): Promise<Outcome<ProgressResult>> {
  return guarded(async () => {
    const date = request.checkDate === undefined ? done(todayInChina()) : readDate(request.checkDate, request.dateField ?? "");
    if (!date.ok) return date;
    const checkDate = date.value;
    const basis = request.basis ?? "calendar";
    const scope = request.sheets ?? "active";
    const names = await sheetsInScope(wb, scope);
    if (!names.ok) return names;
    const settings = await loadSettings(wb);
    const calendar = await calendarFor(basis);
    const results: PerSheet<ProgressReady>[] = [];
    for (const name of names.value) {
      const r = progressOfSheet(await wb.readSheet(name), { checkDate, basis, tolerance: settings.tolerance, year: request.year ?? settings.year, calendar });
      results.push(r.ok ? { sheet: r.sheet, ok: true, value: r } : { sheet: r.sheet, ok: false, code: r.reason === "no-deadline-column" ? "missing-columns" : r.reason, message: r.message });
    }
    const sheets = gather(scope, results, (why) => say("cannot.noLedgerInWorkbook", { why }));
    if (!sheets.ok) return sheets;
    const reports = sheets.value.flatMap((s) => (s.ok ? [s.value] : []));
    const written: string[] = [];
    if (request.write !== false) for (const r of reports) written.push(await wb.writeSheet(progressLayout(r)));
    const behind = reports.some((r) => r.total.counts["逾期"] > 0 || r.units.some((u) => u.pass === false));
    return done({ checkDate, basis, sheets: sheets.value, reports, written, verdict: behind ? "fail" : "pass" });
  });
}

/** A zh-CN sentence with one sheet's result, for the pane and the CLI (`written`: where it went). */
export function describeProgress(r: ProgressReady, written?: string): string {
  const params = {
    sheet: r.sheet, date: r.checkDate, units: r.units.length,
    pass: r.units.filter((u) => u.pass === true).length, fail: r.units.filter((u) => u.pass === false).length,
    overdue: r.total.counts["逾期"], lagging: r.total.counts["滞后"],
  };
  return written ? say("progress.written", { ...params, report: written }) : say("progress.summary", params);
}
