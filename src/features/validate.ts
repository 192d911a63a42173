/**
 * 一键校验 (validate): read a sheet, check it against the rules, write the 校验结果 sheet and mark
 * the cells. Shared by the ribbon, the pane and `luoshi validate`. Running it twice gives the same
 * report and the same marks (the report sheet is replaced, marks are cleared before re-marking).
 */
import type { CellMark, WorkbookPort } from "../workbook/port";
import { validateSheet as checkSnapshot } from "../domain/validate/validate";
import type { Finding, SheetReport, Severity } from "../domain/validate/types";
import { parseSettings, serializeSettings } from "../domain/validate/settings";
import type { ValidationSettings } from "../domain/validate/types";
import { reportLayout, REPORT_SHEET, SEVERITY_LABEL } from "../render/reportSheet";
import { MARK_FILLS } from "../render/palette";
import { todayInChina as chinaDay } from "../domain/progress/stages";
import { isResultSheet, resultSheetMessage } from "./ownSheets";

export const SETTINGS_KEY = "luoshi.settings";

export interface ValidateOptions {
  /** The sheet to check (default: the active one). */
  sheet?: string;
  /** The check date printed on the report, yyyy-mm-dd (default: today in China). */
  checkedOn?: string;
  /** Override the stored settings. */
  settings?: ValidationSettings;
  /** Write the report sheet and the marks (default true). */
  write?: boolean;
}

/** Today in China (Asia/Shanghai), yyyy-mm-dd. */
export function todayInChina(now = new Date()): string {
  return chinaDay(now);
}

/** The settings stored in the workbook (defaults when none or unreadable). */
export async function loadSettings(wb: WorkbookPort): Promise<ValidationSettings> {
  return parseSettings(await wb.getSetting(SETTINGS_KEY));
}

/** Store the settings in the workbook. */
export async function saveSettings(wb: WorkbookPort, settings: ValidationSettings): Promise<void> {
  await wb.setSetting(SETTINGS_KEY, serializeSettings(settings));
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
    m.notes.push(`【${SEVERITY_LABEL[f.severity]}】${f.message}`);
    byCell.set(key, m);
  }
  return [...byCell.values()].map((m) => ({ row: m.row, col: m.col, fill: MARK_FILLS[m.worst], note: m.notes.join("\n") }));
}

/** Validate one sheet; writes the report sheet and marks unless `write` is false. */
export async function validateSheet(wb: WorkbookPort, options: ValidateOptions = {}): Promise<SheetReport> {
  const settings = options.settings ?? (await loadSettings(wb));
  const snapshot = await wb.readSheet(options.sheet);
  if (isResultSheet(snapshot.name)) return notChecked(snapshot.name, resultSheetMessage(snapshot.name));
  const report = checkSnapshot(snapshot, { settings });
  // A sheet that is not a ledger gets its sentence, not an empty report sheet.
  if (options.write !== false && report.list) await writeResults(wb, [report], options.checkedOn ?? todayInChina());
  return report;
}

/** The report of a sheet that could not be checked. */
function notChecked(sheet: string, message: string): SheetReport {
  return { sheet, list: null, listId: null, headerRow: null, rows: 0, findings: [], counts: { error: 0, warning: 0, info: 0 }, byRule: {}, message };
}

/** Write the 校验结果 sheet for the reports and mark each checked sheet's cells. */
export async function writeResults(wb: WorkbookPort, reports: readonly SheetReport[], checkedOn: string): Promise<string> {
  const name = await wb.writeSheet(reportLayout(reports, checkedOn));
  for (const r of reports) {
    if (r.list) await wb.markCells(r.sheet, marksFor(r.findings));
  }
  return name;
}

/** A zh-CN sentence with the counts, for the ribbon and the CLI. */
export function describeReport(r: SheetReport): string {
  if (!r.list) return r.message ?? `工作表“${r.sheet}”未能校验。`;
  const { error, warning, info } = r.counts;
  if (error + warning + info === 0) return `工作表“${r.sheet}”（${r.list}）校验完毕：检查 ${r.rows} 行，没有发现问题。`;
  return `工作表“${r.sheet}”（${r.list}）校验完毕：检查 ${r.rows} 行，发现错误 ${error} 条、警告 ${warning} 条、提示 ${info} 条。详见“${REPORT_SHEET}”工作表，问题单元格已标色，可用“清除标记”去掉。`;
}
