/** `luoshi progress FILE.xlsx --date 2023-06-30 [--basis calendar|month|workday] [--year 2023] [--sheet NAME] [--json] [--write]`. */
import type { CliIo } from "./io";
import { checkProgress, describeProgress } from "../features/progress";
import { readBasis } from "../features/input";
import type { PerSheet } from "../features/sheets";
import type { ProgressReady } from "../domain/progress/types";
import { say } from "../messages";
import { exitOf, openFile, orUsage, outputPath, refuse, UsageError } from "./commands";

export interface ProgressCliOptions {
  date?: string;
  basis?: string;
  year?: number;
  sheet?: string;
  json: boolean;
  write: boolean;
}

/** The JSON form of one sheet. */
export function progressJson(s: PerSheet<ProgressReady>) {
  if (!s.ok) return { sheet: s.sheet, message: s.message, rows: [], units: [] };
  const r = s.value;
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
  if (!file) throw new UsageError(say("cli.usage.progress"));
  const basis = opts.basis === undefined ? undefined : orUsage(readBasis(opts.basis, "--basis "));
  const out = opts.write ? outputPath(file, "progress") : undefined;
  const wb = await openFile(io, file);
  const outcome = await checkProgress(wb, {
    sheets: opts.sheet === undefined ? "all" : { name: opts.sheet }, checkDate: opts.date, dateField: "--date ", basis, year: opts.year, write: opts.write,
  });
  if (!outcome.ok) return refuse(io, outcome, file);
  const { sheets, verdict } = outcome.value;
  if (opts.json) io.out(JSON.stringify({ file, sheets: sheets.map(progressJson) }, null, 2) + "\n");
  else for (const s of sheets) io.out((s.ok ? describeProgress(s.value) : s.message) + "\n");
  if (out) {
    await io.writeFile(out, await wb.save());
    if (!opts.json) io.out(say("cli.progress.written", { out }) + "\n");
  }
  return exitOf(verdict);
}
