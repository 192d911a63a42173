/**
 * 进度分析 (progress at a stage check): read a sheet, compute time elapsed against tasks done
 * per row and per unit, write the 进度分析 sheet. Shared by the pane and `luoshi progress`.
 * The holiday calendar (chinese-days) is loaded only for the working-day basis.
 */
import type { WorkbookPort } from "../workbook/port";
import { progressOfSheet } from "../domain/progress/progress";
import type { ProgressReport, TimeBasis, WorkdayCalendar } from "../domain/progress/types";
import { progressLayout } from "../render/progressSheet";
import { loadSettings, todayInChina } from "./validate";
import { isResultSheet, resultSheetMessage } from "./ownSheets";

export interface ProgressCheckOptions {
  sheet?: string;
  /** The check date C, yyyy-mm-dd (default: today in China). */
  checkDate?: string;
  basis?: TimeBasis;
  /** The plan year when the sheet states none (default: the workbook's setting). */
  year?: number;
  /** Write the 进度分析 sheet (default true). */
  write?: boolean;
}

async function calendarFor(basis: TimeBasis): Promise<WorkdayCalendar | undefined> {
  if (basis !== "workday") return undefined;
  return (await import(/* webpackChunkName: "holidays" */ "../calendar/chineseDays")).chineseDaysCalendar;
}

/** Check one sheet's progress; writes 进度分析 unless `write` is false or the sheet cannot be checked. */
export async function checkProgress(wb: WorkbookPort, options: ProgressCheckOptions = {}): Promise<ProgressReport> {
  const settings = await loadSettings(wb);
  const basis = options.basis ?? "calendar";
  const snapshot = await wb.readSheet(options.sheet);
  const checkDate = options.checkDate ?? todayInChina();
  if (isResultSheet(snapshot.name)) return { ok: false, sheet: snapshot.name, reason: "not-ledger", message: resultSheetMessage(snapshot.name), checkDate, basis };
  const report = progressOfSheet(snapshot, {
    checkDate,
    basis,
    tolerance: settings.tolerance,
    year: options.year ?? settings.year,
    calendar: await calendarFor(basis),
  });
  if (report.ok && options.write !== false) await wb.writeSheet(progressLayout(report));
  return report;
}

/** A zh-CN sentence with the result, for the pane and the CLI. */
export function describeProgress(r: ProgressReport): string {
  if (!r.ok) return r.message;
  const pass = r.units.filter((u) => u.pass === true).length;
  const fail = r.units.filter((u) => u.pass === false).length;
  return `工作表“${r.sheet}”截至 ${r.checkDate} 的进度已写入“进度分析”：${r.units.length} 个单位，时间过半任务过半达到 ${pass} 个、未达到 ${fail} 个；逾期 ${r.total.counts["逾期"]} 项，滞后 ${r.total.counts["滞后"]} 项。`;
}
