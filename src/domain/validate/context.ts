/**
 * What every rule works on: the sheet (snapshot and grid), the recognition, the data rows, the
 * plan year, the settings, and the cells' readings — each cell read once and only when a rule
 * asks for it, each 完成时限/责任人 text parsed once per sheet.
 */
import type { SheetSnapshot } from "../sheet";
import type { FieldId, ListSchema } from "../lists/schema";
import { MONTH_FIELDS } from "../lists/schema";
import type { Grid } from "../recognize/grid";
import type { FieldCell } from "../recognize/record";
import type { Recognized, RecognizedColumn } from "../recognize/types";
import { parseDeadline } from "../parse/deadline";
import type { DeadlineReading } from "../parse/deadlineTypes";
import { readOwner, type OwnerReading } from "../parse/person";
import type { ValidationSettings } from "./types";
import { compactText, isEmptyText } from "./cells";
import { createCellReader } from "./cellReader";
import { stageMonths } from "./stages";

/** One data row. Its cells are read through `RuleContext.cell`. */
export interface RowData {
  /** 0-based sheet row. */
  row: number;
  /** Position among the data rows. */
  index: number;
}

/** The plan year and where it was found (`title`, `fill-line`, `sheet-name`, `setting`). */
export interface PlanYear {
  value: number;
  foundIn: string;
}

/** Cell readings, computed on first use and kept for the other rules. */
export interface Readings {
  /** The row's 完成时限 as parsed; undefined when the sheet has no such column. */
  deadline(row: RowData): DeadlineReading | undefined;
  /** The row's 责任人 as read; undefined when the sheet has no such column. */
  owner(row: RowData): OwnerReading | undefined;
  /** Months of the dated stages written in the row's 目标, 措施 and 进展情况 text. */
  stages(row: RowData): readonly number[];
  /** Whether any of the row's 1月…12月 cells says something. */
  monthsFilled(row: RowData): boolean;
  /** `compactText`, memoised (task texts are compared by two rules). */
  compact(text: string): string;
}

/** The input of every rule. */
export interface RuleContext {
  sheet: string;
  /** The snapshot, read only. */
  snapshot: SheetSnapshot;
  grid: Grid;
  recognized: Recognized;
  list: ListSchema;
  /** The data rows in sheet order. */
  rows: readonly RowData[];
  year?: PlanYear;
  settings: ValidationSettings;
  readings: Readings;
  /** The recognised column of a field, if the sheet has one. */
  column(field: FieldId): RecognizedColumn | undefined;
  /**
   * A data row's cell of `field` with its raw value and number format (a merged cell's value
   * belongs to each of its rows); undefined without a column. Allocates: rules that only need
   * the text use `text`.
   */
  cell(row: RowData, field: FieldId): FieldCell | undefined;
  /** The trimmed text of a data row's `field` ("" without a column); merged areas filled in. */
  text(row: RowData, field: FieldId): string;
  /** The trimmed text of any cell, 0-based sheet coordinates; merged areas filled in. */
  textAt(row: number, col: number): string;
  /** Whether the cell lies in a merged area of more than one cell. */
  mergedAt(row: number, col: number): boolean;
}

const STAGE_FIELDS: readonly FieldId[] = ["goal", "measures", "report"];

/** The deadline cache's key: the text for text cells, value and format too for the rest. */
function deadlineKey(cell: FieldCell): string {
  return typeof cell.value === "string" || cell.value === null ? cell.text : `\u0001${String(cell.value)}\u0001${cell.format}\u0001${cell.text}`;
}

function memo<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) {
      v = compute(key);
      cache.set(key, v);
    }
    return v;
  };
}

/** The readings of a sheet's rows, memoised by row and by cell content. */
function createReadings(
  hasColumn: (field: FieldId) => boolean,
  cell: RuleContext["cell"],
  text: RuleContext["text"],
  rowCount: number,
  year: PlanYear | undefined,
): Readings {
  const ctx = year ? { year: year.value, yearFoundIn: year.foundIn } : {};
  const hasOwner = hasColumn("owner");
  const deadlineByContent = new Map<string, DeadlineReading>();
  const deadlineByRow = new Array<DeadlineReading | undefined>(rowCount);
  const ownerOf = memo(readOwner);
  const stagesOf = memo(stageMonths);
  return {
    deadline(row) {
      const known = deadlineByRow[row.index];
      if (known) return known;
      const c = cell(row, "deadline");
      if (!c) return undefined;
      const key = deadlineKey(c);
      let reading = deadlineByContent.get(key);
      if (!reading) {
        reading = parseDeadline({ value: c.value, text: c.text, format: c.format }, ctx);
        deadlineByContent.set(key, reading);
      }
      deadlineByRow[row.index] = reading;
      return reading;
    },
    owner(row) {
      return hasOwner ? ownerOf(text(row, "owner")) : undefined;
    },
    stages(row) {
      const found: number[] = [];
      for (const f of STAGE_FIELDS) {
        const t = text(row, f);
        if (t !== "") found.push(...stagesOf(t));
      }
      return found;
    },
    monthsFilled(row) {
      for (const f of MONTH_FIELDS) if (!isEmptyText(text(row, f))) return true;
      return false;
    },
    compact: memo(compactText),
  };
}

/** Build the rules' context. Cells are read from the snapshot when a rule asks for them. */
export function createContext(
  snapshot: SheetSnapshot,
  grid: Grid,
  recognized: Recognized,
  settings: ValidationSettings,
  year: PlanYear | undefined,
): RuleContext {
  const rows: RowData[] = recognized.dataRows.map((row, index) => ({ row, index }));
  const byField = new Map<FieldId, RecognizedColumn>();
  for (const c of recognized.columns) byField.set(c.field, c);
  const reader = createCellReader(snapshot, grid);
  const cell = (row: RowData, field: FieldId): FieldCell | undefined => {
    const column = byField.get(field);
    return column ? reader.read(row.row, column.col) : undefined;
  };
  const text = (row: RowData, field: FieldId): string => {
    const column = byField.get(field);
    return column ? reader.readText(row.row, column.col) : "";
  };
  const ctx: RuleContext = {
    sheet: snapshot.name,
    snapshot,
    grid,
    recognized,
    list: recognized.list,
    rows,
    settings,
    readings: createReadings((f) => byField.has(f), cell, text, rows.length, year),
    column: (field) => byField.get(field),
    cell,
    text,
    textAt: reader.readText,
    mergedAt: reader.merged,
  };
  if (year) ctx.year = year;
  return ctx;
}
