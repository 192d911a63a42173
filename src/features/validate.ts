/**
 * 一键校验 (validate): read the sheets, check them against the rules (docs/rules.md), write the
 * 校验结果 sheet and mark the cells. One entry for the ribbon, the pane and `luoshi validate`.
 * Running it twice gives the same report and the same marks (the report sheet is replaced,
 * marks are cleared before re-marking).
 */
import type { CellMark, WorkbookPort } from "../workbook/port";
import { validateSnapshot } from "../domain/validate/validate";
import type { Finding, SheetReport, Severity, ValidationSettings } from "../domain/validate/types";
import { reportLayout, REPORT_SHEET, SEVERITY_LABEL } from "../render/reportSheet";
import { MARK_FILLS } from "../render/palette";
import { say } from "../messages";
import { done, guarded, type Outcome } from "./outcome";
import { gather, sheetsInScope, type PerSheet, type SheetScope } from "./sheets";
import { loadSettings, todayInChina } from "./settings";

export interface ValidateRequest {
  /** The active sheet (default), one by name, or every visible sheet. */
  sheets?: SheetScope;
  /** The plan year when a sheet states none (overrides the stored setting). */
  year?: number;
  /** The check date printed on the report, yyyy-mm-dd (default: today in China). */
  checkedOn?: string;
  /** Write the report sheet and the marks (default true). */
  write?: boolean;
}

export interface ValidateResult {
  /** Per sheet: its report, or why it was not checked (not a ledger; empty sheets left out when checking all). */
  sheets: PerSheet<SheetReport>[];
  /** The reports of the sheets checked. */
  reports: SheetReport[];
  /** The 校验结果 sheet written, when written. */
  written?: string;
  /** `fail` when any error-level finding. */
  verdict: "pass" | "fail";
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** One mark per cell: the worst severity's fill, every message in the note. */
export function marksFor(findings: readonly Finding[]): CellMark[] {
  const byCell = new Map<string, { row: number; col: number; worst: Severity; notes: string[] }>();
  for (const f of findings) {
    if (!f.at) continue;
    const key = `${f.at.row}:${f.at.col}`;
    const m = byCell.get(key) ?? { row: f.at.row, col: f.at.col, worst: f.severity, notes: [] };
    if (RANK[f.severity] > RANK[m.worst]) m.worst = f.severity;
    m.notes.push(say("validate.markNote", { severity: SEVERITY_LABEL[f.severity], message: f.message }));
    byCell.set(key, m);
  }
  return [...byCell.values()].map((m) => ({ row: m.row, col: m.col, fill: MARK_FILLS[m.worst], note: m.notes.join("\n") }));
}

async function validateOne(wb: WorkbookPort, name: string, settings: ValidationSettings): Promise<PerSheet<SheetReport>> {
  const report = validateSnapshot(await wb.readSheet(name), { settings });
  if (report.list) return { sheet: report.sheet, ok: true, value: report };
  return { sheet: report.sheet, ok: false, code: report.reason ?? "not-ledger", message: report.message ?? "" };
}

/** Validate the sheets asked for; writes 校验结果 and the marks unless `write` is false. */
export function validateSheets(wb: WorkbookPort, request: ValidateRequest = {}): Promise<Outcome<ValidateResult>> {
  return guarded(async () => {
    const scope = request.sheets ?? "active";
    const names = await sheetsInScope(wb, scope);
    if (!names.ok) return names;
    const stored = await loadSettings(wb);
    const settings = request.year === undefined ? stored : { ...stored, year: request.year };
    const results: PerSheet<SheetReport>[] = [];
    for (const name of names.value) results.push(await validateOne(wb, name, settings));
    const sheets = gather(scope, results, (why) => say("cannot.noLedgerInWorkbook", { why }));
    if (!sheets.ok) return sheets;
    const reports = sheets.value.flatMap((s) => (s.ok ? [s.value] : []));
    const written = request.write === false ? undefined : await writeResults(wb, reports, request.checkedOn ?? todayInChina());
    return done({ sheets: sheets.value, reports, written, verdict: reports.some((r) => r.counts.error > 0) ? "fail" : "pass" });
  });
}

/** Write the 校验结果 sheet for the reports and mark each checked sheet's cells. */
async function writeResults(wb: WorkbookPort, reports: readonly SheetReport[], checkedOn: string): Promise<string> {
  const name = await wb.writeSheet(reportLayout(reports, checkedOn));
  for (const r of reports) await wb.markCells(r.sheet, marksFor(r.findings));
  return name;
}

/** A zh-CN sentence with one sheet's counts, for the pane, the ribbon and the CLI. */
export function describeReport(r: SheetReport): string {
  const { error, warning, info } = r.counts;
  const list = r.list ?? "";
  if (error + warning + info === 0) return say("validate.clean", { sheet: r.sheet, list, rows: r.rows });
  return say("validate.found", { sheet: r.sheet, list, rows: r.rows, error, warning, info, report: REPORT_SHEET });
}

/** One finding in a line: cell (or 整表), severity, rule id, message and hint (the CLI's text output). */
export function describeFinding(f: Finding): string {
  return say("validate.findingLine", { cell: f.cell ?? say("validate.wholeSheet"), severity: SEVERITY_LABEL[f.severity], rule: f.rule, message: f.message, hint: f.hint });
}

/** The sentence for one sheet of a validation: its counts, or why it was not checked. */
export function describeSheet(s: PerSheet<SheetReport>): string {
  return s.ok ? describeReport(s.value) : s.message;
}
