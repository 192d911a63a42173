/**
 * Reading what the progress check needs from a data row: unit, task, 完成时限, 开始时间,
 * 实际完成时间 and completion. Only these columns are read (through the grid, so a cell merged
 * over several rows belongs to each of them), and each distinct cell content is parsed once.
 */
import type { CellValue, SheetSnapshot } from "../sheet";
import type { FieldId } from "../lists/schema";
import type { Grid } from "../recognize/grid";
import type { Recognized } from "../recognize/types";
import { parseDeadline } from "../parse/deadline";
import type { DeadlineContext, DeadlineReading, Precision } from "../parse/deadlineTypes";
import { readCompletion, type CompletionReading } from "../parse/completion";
import { toIso, type IsoDate } from "../parse/isoDate";
import { partsOf } from "./days";

/** A row's cells as the progress check reads them. */
export interface RowCells {
  /** The row's 责任单位 without whitespace; "" when the row (or sheet) has none. */
  unit: string;
  /** The 任务 text, whitespace collapsed. */
  task: string;
  /** The 完成时限 as shown. */
  deadlineText: string;
  /** The 完成时限 as parsed. */
  deadline: DeadlineReading;
  /** The first day the 开始时间 cell names; undefined when absent or unreadable. */
  start?: IsoDate;
  /** The first day the 实际完成时间 cell names; undefined when absent or unreadable. */
  completedOn?: IsoDate;
  completion: CompletionReading;
}

/** The first day of the period a reading's due date ends: month `2023-06-30` → `2023-06-01`. */
export function periodStart(due: IsoDate, precision: Precision): IsoDate {
  const { y, m } = partsOf(due);
  switch (precision) {
    case "day":
      return due;
    case "month":
      return toIso(y, m, 1);
    case "quarter":
      return toIso(y, m - ((m - 1) % 3), 1);
    case "half":
      return toIso(y, m <= 6 ? 1 : 7, 1);
    case "year":
      return toIso(y, 1, 1);
  }
}

/** The earliest day a date cell can mean (`2023年3月` → 03-01), or undefined. */
function firstDay(reading: DeadlineReading): IsoDate | undefined {
  if (!reading.ok || reading.kind !== "once") return undefined;
  return reading.start ?? periodStart(reading.due, reading.precision);
}

/** The memo key of a cell: its text for text cells, value, format and text otherwise. */
function keyOf(value: CellValue, text: string, format: string): string {
  return typeof value === "string" || value === null ? text : `\u0001${String(value)}\u0001${format}\u0001${text}`;
}

function memo<V>(): { get(key: string, compute: () => V): V } {
  const cache = new Map<string, V>();
  return {
    get(key, compute) {
      let v = cache.get(key);
      if (v === undefined) {
        v = compute();
        cache.set(key, v);
      }
      return v;
    },
  };
}

/** A cell's value, shown text (trimmed) and number format. */
interface RawCell {
  value: CellValue;
  text: string;
  format: string;
}

const EMPTY: RawCell = { value: null, text: "", format: "General" };

/**
 * A reader of the sheet's data rows (0-based sheet row → cells), memoised by cell content.
 * Cells are read straight from the snapshot's arrays, through the top-left cell of a merged
 * area (the grid's rule: a merged cell belongs to each of its rows), one lookup per cell.
 */
export function createRowReader(snapshot: SheetSnapshot, grid: Grid, recognized: Recognized, ctx: DeadlineContext): (row: number) => RowCells {
  const colOf = new Map<FieldId, number>();
  for (const c of recognized.columns) colOf.set(c.field, c.col);
  const { origin, values, text: shown, formats } = snapshot;
  const deadlines = memo<DeadlineReading>();
  const dates = memo<IsoDate | null>();
  const completions = memo<CompletionReading>();

  const cell = (row: number, field: FieldId): RawCell | undefined => {
    const col = colOf.get(field);
    if (col === undefined) return undefined;
    const area = grid.mergeAt(row, col);
    const r = (area ? area.row : row) - origin.row;
    const c = (area ? area.col : col) - origin.col;
    const line = values[r];
    if (line === undefined || c < 0 || c >= line.length) return EMPTY;
    const value = line[c] ?? null;
    const t = shown[r]?.[c] ?? "";
    return { value, text: (t !== "" || value === null ? t : String(value)).trim(), format: formats[r]?.[c] ?? "General" };
  };
  const text = (row: number, field: FieldId): string => cell(row, field)?.text ?? "";
  const readDate = (row: number, field: FieldId): IsoDate | undefined => {
    const c = cell(row, field);
    if (!c || (c.text === "" && c.value === null)) return undefined;
    return dates.get(keyOf(c.value, c.text, c.format), () => firstDay(parseDeadline(c, ctx)) ?? null) ?? undefined;
  };
  const squeeze = (t: string, by: string): string => (/\s/.test(t) ? t.replace(/\s+/g, by) : t);

  return (row) => {
    const d = cell(row, "deadline") ?? EMPTY;
    const progress = cell(row, "progress");
    const status = text(row, "status");
    const progressKey = progress ? keyOf(progress.value, progress.text, progress.format) : "\u0002";
    const out: RowCells = {
      unit: squeeze(text(row, "unit"), ""),
      task: squeeze(text(row, "task"), " "),
      deadlineText: d.text,
      deadline: deadlines.get(keyOf(d.value, d.text, d.format), () => parseDeadline(d, ctx)),
      completion: completions.get(status === "" ? progressKey : `${progressKey}\u0003${status}`, () => readCompletion(progress, status)),
    };
    const start = readDate(row, "start");
    if (start) out.start = start;
    const completedOn = readDate(row, "completedOn");
    if (completedOn) out.completedOn = completedOn;
    return out;
  };
}
