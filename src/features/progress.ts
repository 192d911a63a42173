/**
 * 进度分析 (progress at a check date, docs/progress.md): read the sheets, compute time elapsed
 * against tasks done per row and per unit, write the 进度分析 sheet (per unit) and the 进度分析明细
 * sheet (per row). One entry for the pane and `luoshi progress`. The holiday calendar
 * (chinese-days) is loaded only for the working-day basis.
 */
import type { Decision, SheetSnapshot, WorkbookChange, WorkbookPort } from "../workbook/port";
import { progressOfSheet } from "../domain/progress/progress";
import type { ProgressReady, TimeBasis, WorkdayCalendar } from "../domain/progress/types";
import { progressLayouts } from "../render/progressSheet";
import { say } from "../messages";
import { done, guarded, type Outcome } from "./outcome";
import { readDate } from "./input";
import { gather, isResultSheet, resultSheetCannot, sheetsInScope, type PerSheet, type SheetScope } from "./sheets";
import { loadSettings, SETTINGS_KEY, todayInChina } from "./settings";
import { parseSettings } from "../domain/validate/settings";
import type { ValidationSettings } from "../domain/validate/types";

export interface ProgressRequest {
  /** The active sheet (default), one by name, or every visible sheet. */
  sheets?: SheetScope;
  /** The check date C, yyyy-mm-dd (default: today in China). Checked: `2023-02-30` is a `Cannot`. */
  checkDate?: string;
  basis?: TimeBasis;
  /** The plan year when the sheet states none (default: the workbook's setting). */
  year?: number;
  /** Write the 进度分析 and 进度分析明细 sheets (default true). */
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
  /** The 进度分析 sheets written, when written (each with its 进度分析明细 beside it, not listed). */
  written: string[];
  /** `fail` when anything is overdue or a unit does not pass 时间过半、任务过半. */
  verdict: "pass" | "fail";
}

/** The working-day calendar, loaded only when the basis needs it. */
export async function calendarFor(basis: TimeBasis): Promise<WorkdayCalendar | undefined> {
  if (basis !== "workday") return undefined;
  return (await import(/* webpackChunkName: "holidays" */ "../calendar/chineseDays")).chineseDaysCalendar;
}

/**
 * Check the progress of the sheets asked for; writes 进度分析 and 进度分析明细 unless `write` is
 * false. One sheet (the pane, `--sheet`) is one `batch` of the workbook: the sheet and the
 * settings read together, the report written after (docs/excel-hosts.md "Sync budget"); every
 * sheet (the CLI) reads sheet by sheet and writes in one batch.
 */
export function checkProgress(wb: WorkbookPort, request: ProgressRequest = {}): Promise<Outcome<ProgressResult>> {
  return guarded(async () => {
    const date = request.checkDate === undefined ? done(todayInChina()) : readDate(request.checkDate, request.dateField ?? "");
    if (!date.ok) return date;
    const checkDate = date.value;
    const basis = request.basis ?? "calendar";
    const scope = request.sheets ?? "active";
    const write = request.write !== false;
    const calendar = await calendarFor(basis);
    const progressOf = (snapshot: SheetSnapshot, settings: ValidationSettings): PerSheet<ProgressReady> => {
      const r = progressOfSheet(snapshot, { checkDate, basis, tolerance: settings.tolerance, year: request.year ?? settings.year, calendar });
      return r.ok ? { sheet: r.sheet, ok: true, value: r } : { sheet: r.sheet, ok: false, code: r.reason === "no-deadline-column" ? "missing-columns" : r.reason, message: r.message };
    };
    const none = (why: string) => say("cannot.noLedgerInWorkbook", { why });
    // Per sheet checked: its 进度分析, then its 进度分析明细 (so the names of the 进度分析 are every other one).
    const changesOf = (sheets: readonly PerSheet<ProgressReady>[]): WorkbookChange[] =>
      write ? sheets.flatMap((s): WorkbookChange[] => (s.ok ? progressLayouts(s.value).map((spec) => ({ kind: "writeSheet", spec })) : [])) : [];
    const summaries = (names: readonly string[]): string[] => names.filter((_n, i) => i % 2 === 0);
    let sheets: PerSheet<ProgressReady>[];
    let written: string[];
    if (scope === "all") {
      const names = await sheetsInScope(wb, scope);
      if (!names.ok) return names;
      const settings = await loadSettings(wb);
      const results: PerSheet<ProgressReady>[] = [];
      for (const name of names.value) results.push(progressOf(await wb.readSheet(name), settings));
      const gathered = gather(scope, results, none);
      if (!gathered.ok) return gathered;
      sheets = gathered.value;
      const changes = changesOf(sheets);
      written = changes.length ? summaries((await wb.batch({}, () => ({ value: undefined, changes }))).names) : [];
    } else {
      if (scope !== "active" && isResultSheet(scope.name)) return resultSheetCannot(scope.name);
      const batched = await wb.batch(
        { sheet: { name: scope === "active" ? undefined : scope.name, skip: isResultSheet }, settings: [SETTINGS_KEY] },
        (found): Decision<Outcome<PerSheet<ProgressReady>[]>> => {
          if (!found.snapshot) return { value: resultSheetCannot(found.sheet ?? ""), changes: [] };
          const gathered = gather(scope, [progressOf(found.snapshot, parseSettings(found.settings.get(SETTINGS_KEY) ?? null))], none);
          return { value: gathered, changes: gathered.ok ? changesOf(gathered.value) : [] };
        },
      );
      if (!batched.value.ok) return batched.value;
      sheets = batched.value.value;
      written = summaries(batched.names);
    }
    const reports = sheets.flatMap((s) => (s.ok ? [s.value] : []));
    const behind = reports.some((r) => r.total.counts["逾期"] > 0 || r.units.some((u) => u.pass === false));
    return done({ checkDate, basis, sheets, reports, written, verdict: behind ? "fail" : "pass" });
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
