/**
 * What recognising a sheet yields: which list it is, where its header and data are, which
 * column is which field, and the plan year and unit found above the table.
 */
import type { FieldId, ListSchema } from "../lists/schema";

/** Where a value was found: shown to the clerk ("年度取自标题"). */
export type FoundIn = "title" | "fill-line" | "sheet-name" | "setting";

/** How the list was chosen: forced by the caller, named in the title or sheet name, or by its columns. */
export type ListFoundIn = "option" | "title" | "sheet-name" | "columns";

/** What the `填报单位：… 填报日期：…` line above the table says, each value as written. */
export interface FillLine {
  /** 0-based sheet row of the line. */
  row: number;
  unit?: string;
  date?: string;
  person?: string;
  phone?: string;
}

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
  /** How the list was chosen. */
  listFoundIn: ListFoundIn;
  /** The title line above the table, if any (`XX镇2023年度重点工作任务清单`). */
  title?: string;
  /** 0-based sheet rows: the first and last header row (equal for a one-level header). */
  headerTop: number;
  headerBottom: number;
  /** 0-based sheet columns of the table: the first and last column with a header. */
  firstCol: number;
  lastCol: number;
  /** 0-based sheet rows of the data, in order, without blank rows and notes. */
  dataRows: number[];
  /** Blank rows inside the table: after the header and before the last data row (trailing ones are not listed). */
  blankRows: number[];
  /** Section rows inside the table (`一、经济发展`, `（一）项目建设`): not data. */
  sections: { row: number; text: string }[];
  /** Rows that repeat the header (a copy at a page break): not data. */
  repeatedHeaders: number[];
  /** Lines under the table that are notes (`注：…`, `填表说明`, signature lines). */
  notes: { row: number; text: string }[];
  /** 合计/小计/总计 rows inside the table: sums, not items (not validated, not merged, not judged). */
  totals: { row: number; text: string }[];
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
  /** The whole fill line, when there is one. */
  fillLine?: FillLine;
}

export interface NotRecognized {
  ok: false;
  reason: "empty" | "not-ledger";
  /** A zh-CN sentence: what is wrong, where, how to fix it. */
  message: string;
}

export type Recognition = Recognized | NotRecognized;
