/** `luoshi progress FILE.xlsx --date 2023-06-30 [--basis calendar|month|workday] [--year 2023] [--sheet NAME] [--json] [--write]`. */
import type { CliIo } from "./io";
import { openFile, UsageError } from "./commands";
import { checkProgress, describeProgress } from "../features/progress";
import { TIME_BASES, type ProgressReport, type TimeBasis } from "../domain/progress/types";
import { isIsoDate } from "../domain/parse/isoDate";
import { isResultSheet } from "../features/ownSheets";

export interface ProgressCliOptions {
  date?: string;
  basis?: string;
  year?: number;
  sheet?: string;
  json: boolean;
  write: boolean;
}

/** The JSON form of one sheet, as the issue specifies it. */
export function progressJson(r: ProgressReport) {
  if (!r.ok) return { sheet: r.sheet, message: r.message, rows: [], units: [] };
  const unit = (u: (typeof r.units)[number]) => ({
    unit: u.unit, timeProgress: u.timeProgress, taskProgress: u.taskProgress, gap: u.gap, counts: u.counts,
    completionRate: u.completionRate.value, dueCompletionRate: u.dueCompletionRate.value, onScheduleRate: u.onScheduleRate.value, pass: u.pass,
  });
  return {
    sheet: r.sheet, checkDate: r.checkDate, basis: r.basis, basisLabel: r.basisLabel, warnings: r.warnings,
    rows: r.rows.map((x) => ({ row: x.row, unit: x.unit, task: x.task, status: x.status, elapsed: x.t, completion: x.p, gap: x.gap, due: x.deadline.due, ...(x.lateCompletion ? { lateCompletion: true } : {}) })),
    units: r.units.map(unit),
    total: unit(r.total),
  };
}

export async function runProgress(io: CliIo, args: string[], opts: ProgressCliOptions): Promise<number> {
  const [file] = args;
  if (!file) throw new UsageError("请写明要分析的文件，例如：luoshi progress 台账.xlsx --date 2023-06-30");
  if (opts.date !== undefined && !isIsoDate(opts.date)) throw new UsageError(`--date 应写成 2023-06-30 这样的日期，而不是“${opts.date}”。`);
  if (opts.basis !== undefined && !TIME_BASES.includes(opts.basis as TimeBasis)) {
    throw new UsageError(`--basis 只能是 calendar（日历天数）、month（月份）或 workday（工作日），而不是“${opts.basis}”。`);
  }
  const wb = await openFile(io, file);
  const names = opts.sheet ? [opts.sheet] : (await wb.listSheets()).filter((s) => s.visible && !isResultSheet(s.name)).map((s) => s.name);
  const reports: ProgressReport[] = [];
  for (const sheet of names) {
    reports.push(await checkProgress(wb, { sheet, checkDate: opts.date, basis: opts.basis as TimeBasis | undefined, year: opts.year, write: false }));
  }
  const ready = reports.filter((r) => r.ok);
  if (!ready.length) throw new UsageError(reports.map((r) => (r.ok ? "" : r.message)).join(" ") || `文件“${file}”中没有可分析的台账。`);
  if (opts.json) io.out(JSON.stringify({ file, sheets: reports.map(progressJson) }, null, 2) + "\n");
  else for (const r of reports) io.out(describeProgress(r).replace("的进度已写入“进度分析”", "的进度") + "\n");
  if (opts.write) {
    const out = file.replace(/(\.xlsx)?$/i, ".progress.xlsx");
    for (const r of ready) await checkProgress(wb, { sheet: r.sheet, checkDate: opts.date, basis: opts.basis as TimeBasis | undefined, year: opts.year });
    await io.writeFile(out, await wb.save());
    if (!opts.json) io.out(`已把“进度分析”写入“${out}”，原文件未改动。\n`);
  }
  return ready.some((r) => r.ok && (r.total.counts["逾期"] > 0 || r.units.some((u) => u.pass === false))) ? 1 : 0;
}
