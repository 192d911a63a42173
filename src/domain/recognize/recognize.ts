/**
 * Recognising a ledger: which list a sheet is, where its header and data are, which column
 * is which field, and the plan year and unit written above the table. See docs/recognition.md.
 */
import type { SheetSnapshot } from "../sheet";
import type { ListSchema } from "../lists/schema";
import { LISTS, findList } from "../lists/catalogue";
import type { FoundIn, ListFoundIn, Recognition, Recognized } from "./types";
import { createGrid, type Grid } from "./grid";
import { extendBottom, singleRowLayout, twoRowLayout, type HeaderLayout } from "./layout";
import { compareForList, isAcceptable, scoreLayout, usesUpperRow, type ListScore } from "./score";
import { readBody } from "./body";
import { readAbove } from "./above";
import { findListByName, findYear, parseTitle } from "./title";
import { emptySheetMessage, notLedgerMessage } from "./messages";

/** How many rows from the top of the used range are searched for the header. */
export const HEADER_SCAN_ROWS = 15;

/** What the caller knows: the plan year from the settings, or the list to read the sheet as. */
export interface RecognizeOptions {
  /** The plan year to use when neither the title, the sheet name nor the fill line states one. */
  year?: number;
  /** Read the sheet as this list (id such as `tasks`, or its Chinese name); throws if unknown. */
  list?: string;
}

function isEmpty(grid: Grid): boolean {
  for (let row = grid.firstRow; row <= grid.lastRow; row++) {
    for (let col = grid.firstCol; col <= grid.lastCol; col++) if (grid.text(row, col).trim() !== "") return false;
  }
  return true;
}

/** Better header candidate first: higher score, then higher up, then one row rather than two. */
function betterHeader(a: ListScore, b: ListScore | undefined): boolean {
  if (!b) return true;
  if (a.score !== b.score) return a.score > b.score;
  if (a.layout.top !== b.layout.top) return a.layout.top < b.layout.top;
  return a.layout.bottom < b.layout.bottom;
}

/** The best-scoring header layout in the first rows, read as one of `lists`. */
function findHeader(grid: Grid, lists: readonly ListSchema[]): HeaderLayout | undefined {
  let best: ListScore | undefined;
  const lastScan = Math.min(grid.lastRow, grid.firstRow + HEADER_SCAN_ROWS - 1);
  for (let row = grid.firstRow; row <= lastScan; row++) {
    const layouts = [singleRowLayout(grid, row), twoRowLayout(grid, row)];
    for (const layout of layouts) {
      if (!layout || layout.cells.length < 2) continue;
      for (const list of lists) {
        const s = scoreLayout(list, layout);
        if (isAcceptable(s) && usesUpperRow(s) && betterHeader(s, best)) best = s;
      }
    }
  }
  return best?.layout;
}

/** Which list the header is: the one the title or sheet name names if its columns fit, else by columns. */
function chooseList(
  layout: HeaderLayout,
  title: string | undefined,
  sheet: string,
): { score: ListScore; foundIn: ListFoundIn } {
  const named: [ListSchema | undefined, ListFoundIn][] = [
    [title ? findListByName(title) : undefined, "title"],
    [findListByName(sheet), "sheet-name"],
  ];
  for (const [list, foundIn] of named) {
    if (!list) continue;
    const s = scoreLayout(list, layout);
    if (isAcceptable(s)) return { score: s, foundIn };
  }
  const scores = LISTS.map((list) => scoreLayout(list, layout)).filter(isAcceptable);
  scores.sort(compareForList); // stable: ties keep the catalogue's order
  return { score: scores[0], foundIn: "columns" };
}

function pick<T>(...found: [T | undefined, FoundIn][]): { value: T; foundIn: FoundIn } | undefined {
  for (const [value, foundIn] of found) if (value !== undefined) return { value, foundIn };
  return undefined;
}

/**
 * Recognise the ledger on a sheet. Bad data is a value: an empty sheet or one without a
 * recognisable header gives `{ ok: false }` with a sentence for the clerk. An unknown
 * `options.list` is a caller's mistake and throws.
 */
export function recognize(snapshot: SheetSnapshot, options: RecognizeOptions = {}): Recognition {
  const forced = options.list === undefined ? undefined : findList(options.list);
  if (options.list !== undefined && !forced) throw new Error(`recognize: unknown list "${options.list}"`);
  const grid = createGrid(snapshot);
  if (isEmpty(grid)) return { ok: false, reason: "empty", message: emptySheetMessage(snapshot.name) };
  const layout = findHeader(grid, forced ? [forced] : LISTS);
  if (!layout) return { ok: false, reason: "not-ledger", message: notLedgerMessage(snapshot.name, HEADER_SCAN_ROWS) };

  const above = readAbove(grid, layout.top);
  const chosen = forced
    ? { score: scoreLayout(forced, layout), foundIn: "option" as const }
    : chooseList(layout, above.title, snapshot.name);
  const { list, columns, unknown } = chosen.score;
  const cols = layout.cells.map((c) => c.col);
  const frame = {
    layout,
    headerBottom: extendBottom(grid, layout),
    firstCol: Math.min(...cols),
    lastCol: Math.max(...cols),
    seqCol: columns.find((c) => c.field === "seq")?.col,
  };
  const body = readBody(grid, frame);
  const titleInfo = above.title ? parseTitle(above.title) : {};
  const sheetInfo = parseTitle(snapshot.name);
  const found = new Set(columns.map((c) => c.field));

  const result: Recognized = {
    ok: true,
    list,
    listFoundIn: chosen.foundIn,
    headerTop: layout.top,
    headerBottom: frame.headerBottom,
    firstCol: frame.firstCol,
    lastCol: frame.lastCol,
    ...body,
    columns: columns.map(({ field, col, header }) => ({ field, col, header })),
    missing: list.columns.filter((c) => c.required && !found.has(c.field)).map((c) => c.field),
    unknownHeaders: unknown,
  };
  if (above.title) result.title = above.title;
  const year = pick<number>(
    [titleInfo.year, "title"],
    [findYear(snapshot.name), "sheet-name"],
    [above.fill?.year, "fill-line"],
    [options.year, "setting"],
  );
  if (year) result.year = year;
  const unit = pick<string>([titleInfo.unit, "title"], [above.fill?.unit, "fill-line"], [sheetInfo.unit, "sheet-name"]);
  if (unit) result.unit = unit;
  if (above.fillLine) {
    result.fillLine = above.fillLine;
    if (above.fillLine.date) result.fillDate = above.fillLine.date;
  }
  return result;
}
