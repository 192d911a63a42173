/**
 * 一键校验 (validate): read the sheets, check them against the rules (docs/rules.md), write the
 * 校验结果 sheet (counts by rule) and the 校验结果明细 sheet (the findings), and mark the cells. One entry for the ribbon, the pane and `luoshi validate`.
 * Running it twice gives the same report and the same marks (the report sheets are replaced,
 * marks are cleared before re-marking).
 */
import type { CellMark, Decision, SheetSnapshot, WorkbookChange, WorkbookPort } from "../workbook/port";
import { validateSnapshot } from "../domain/validate/validate";
import type { Finding, SheetReport, Severity, ValidationSettings } from "../domain/validate/types";
import { reportLayouts, REPORT_SHEET, SEVERITY_LABEL } from "../render/reportSheet";
import { MARK_FILLS } from "../render/palette";
import { say } from "../messages";
import { done, guarded, type Outcome } from "./outcome";
import { gather, isResultSheet, resultSheetCannot, sheetsInScope, type PerSheet, type SheetScope } from "./sheets";
import { loadSettings, SETTINGS_KEY, todayInChina } from "./settings";
import { parseSettings } from "../domain/validate/settings";

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

function reportOf(snapshot: SheetSnapshot, settings: ValidationSettings): PerSheet<SheetReport> {
  const report = validateSnapshot(snapshot, { settings });
  if (report.list) return { sheet: report.sheet, ok: true, value: report };
  return { sheet: report.sheet, ok: false, code: report.reason ?? "not-ledger", message: report.message ?? "" };
}

/**
 * Validate the sheets asked for; writes 校验结果 and the marks unless `write` is false. One
 * sheet (the pane, the ribbon, `--sheet`) is one `batch` of the workbook: the sheet and the
 * settings read together, the report and the marks written together (docs/excel-hosts.md
 * "Sync budget"); every sheet (the CLI) reads sheet by sheet and writes in one batch.
 */
export function validateSheets(wb: WorkbookPort, request: ValidateRequest = {}): Promise<Outcome<ValidateResult>> {
  return guarded(async () => {
    const scope = request.sheets ?? "active";
    const checkedOn = request.checkedOn ?? todayInChina();
    const write = request.write !== false;
    const settingsOf = (stored: ValidationSettings) => (request.year === undefined ? stored : { ...stored, year: request.year });
    if (scope === "all") {
      const names = await sheetsInScope(wb, scope);
      if (!names.ok) return names;
      const settings = settingsOf(await loadSettings(wb));
      const results: PerSheet<SheetReport>[] = [];
      for (const name of names.value) results.push(reportOf(await wb.readSheet(name), settings));
      const sheets = gather(scope, results, (why) => say("cannot.noLedgerInWorkbook", { why }));
      if (!sheets.ok) return sheets;
      if (!write) return done(resultOf(sheets.value, undefined));
      const { names: written } = await wb.batch({}, () => ({ value: undefined, changes: resultChanges(reportsOf(sheets.value), checkedOn) }));
      return done(resultOf(sheets.value, written[0]));
    }
    if (scope !== "active" && isResultSheet(scope.name)) return resultSheetCannot(scope.name);
    const { value, names } = await wb.batch(
      { sheet: { name: scope === "active" ? undefined : scope.name, skip: isResultSheet, marks: write }, settings: [SETTINGS_KEY] },
      (found): Decision<Outcome<PerSheet<SheetReport>[]>> => {
        if (!found.snapshot) return { value: resultSheetCannot(found.sheet ?? ""), changes: [] };
        const settings = settingsOf(parseSettings(found.settings.get(SETTINGS_KEY) ?? null));
        const sheets = gather(scope, [reportOf(found.snapshot, settings)], (why) => say("cannot.noLedgerInWorkbook", { why }));
        return { value: sheets, changes: sheets.ok && write ? resultChanges(reportsOf(sheets.value), checkedOn) : [] };
      },
    );
    if (!value.ok) return value;
    return done(resultOf(value.value, names[0]));
  });
}

function reportsOf(sheets: readonly PerSheet<SheetReport>[]): SheetReport[] {
  return sheets.flatMap((s) => (s.ok ? [s.value] : []));
}

function resultOf(sheets: PerSheet<SheetReport>[], written: string | undefined): ValidateResult {
  const reports = reportsOf(sheets);
  return { sheets, reports, written, verdict: reports.some((r) => r.counts.error > 0) ? "fail" : "pass" };
}

/** The 校验结果 sheet for the reports (first: its name is the one reported), its 校验结果明细, then each checked sheet's marks. */
function resultChanges(reports: readonly SheetReport[], checkedOn: string): WorkbookChange[] {
  return [...reportLayouts(reports, checkedOn).map((spec): WorkbookChange => ({ kind: "writeSheet", spec })), ...reports.map((r): WorkbookChange => ({ kind: "markCells", sheet: r.sheet, marks: marksFor(r.findings) }))];
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
