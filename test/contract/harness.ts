/**
 * What the contract suite needs from each adapter under test: the port itself, and an
 * inspector that reads back what the port cannot (fills, fonts, validations, print setup…)
 * straight from the host's own model.
 */
import type { WorkbookPort } from "../../src/workbook/port";

/** How one cell looks in the host. */
export interface CellLook {
  /** "#RRGGBB" of a solid fill, or null for no fill. */
  fill: string | null;
  bold: boolean;
  fontColor: string | null;
  horizontal: string | null;
  wrap: boolean;
  /** Thin borders on all four sides. */
  border: boolean;
  /** The note's text, or null. */
  note: string | null;
}

/** What a written sheet carries besides values. */
export interface SheetLayout {
  /** Widths in characters, by 0-based column, for columns given a width. */
  columnWidths: Record<number, number>;
  /** Heights in points, by 0-based row, for rows given a height. */
  rowHeights: Record<number, number>;
  freeze: { rows: number; cols: number } | null;
  validations: { area: string; list: string[]; strict: boolean; prompt?: string }[];
  conditionalFormats: { area: string; text: string; fill: string }[];
  /** Our formulas by cell ("C7" → "=A7+B7"), links left out. */
  formulas: Record<string, string>;
  /** Internal links by cell ("C7"), target like "'进度'!A1". */
  links: { cell: string; target: string }[];
  print: { orientation: "portrait" | "landscape"; a4: boolean; fitToWidth: boolean; onePage: boolean; titleRows: string | null };
  /** The sheet's selected cell ("C7"), if the host records one. */
  activeCell: string | null;
}

/** A chart as the host holds it (an .xlsx: its chart part in the saved file; Excel: the fake's record). */
export interface ChartLook {
  kind: "column" | "bar" | "other";
  title: string;
  /** Each series: its name and the sheet-qualified absolute references it reads ("'进度'!$B$2:$B$6"). */
  series: { name: string; categories: string; values: string }[];
  /** The first category on top (a bar chart's categories reversed, the value axis at the bottom). */
  firstOnTop: boolean;
  /** The value axis's number format, or null when it follows the cells. */
  valueFormat: string | null;
  /** The cells the chart covers, A1 top-left and bottom-right ("E1", "L18"). */
  from: string;
  to: string;
}

/** Reads the host's model directly. */
export interface HostInspector {
  cell(sheet: string, row: number, col: number): Promise<CellLook>;
  layout(sheet: string): Promise<SheetLayout>;
  /** The sheet's charts, in the order they were added. */
  charts(sheet: string): Promise<ChartLook[]>;
}

/** One adapter ready for a test: a fresh, empty workbook. */
export interface ContractHost {
  wb: WorkbookPort;
  inspect: HostInspector;
  /** Whether the host shows a mark's note (Office: no; .xlsx: yes). */
  notes: boolean;
}

/** Makes a fresh host for each test. */
export type MakeHost = () => Promise<ContractHost>;
