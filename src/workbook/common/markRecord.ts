/**
 * The record of a sheet's marks: for every marked cell, what it looked like before, kept as a
 * setting so `clearMarks` can restore it (in any host: the record is the same JSON for all).
 */

import type { CellMark } from "../port";

/** A marked cell and its original look. */
export interface MarkedCell {
  row: number;
  col: number;
  /** The original solid fill "#RRGGBB", or null for no fill (or one no host colour describes). */
  fill: string | null;
  /** The original fill exactly as the .xlsx adapter holds it (JSON), when it wrote the record. */
  xlsxFill?: string;
  /** Whether this product added a note that must be removed again. */
  noted?: boolean;
  /** The original note exactly as the .xlsx adapter holds it (JSON), if the cell had one. */
  xlsxNote?: string;
}

/** The setting key under which a sheet's marks are recorded. */
export function marksKey(sheet: string): string {
  return `marks:${sheet}`;
}

/** The record as setting text. */
export function encodeMarks(cells: MarkedCell[]): string {
  return JSON.stringify({ version: 1, cells });
}

/** The record from setting text; anything unreadable counts as no marks. */
export function decodeMarks(text: string | null): MarkedCell[] {
  if (!text) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== "object" || parsed === null || !("cells" in parsed) || !Array.isArray(parsed.cells)) return [];
    return parsed.cells.filter(isMarkedCell);
  } catch {
    return [];
  }
}

/** One mark per cell, the last one given winning, in row-major order. */
export function uniqueMarks(marks: CellMark[]): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const mark of marks) {
    if (!Number.isInteger(mark.row) || !Number.isInteger(mark.col) || mark.row < 0 || mark.col < 0) {
      throw new RangeError(`Bad mark position: ${JSON.stringify(mark)}`);
    }
    if (!/^#[0-9a-fA-F]{6}$/.test(mark.fill)) throw new RangeError(`Bad mark fill: ${mark.fill}`);
    byCell.set(`${mark.row},${mark.col}`, mark);
  }
  return [...byCell.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

function isMarkedCell(value: unknown): value is MarkedCell {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return Number.isInteger(v.row) && Number.isInteger(v.col) && (v.fill === null || typeof v.fill === "string");
}
