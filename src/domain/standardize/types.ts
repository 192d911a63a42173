/**
 * What standardising (规范化) a recognised ledger yields: the list's standard columns filled
 * from the clerk's sheet, section lines kept in place, notes moved below, and a report of what
 * changed. Plain data: `src/render/standardLayout.ts` turns it into a sheet.
 */
import type { CellValue } from "../sheet";
import type { ColumnKind, FieldId, ListSchema } from "../lists/schema";

/** Where a column of the standard sheet comes from. */
export type StandardColumnRole =
  /** One of the list's standard columns, in standard order. */
  | "standard"
  /** `完成时限（原文）`: the deadline as the clerk wrote it, right after the standard 完成时限. */
  | "original-deadline"
  /** A column of the clerk's sheet that matches no standard column, kept at the right end. */
  | "extra";

export interface StandardColumn {
  /** The header written on the standard sheet. */
  header: string;
  kind: ColumnKind;
  /** Column width in characters (the template's width for standard columns). */
  width: number;
  role: StandardColumnRole;
  /** The field of a standard column. */
  field?: FieldId;
  /** Drop-down choices of a standard column. */
  choices?: readonly string[];
  /** 0-based column of the clerk's sheet the values come from; absent when the sheet lacks it. */
  source?: number;
}

/** A data row of the standard sheet, or a section line (`一、经济发展`) kept where it stood. */
export type StandardLine =
  | {
      kind: "data";
      /** 0-based row of the clerk's sheet. */
      sourceRow: number;
      /** One value per standard column. */
      cells: CellValue[];
      /** A number format for single cells that keep their own (numbers in extra columns). */
      formats: (string | undefined)[];
    }
  | { kind: "section"; sourceRow: number; text: string };

/** A 完成时限 left as written because it could not be read as a date (or the reading is doubtful). */
export interface UnreadableDeadline {
  /** 0-based row of the clerk's sheet. */
  row: number;
  text: string;
  /** zh-CN: why, from the deadline parser. */
  explain: string;
}

/** What standardising changed. Counts are of changes, so standardising again reports none. */
export interface StandardizeReport {
  /** Data rows written (every data row of the clerk's sheet). */
  rowsCopied: number;
  /** Section lines kept as merged lines. */
  sectionsKept: number;
  /** Blank rows inside the table left out. */
  blankRowsDropped: number;
  /** Header rows repeated at page breaks left out. */
  repeatedHeadersDropped: number;
  /** Cells that had their value only through a merged cell above and now hold it themselves. */
  mergedCellsFilled: number;
  /** 完成时限 cells rewritten as ISO dates (`6月底前` → `2023-06-30`). */
  deadlinesNormalized: number;
  /** 完成时限 cells of ongoing or recurring tasks (`长期坚持`, `每季度`), kept as written. */
  deadlinesKept: number;
  /** 完成时限 cells that could not be read, kept as written. */
  deadlinesUnreadable: UnreadableDeadline[];
  /** Cells of date columns turned from text or bare numbers into dates. */
  datesConverted: number;
  /** 序号 numbers added because the sheet had no 序号 column. */
  seqAdded: number;
  /** Standard names of required columns the sheet lacked (added empty). */
  missingColumns: string[];
  /** Headers of the clerk's columns kept at the right end. */
  extraColumns: string[];
  /** Notes and signature lines moved below the table. */
  notesMoved: number;
}

/** A ledger in its list's standard form. */
export interface StandardLedger {
  list: ListSchema;
  /** The clerk's sheet. */
  sourceSheet: string;
  /** 填报单位, plan year, 填报日期, 填报人 and 联系电话 as recognised (each may be unknown). */
  unit?: string;
  year?: number;
  fillDate?: string;
  person?: string;
  phone?: string;
  columns: StandardColumn[];
  lines: StandardLine[];
  /** The clerk's notes under the table, in order, each one line of text. */
  notes: string[];
  report: StandardizeReport;
}

/** The sheet could be standardised, or the reason (a zh-CN sentence) it could not. */
export type StandardizeOutcome =
  | { ok: true; ledger: StandardLedger }
  | { ok: false; reason: "empty" | "not-ledger"; message: string };
