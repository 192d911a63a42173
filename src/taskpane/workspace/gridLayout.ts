/**
 * Where each cell of a GridSheet is drawn (docs/workspace.md "The grid"): column and row offsets
 * from the sizes, which merged area a cell belongs to, and for the rows and columns in view the
 * boxes to draw, a merged area as one box from its top-left cell (drawn whenever any part of it
 * is in view, so a title merged over the columns stays when its first column scrolls away).
 * Pure: no DOM, so it is tested without a browser.
 */
import type { CellArea } from "../../domain/sheet";
import type { GridCell, GridSheet } from "../../workbook/grid";

/** Offsets of `sizes`: `out[i]` is where item i starts, `out[n]` the total. */
export function offsetsOf(sizes: readonly number[]): number[] {
  const out = new Array<number>(sizes.length + 1);
  out[0] = 0;
  for (let i = 0; i < sizes.length; i++) out[i + 1] = out[i] + sizes[i];
  return out;
}

/** The merged area covering each cell, found by row. */
export class MergeIndex {
  private readonly byRow = new Map<number, CellArea[]>();

  constructor(merges: readonly CellArea[]) {
    for (const m of merges) {
      for (let r = m.row; r < m.row + m.rowCount; r++) {
        const list = this.byRow.get(r);
        if (list) list.push(m);
        else this.byRow.set(r, [m]);
      }
    }
  }

  /** The merged area covering the cell, if any. */
  at(row: number, col: number): CellArea | undefined {
    const list = this.byRow.get(row);
    if (!list) return undefined;
    for (const m of list) if (col >= m.col && col < m.col + m.colCount) return m;
    return undefined;
  }

  /** The merged areas touching a row. */
  onRow(row: number): readonly CellArea[] {
    return this.byRow.get(row) ?? [];
  }
}

/** A box to draw: a cell, or a merged area from its top-left cell; sizes in pixels, positions from the sheet's top-left. */
export interface DrawnCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  x: number;
  y: number;
  width: number;
  height: number;
  cell: GridCell | undefined;
  /**
   * Text that does not wrap runs on over empty cells to its right, as in a spreadsheet: the
   * width (px) it may take from the cell's left edge, when more than the cell's own.
   */
  spill?: number;
}

/** The most columns a text runs on over. */
const MAX_SPILL_COLUMNS = 30;

/** The width a cell's text may run over (see `DrawnCell.spill`), or undefined when it keeps to its cell. */
export function spillOf(grid: GridSheet, geo: GridGeometry, row: number, col: number): number | undefined {
  const cell = cellAt(grid, row, col);
  if (!cell?.text || cell.value !== undefined) return undefined;
  const look = grid.styles[cell.style];
  if (look?.wrap || (look?.horizontal !== undefined && look.horizontal !== "left")) return undefined;
  let end = col + 1;
  while (end < grid.colCount && end - col <= MAX_SPILL_COLUMNS && !cellAt(grid, row, end)?.text && !geo.merges.at(row, end)) end++;
  return end > col + 1 ? geo.colX[end] - geo.colX[col] : undefined;
}

/** The sheet's geometry, computed once per GridSheet. */
export interface GridGeometry {
  colX: number[];
  rowY: number[];
  merges: MergeIndex;
}

export function geometryOf(grid: GridSheet): GridGeometry {
  return { colX: offsetsOf(grid.colWidths), rowY: offsetsOf(grid.rowHeights), merges: new MergeIndex(grid.merges) };
}

/** The cell at (row, col) of the grid, if any. */
export function cellAt(grid: GridSheet, row: number, col: number): GridCell | undefined {
  return grid.cells[row]?.[col];
}

/**
 * The boxes of the rows and columns in view, row by row (a merged area under its top-left row,
 * once, even when that row is out of view). Hidden rows and columns (size 0) draw nothing.
 */
export function boxesInView(grid: GridSheet, geo: GridGeometry, rows: readonly number[], cols: readonly number[]): Map<number, DrawnCell[]> {
  const out = new Map<number, DrawnCell[]>();
  const seen = new Set<CellArea>();
  const push = (box: DrawnCell) => {
    const list = out.get(box.row);
    if (list) list.push(box);
    else out.set(box.row, [box]);
  };
  for (const r of rows) {
    if (grid.rowHeights[r] === 0) continue;
    for (const c of cols) {
      if (grid.colWidths[c] === 0) continue;
      const m = geo.merges.at(r, c);
      if (m) {
        if (seen.has(m)) continue;
        seen.add(m);
        const width = geo.colX[Math.min(m.col + m.colCount, grid.colCount)] - geo.colX[m.col];
        const height = geo.rowY[Math.min(m.row + m.rowCount, grid.rowCount)] - geo.rowY[m.row];
        if (width === 0 || height === 0) continue;
        push({ row: m.row, col: m.col, rowSpan: m.rowCount, colSpan: m.colCount, x: geo.colX[m.col], y: geo.rowY[m.row], width, height, cell: cellAt(grid, m.row, m.col) });
        continue;
      }
      const spill = spillOf(grid, geo, r, c);
      push({ row: r, col: c, rowSpan: 1, colSpan: 1, x: geo.colX[c], y: geo.rowY[r], width: grid.colWidths[c], height: grid.rowHeights[r], cell: cellAt(grid, r, c), ...(spill && { spill }) });
    }
  }
  return out;
}

/** The box of one cell (the whole merged area for a cell inside one). */
export function boxOf(grid: GridSheet, geo: GridGeometry, row: number, col: number): DrawnCell {
  const m = geo.merges.at(row, col);
  const area = m ?? { row, col, rowCount: 1, colCount: 1 };
  return {
    row: area.row,
    col: area.col,
    rowSpan: area.rowCount,
    colSpan: area.colCount,
    x: geo.colX[area.col],
    y: geo.rowY[area.row],
    width: geo.colX[Math.min(area.col + area.colCount, grid.colCount)] - geo.colX[area.col],
    height: geo.rowY[Math.min(area.row + area.rowCount, grid.rowCount)] - geo.rowY[area.row],
    cell: cellAt(grid, area.row, area.col),
  };
}

/** The next cell from (row, col) one step in a direction, jumping over a merged area as a spreadsheet does and skipping hidden rows and columns. */
export function step(grid: GridSheet, geo: GridGeometry, at: { row: number; col: number }, dRow: number, dCol: number): { row: number; col: number } {
  const area = geo.merges.at(at.row, at.col) ?? { row: at.row, col: at.col, rowCount: 1, colCount: 1 };
  let row = dRow > 0 ? area.row + area.rowCount : dRow < 0 ? area.row - 1 : at.row;
  let col = dCol > 0 ? area.col + area.colCount : dCol < 0 ? area.col - 1 : at.col;
  while (row >= 0 && row < grid.rowCount && dRow !== 0 && grid.rowHeights[row] === 0) row += dRow;
  while (col >= 0 && col < grid.colCount && dCol !== 0 && grid.colWidths[col] === 0) col += dCol;
  if (row < 0 || row >= grid.rowCount || col < 0 || col >= grid.colCount) return at;
  const landed = geo.merges.at(row, col);
  return landed ? { row: landed.row, col: landed.col } : { row, col };
}
