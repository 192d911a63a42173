/**
 * Header layouts: how one row (or two rows, for a two-level header) reads as column headers.
 * A two-level header has group cells (`月度进展`, `责任主体`) merged across sub-headers
 * (`1月 … 12月`) on the next row, while the other headers are merged down over both rows.
 */
import type { Grid } from "./grid";
import { collapseSpaces } from "../text/normalize";
import { monthOfHeader } from "./header";

/** One column's header: what to show, and the texts to match, the more specific first. */
export interface HeaderCell {
  col: number;
  /** As written, both levels joined with "/" (`月度进展/1月`). */
  display: string;
  /** Texts to match in order: the sub-header, then the group header. */
  levels: string[];
  /** The sheet row each level was read from. */
  levelRows: number[];
}

/** A candidate header: rows `top`…`bottom` (0-based sheet rows) and its cells in sheet order. */
export interface HeaderLayout {
  top: number;
  bottom: number;
  cells: HeaderCell[];
}

const shown = (grid: Grid, row: number, col: number): string => collapseSpaces(grid.text(row, col));

/** The header of one row: each cell once (a cell merged across columns counts once). */
export function singleRowLayout(grid: Grid, row: number): HeaderLayout {
  const cells: HeaderCell[] = [];
  for (let col = grid.firstCol; col <= grid.lastCol; col++) {
    if (grid.master(row, col).col !== col) continue;
    const text = shown(grid, row, col);
    if (text !== "") cells.push({ col, display: text, levels: [text], levelRows: [row] });
  }
  return { top: row, bottom: row, cells };
}

/** Whether rows `row` and `row + 1` look like one two-level header (merges, or month sub-headers). */
function looksTwoLevel(grid: Grid, row: number): boolean {
  let months = 0;
  for (let col = grid.firstCol; col <= grid.lastCol; col++) {
    const area = grid.mergeAt(row, col);
    if (area && area.row === row && area.rowCount >= 2 && area.colCount === 1) return true;
    if (area && area.row === row && area.rowCount === 1 && area.colCount >= 2 && shown(grid, row + 1, col) !== "") return true;
    if (monthOfHeader(grid.text(row + 1, col)) !== undefined && grid.master(row, col).row === row) months++;
  }
  return months >= 3;
}

/**
 * The two-level header of rows `row` and `row + 1`, or undefined when they do not look like
 * one. A column merged down over both rows has one level; the others read sub-header first.
 * The caller also requires some column to be matched on the upper row: otherwise the upper row
 * is a fill line or title over a one-row header.
 */
export function twoRowLayout(grid: Grid, row: number): HeaderLayout | undefined {
  if (row + 1 > grid.lastRow || !looksTwoLevel(grid, row)) return undefined;
  const cells: HeaderCell[] = [];
  for (let col = grid.firstCol; col <= grid.lastCol; col++) {
    const below = grid.master(row + 1, col);
    if (below.col !== col) continue;
    const top = shown(grid, row, col);
    if (below.row <= row) {
      if (top !== "" && grid.master(row, col).col === col) cells.push({ col, display: top, levels: [top], levelRows: [row] });
      continue;
    }
    const bottom = shown(grid, row + 1, col);
    if (top === "" && bottom === "") continue;
    const display = top !== "" && bottom !== "" ? `${top}/${bottom}` : top || bottom;
    const levels: [string, number][] = [[bottom, row + 1], [top, row]];
    const used = levels.filter(([t]) => t !== "");
    cells.push({ col, display, levels: used.map(([t]) => t), levelRows: used.map(([, r]) => r) });
  }
  return { top: row, bottom: row + 1, cells };
}

/**
 * The last row a header really occupies: header cells merged further down (a tall header
 * written over three rows) carry the header's bottom with them, at most 3 rows below `top`.
 */
export function extendBottom(grid: Grid, layout: HeaderLayout): number {
  let bottom = layout.bottom;
  for (const cell of layout.cells) {
    const area = grid.mergeAt(layout.top, cell.col) ?? grid.mergeAt(layout.bottom, cell.col);
    if (area && area.row >= layout.top && area.row <= layout.bottom) bottom = Math.max(bottom, area.row + area.rowCount - 1);
  }
  return Math.min(bottom, layout.top + 3);
}
