/**
 * Sorting the rows under the header: data, blank rows inside the table, section rows, repeated
 * headers, and the notes under the table (everything from the first note on is not data).
 */
import type { Grid } from "./grid";
import type { HeaderLayout } from "./layout";
import { collapseSpaces, normalizeHeader } from "../text/normalize";
import { isNoteLine, isNumberLike, isSectionHeading, isTotalsLabel } from "./rowKinds";

/** The rows under a header, by kind (0-based sheet rows). */
export interface Body {
  dataRows: number[];
  blankRows: number[];
  sections: { row: number; text: string }[];
  repeatedHeaders: number[];
  notes: { row: number; text: string }[];
  /** 合计/小计/总计 rows inside the table: sums, not items. */
  totals: { row: number; text: string }[];
}

/** Where the table is: its header and column span, and its 序号 column if it has one. */
export interface TableFrame {
  layout: HeaderLayout;
  /** The last header row (after merged header cells are followed down). */
  headerBottom: number;
  firstCol: number;
  lastCol: number;
  seqCol?: number;
}

interface RowCell {
  col: number;
  text: string;
  /** The cell's merged area starts on an earlier row: its text is a copy. */
  fromAbove: boolean;
  /** Columns the cell's merged area spans. */
  width: number;
}

/** The row's cells with content in [from, to], each merged area once. */
function rowCells(grid: Grid, row: number, from: number, to: number): RowCell[] {
  const cells: RowCell[] = [];
  for (let col = from; col <= to; col++) {
    const area = grid.mergeAt(row, col);
    if (area && area.col !== col && area.col >= from) continue;
    const raw = grid.text(row, col);
    if (raw === "") continue;
    const text = collapseSpaces(raw);
    if (text === "") continue;
    const width = area ? Math.min(area.col + area.colCount - 1, to) - col + 1 : 1;
    cells.push({ col, text, fromAbove: area !== undefined && area.row < row, width });
  }
  return cells;
}

const rowText = (cells: readonly RowCell[]): string => cells.map((c) => c.text).join(" ");

/** The header's cells with their levels normalised once, for spotting repeated header rows. */
interface HeaderTexts {
  cells: { col: number; levels: Set<string> }[];
  /** First characters (half-width, lower-cased) any level starts with: a cheap pre-filter. */
  firsts: Set<string>;
  /** The longest level, in characters: longer cells cannot repeat the header. */
  longest: number;
}

function headerTexts(layout: HeaderLayout): HeaderTexts {
  const cells = layout.cells.map((cell) => ({ col: cell.col, levels: new Set(cell.levels.map(normalizeHeader).filter((t) => t !== "")) }));
  const all = cells.flatMap((c) => [...c.levels]);
  return { cells, firsts: new Set(all.map((t) => t[0])), longest: Math.max(0, ...all.map((t) => t.length)) };
}

/** The first character `normalizeHeader` would keep, without normalising the whole text. */
function firstHeaderChar(raw: string): string {
  for (const ch of raw) {
    if (/[\s\u3000*★☆※●◆▲]/.test(ch)) continue;
    return normalizeHeader(ch);
  }
  return "";
}

/** Whether the row repeats the header: at least half of the header's cells, and two, read the same. */
function isRepeatedHeader(grid: Grid, row: number, header: HeaderTexts): boolean {
  let same = 0;
  for (const cell of header.cells) {
    const raw = grid.text(row, cell.col);
    // Spaces and markers may pad a repeated header; anything much longer is data.
    if (raw === "" || raw.length > header.longest * 3 + 4 || !header.firsts.has(firstHeaderChar(raw))) continue;
    if (cell.levels.has(normalizeHeader(raw))) same++;
  }
  return same >= 2 && same * 2 >= header.cells.length;
}

/** A section row: one cell of its own, numbered like a heading, or in the 序号 column, or merged across. */
function isSection(cells: readonly RowCell[], frame: TableFrame): boolean {
  if (cells.length !== 1 || cells[0].fromAbove) return false;
  const [cell] = cells;
  if (isNumberLike(cell.text)) return false;
  return isSectionHeading(cell.text) || cell.col === frame.seqCol || cell.width >= 2;
}

/** A totals row: its first own cell (in the 序号 or the task column) reads 合计/小计/总计. */
function isTotals(cells: readonly RowCell[]): boolean {
  const first = cells.find((c) => !c.fromAbove);
  return first !== undefined && isTotalsLabel(first.text);
}

/** Sort every row from under the header to the end of the used range. */
export function readBody(grid: Grid, frame: TableFrame): Body {
  const body: Body = { dataRows: [], blankRows: [], sections: [], repeatedHeaders: [], notes: [], totals: [] };
  let pendingBlanks: number[] = [];
  let inNotes = false;
  const header = headerTexts(frame.layout);
  for (let row = frame.headerBottom + 1; row <= grid.lastRow; row++) {
    const wide = rowCells(grid, row, grid.firstCol, grid.lastCol);
    if (inNotes) {
      if (wide.length > 0) body.notes.push({ row, text: rowText(wide) });
      continue;
    }
    const own = wide.filter((c) => !c.fromAbove);
    if (own.length > 0) {
      const alone = wide.length === 1 || own[0].width >= 3;
      if (isNoteLine(own[0].text, alone)) {
        inNotes = true;
        body.notes.push({ row, text: rowText(own) });
        continue;
      }
    }
    const cells = frame.firstCol <= grid.firstCol && frame.lastCol >= grid.lastCol ? wide : rowCells(grid, row, frame.firstCol, frame.lastCol);
    if (cells.length === 0) {
      pendingBlanks.push(row);
      continue;
    }
    if (isRepeatedHeader(grid, row, header)) body.repeatedHeaders.push(row);
    else if (isTotals(cells)) body.totals.push({ row, text: cells.find((c) => !c.fromAbove)?.text ?? "" });
    else if (isSection(cells, frame)) body.sections.push({ row, text: cells[0].text });
    else body.dataRows.push(row);
    body.blankRows.push(...pendingBlanks);
    pendingBlanks = [];
  }
  return body;
}
