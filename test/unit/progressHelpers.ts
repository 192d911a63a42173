/**
 * Shared by the progress tests: key-task ledgers built from short row descriptions (a title
 * with the plan year, one header row, date cells as serials with a date format, percents as
 * numbers with `0%` or as text), and a workday calendar with a fixed list of holidays.
 */
import type { CellArea, CellValue, SheetSnapshot } from "../../src/domain/sheet";
import type { WorkdayCalendar } from "../../src/domain/progress";
import { serialOf, snapshotOf } from "../fixtures/snapshot";

/** A date cell: written as a serial with the `yyyy-mm-dd` format, as Excel stores it. */
export interface DateCell {
  date: string;
}

/** A number shown as a percentage (`0.6` shown `60%`). */
export interface PercentCell {
  percent: number;
}

export type Cell = CellValue | DateCell | PercentCell;

/** One task row; absent fields are empty cells. */
export interface TaskRow {
  task?: string | null;
  deadline?: Cell;
  unit?: string | null;
  progress?: Cell;
  status?: string | null;
  start?: Cell;
  completedOn?: Cell;
}

/** The columns a built ledger has, in order; `deadline` can be left out to test a missing column. */
export type Column = "task" | "deadline" | "unit" | "progress" | "status" | "start" | "completedOn";

const HEADERS: Record<Column, string> = {
  task: "任务",
  deadline: "完成时限",
  unit: "责任单位",
  progress: "完成进度",
  status: "完成情况",
  start: "开始时间",
  completedOn: "实际完成时间",
};

export const ALL_COLUMNS: readonly Column[] = ["task", "deadline", "unit", "progress", "status", "start", "completedOn"];

/** Options of `ledgerOf`. */
export interface LedgerOptions {
  /** The sheet's name; default `重点任务`. */
  sheet?: string;
  /** The title line; default `2023年度重点工作任务清单`; null for none. */
  title?: string | null;
  columns?: readonly Column[];
  merges?: CellArea[];
}

/** The first data row (0-based sheet row) of a built ledger: title, then header. */
export const FIRST_DATA_ROW = 2;

const isDate = (c: Cell | undefined): c is DateCell => typeof c === "object" && c !== null && "date" in c;
const isPercent = (c: Cell | undefined): c is PercentCell => typeof c === "object" && c !== null && "percent" in c;

/**
 * A key-task ledger: title row, header row (序号, 目标, 措施, 责任人 filled so the sheet is
 * recognised as 重点工作任务清单), then one row per task.
 */
export function ledgerOf(tasks: readonly TaskRow[], options: LedgerOptions = {}): SheetSnapshot {
  const columns = options.columns ?? ALL_COLUMNS;
  const title = options.title === undefined ? "2023年度重点工作任务清单" : options.title;
  const header: CellValue[] = ["序号", "目标", "措施", "责任人", ...columns.map((c) => HEADERS[c])];
  const rows: CellValue[][] = [[title], header];
  const formats: { row: number; col: number; format: string }[] = [];
  tasks.forEach((task, i) => {
    const r = rows.length;
    const cells: CellValue[] = [i + 1, "完成目标100个", "按月调度推进", "张三"];
    columns.forEach((c, j) => {
      const cell = task[c];
      const col = 4 + j;
      if (isDate(cell)) {
        const [y, m, d] = cell.date.split("-").map(Number);
        cells.push(serialOf(y, m, d));
        formats.push({ row: r, col, format: "yyyy-mm-dd" });
      } else if (isPercent(cell)) {
        cells.push(cell.percent);
        formats.push({ row: r, col, format: "0%" });
      } else {
        cells.push(c in task ? (cell ?? null) : c === "task" ? `任务${i + 1}` : null);
      }
    });
    rows.push(cells);
  });
  return snapshotOf({ sheet: options.sheet ?? "重点任务", rows, merges: options.merges ?? [], formats });
}

/** A calendar with Monday–Friday work, except `holidays`, plus `makeupDays`; holds only `years`. */
export function fakeCalendar(years: readonly number[], holidays: readonly string[] = [], makeupDays: readonly string[] = []): WorkdayCalendar {
  const off = new Set(holidays);
  const on = new Set(makeupDays);
  return {
    isWorkday(iso) {
      if (on.has(iso)) return true;
      const [y, m, d] = iso.split("-").map(Number);
      const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
      return weekday >= 1 && weekday <= 5 && !off.has(iso);
    },
    hasYear: (year) => years.includes(year),
  };
}
