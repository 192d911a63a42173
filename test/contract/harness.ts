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
  /** Internal links by cell ("C7"), target like "'进度'!A1". */
  links: { cell: string; target: string }[];
  print: { orientation: "portrait" | "landscape"; a4: boolean; fitToWidth: boolean; titleRows: string | null };
  /** The sheet's selected cell ("C7"), if the host records one. */
  activeCell: string | null;
}

/** Reads the host's model directly. */
export interface HostInspector {
  cell(sheet: string, row: number, col: number): Promise<CellLook>;
  layout(sheet: string): Promise<SheetLayout>;
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
