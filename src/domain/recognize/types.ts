/**
 * What recognising a sheet yields: which list it is, where its header and data are, which
 * column is which field, and the plan year and unit found above the table.
 */
import type { FieldId, ListSchema } from "../lists/schema";

/** Where a value was found: shown to the clerk ("年度取自标题"). */
export type FoundIn = "title" | "fill-line" | "sheet-name" | "setting";

export interface RecognizedColumn {
  field: FieldId;
  /** 0-based sheet column. */
  col: number;
  /** The header text as written (both levels joined with "/" for two-level headers). */
  header: string;
}

export interface Recognized {
  ok: true;
  list: ListSchema;
  /** The title line above the table, if any (`XX镇2023年度重点工作任务清单`). */
  title?: string;
  /** 0-based sheet rows: the first and last header row (equal for a one-level header). */
  headerTop: number;
  headerBottom: number;
  /** 0-based sheet rows of the data, in order, without blank rows and notes. */
  dataRows: number[];
  /** Blank rows inside the table (between data rows). */
  blankRows: number[];
  /** Lines under the table that are notes (`注：…`, `填表说明`, signature lines). */
  notes: { row: number; text: string }[];
  /** Columns found, in sheet order. */
  columns: RecognizedColumn[];
  /** Required fields of the list that no column carries. */
  missing: FieldId[];
  /** Header cells that matched no field. */
  unknownHeaders: { col: number; header: string }[];
  year?: { value: number; foundIn: FoundIn };
  unit?: { value: string; foundIn: FoundIn };
  /** The 填报日期 written on the fill line, as written. */
  fillDate?: string;
}

export interface NotRecognized {
  ok: false;
  reason: "empty" | "not-ledger";
  /** A zh-CN sentence: what is wrong, where, how to fix it. */
  message: string;
}

export type Recognition = Recognized | NotRecognized;
