/**
 * Which sheet is active and which cell is selected in an .xlsx: the workbook view's
 * `activeTab` (an index in tab order) plus each sheet view's `tabSelected` flag, which must
 * agree or Excel opens with several sheets grouped; the selected cell is the sheet view's
 * `activeCell`.
 */

import type ExcelJS from "exceljs";

type SheetView = Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean };

const DEFAULT_BOOK_VIEW: ExcelJS.WorkbookView = {
  x: 0,
  y: 0,
  width: 24000,
  height: 14000,
  firstSheet: 0,
  activeTab: 0,
  visibility: "visible",
};

/** The active sheet: the view's active tab if it is visible, else the first visible sheet. */
export function activeWorksheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  const sheets = wb.worksheets;
  const index = wb.views?.[0]?.activeTab ?? 0;
  const chosen = sheets[index];
  if (chosen && chosen.state === "visible") return chosen;
  return sheets.find((s) => s.state === "visible");
}

/** Make `ws` the active (and only selected) sheet. */
export function activate(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet): void {
  const index = wb.worksheets.indexOf(ws);
  const current = wb.views?.[0] ?? DEFAULT_BOOK_VIEW;
  wb.views = [{ ...DEFAULT_BOOK_VIEW, ...current, activeTab: index, firstSheet: Math.min(current.firstSheet ?? 0, index) }];
  for (const sheet of wb.worksheets) setSheetView(sheet, { tabSelected: sheet === ws });
}

/** Select one cell of the sheet (its view's active cell). */
export function selectCell(ws: ExcelJS.Worksheet, a1: string): void {
  setSheetView(ws, { activeCell: a1 });
}

/** Freeze the top `rows` and left `cols` of the sheet (0/0 unfreezes). */
export function freeze(ws: ExcelJS.Worksheet, rows: number, cols: number, topLeftCell: string): void {
  const view = firstView(ws);
  const common = { ...(view.tabSelected !== undefined && { tabSelected: view.tabSelected }), ...(view.activeCell && { activeCell: view.activeCell }) };
  const next: SheetView =
    rows > 0 || cols > 0
      ? { ...common, state: "frozen", xSplit: cols, ySplit: rows, topLeftCell }
      : { ...common, state: "normal" };
  ws.views = [next as Partial<ExcelJS.WorksheetView>];
}

function firstView(ws: ExcelJS.Worksheet): SheetView {
  return (ws.views?.[0] ?? { state: "normal" }) as SheetView;
}

function setSheetView(ws: ExcelJS.Worksheet, change: SheetView): void {
  const views = ws.views?.length ? ws.views : [{ state: "normal" } as Partial<ExcelJS.WorksheetView>];
  ws.views = views.map((v, i) => (i === 0 ? ({ ...v, ...change } as Partial<ExcelJS.WorksheetView>) : v));
}
