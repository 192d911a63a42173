/**
 * The workspace's reading of a sheet (docs/workspace.md "What the grid shows"):
 * ExcelJsWorkbook.gridOf — text as shown, looks, merges, sizes in pixels, frozen panes, marks
 * and notes, the selected cell, charts; and the colours of an .xlsx (argb, theme with tint, indexed).
 */
import { readFileSync } from "fs";
import ExcelJS from "exceljs";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { columnPixels, rowPixels } from "../../src/workbook/exceljs/gridSheet";
import { colourOf, tinted } from "../../src/workbook/exceljs/colours";
import { drawsGrid, GRID_MAX_ROWS } from "../../src/workbook/grid";
import { validateSheets } from "../../src/features/validate";
import { rankSheet } from "../../src/features/rank";

async function bookOf(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<ExcelJsWorkbook> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet("台账"), wb);
  return ExcelJsWorkbook.load(new Uint8Array(await wb.xlsx.writeBuffer()));
}

test("Excel's size conversions: a default column (9.140625 in the file) is 64 px, 20 is 140 px; 15 pt is 20 px", () => {
  expect(columnPixels(9.140625)).toBe(64);
  expect(columnPixels(20)).toBe(140);
  expect(columnPixels(0)).toBe(0);
  expect(rowPixels(15)).toBe(20);
  expect(rowPixels(13.5)).toBe(18);
});

test.each([
  ["argb", { argb: "FFFF0000" }, "#FF0000"],
  ["rgb without alpha", { argb: "00B050" }, "#00B050"],
  ["theme accent1", { theme: 4 }, "#4472C4"],
  ["theme accent1 lighter 80%", { theme: 4, tint: 0.7999816888943144 }, "#DAE3F3"],
  ["theme dark 1 lighter 50%", { theme: 1, tint: 0.5 }, "#808080"],
  ["theme light 1 darker 15%", { theme: 0, tint: -0.1499984740745262 }, "#D9D9D9"],
  ["indexed yellow", { indexed: 13 }, "#FFFF00"],
  ["indexed 64 (system foreground)", { indexed: 64 }, "#000000"],
  ["nothing", {}, undefined],
  ["unknown theme", { theme: 40 }, undefined],
])("colour %s", (_name, colour, hex) => {
  expect(colourOf(colour)).toBe(hex);
});

test("tint 0 keeps the colour", () => {
  expect(tinted("4472c4", 0)).toBe("4472C4");
});

test("the sample: title merged over the table, the two-level header merged over rows, text as shown, the bold look shared", async () => {
  const wb = await ExcelJsWorkbook.load(readFileSync("assets/sample-ledger.xlsx"));
  expect(drawsGrid(wb)).toBe(true);
  const g = await wb.gridOf("重点任务");
  expect(g.cells[0][0]).toMatchObject({ text: "柳林镇2023年度重点工作任务清单" });
  expect(g.styles[g.cells[0][0]!.style]).toMatchObject({ bold: true, horizontal: "center", size: 16 });
  expect(g.merges).toContainEqual({ row: 0, col: 0, rowCount: 1, colCount: 23 });
  expect(g.merges).toContainEqual({ row: 2, col: 0, rowCount: 2, colCount: 1 });
  expect(g.merges).toContainEqual({ row: 2, col: 8, rowCount: 1, colCount: 12 });
  expect(g.cells[2][1]).toMatchObject({ text: "重点任务" });
  expect(g.cells[2][1]!.style).toBe(g.cells[2][2]!.style);
  expect(g.cells[4][0]).toMatchObject({ text: "1", value: 1 });
  // Written as text in the sample: shown as written, not a number.
  expect(g.cells[4][20]).toEqual({ text: "40%", style: 0 });
  // The used part and a margin of blank rows and columns.
  expect(g.rowCount).toBeGreaterThan(14);
  expect(g.colCount).toBe(26);
  expect(g.colWidths).toHaveLength(g.colCount);
  expect(g.rowHeights).toHaveLength(g.rowCount);
  expect(g.cells.flat().some((c) => c?.marked)).toBe(false);
});

test("sizes, hidden rows and columns, frozen panes and the selected cell come from the file", async () => {
  const wb = await bookOf((ws) => {
    ws.getColumn(1).width = 6;
    ws.getColumn(2).width = 30;
    ws.getColumn(3).hidden = true;
    ws.addRow(["序号", "任务", "x"]);
    ws.addRow([1, "招商引资", "y"]);
    ws.addRow([2, "隐藏的行", "z"]);
    ws.getRow(1).height = 30;
    ws.getRow(3).hidden = true;
    ws.views = [{ state: "frozen", ySplit: 1, xSplit: 0, topLeftCell: "A2", activeCell: "B2" }];
  });
  const g = await wb.gridOf("台账");
  expect(g.colWidths.slice(0, 4)).toEqual([columnPixels(6), columnPixels(30), 0, 64]);
  expect(g.rowHeights.slice(0, 4)).toEqual([40, 20, 0, 20]);
  expect(g.frozenRows).toBe(1);
  expect(g.frozenCols).toBe(0);
  expect(g.selected).toEqual({ row: 1, col: 1 });
});

test("a row without a height of its own is as tall as its longest wrapped text", async () => {
  const wb = await bookOf((ws) => {
    ws.getColumn(1).width = 10;
    ws.addRow(["一二三四五六七八九十一二三四五六七八九十"]);
    ws.addRow(["一二三四五六七八九十一二三四五六七八九十"]);
    ws.getCell("A1").alignment = { wrapText: true };
  });
  const g = await wb.gridOf("台账");
  expect(g.rowHeights[0]).toBeGreaterThan(3 * 19);
  expect(g.rowHeights[1]).toBe(20);
});

test("fills, fonts, alignment and borders become looks; a cell with only a look is drawn, an empty one is not", async () => {
  const wb = await bookOf((ws) => {
    ws.getCell("A1").value = "标题";
    ws.getCell("A1").font = { bold: true, italic: true, size: 14, color: { argb: "FFC00000" } };
    ws.getCell("A1").alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    ws.getCell("B2").fill = { type: "pattern", pattern: "solid", fgColor: { theme: 5, tint: 0.5999938962981048 } as Partial<ExcelJS.Color> };
    ws.getCell("C3").border = { bottom: { style: "thin" } };
    ws.getCell("D4").value = "";
  });
  const g = await wb.gridOf("台账");
  expect(g.styles[g.cells[0][0]!.style]).toEqual({ bold: true, italic: true, size: 14, color: "#C00000", horizontal: "center", vertical: "middle", wrap: true });
  expect(g.cells[1][1]).toEqual({ text: "", style: expect.any(Number) });
  expect(g.styles[g.cells[1][1]!.style]).toEqual({ fill: "#F8CBAD" });
  expect(g.styles[g.cells[2][2]!.style]).toEqual({ border: true });
  expect(g.cells[3]?.[3]).toBeUndefined();
});

test("after 一键校验 the marked cells carry their mark and the finding as a note; 清除标记 takes both away", async () => {
  const wb = await ExcelJsWorkbook.load(readFileSync("assets/sample-ledger.xlsx"));
  const outcome = await validateSheets(wb, { sheets: "active" });
  expect(outcome.ok).toBe(true);
  const g = await wb.gridOf("重点任务");
  const marked = g.cells.flatMap((row, r) => (row ?? []).flatMap((c, col) => (c?.marked ? [{ r, col, c }] : [])));
  expect(marked.length).toBeGreaterThan(3);
  for (const m of marked) {
    expect(m.c.note).toMatch(/\S/);
    expect(g.styles[m.c.style].fill).toMatch(/^#[0-9A-F]{6}$/);
  }
  // The deadline "长期坚持" (E10) is marked with its reading.
  expect(g.cells[9][4]).toMatchObject({ text: "长期坚持", marked: true });
  await wb.clearMarks("重点任务");
  const after = await wb.gridOf("重点任务");
  expect(after.cells.flat().some((c) => c?.marked || c?.note)).toBe(false);
});

test("the charts this product wrote are given with their spec; sheets without charts have none", async () => {
  const wb = await ExcelJsWorkbook.load(readFileSync("assets/sample-ledger.xlsx"));
  const ranked = await rankSheet(wb, { checkDate: "2023-06-30" });
  if (!ranked.ok) throw new Error(ranked.message);
  const g = await wb.gridOf(ranked.value.written ?? "");
  expect(g.charts).toHaveLength(1);
  expect(g.charts[0].spec).toMatchObject({ kind: "bar" });
  // The lights are text conditional formats: the workspace draws the fill their rule gives.
  const lights = g.cells.flatMap((row) => (row ?? []).filter((c) => c && ["红", "黄", "绿"].includes(c.text)));
  expect(lights.length).toBeGreaterThan(0);
  for (const light of lights) expect(g.styles[light!.style].fill).toBe({ 红: "#FFC7CE", 黄: "#FFEB9C", 绿: "#C6EFCE" }[light!.text]);
  expect((await wb.gridOf("重点任务")).charts).toEqual([]);
});

test("a sheet longer than the workspace draws says how long it is", async () => {
  const wb = await bookOf((ws) => {
    ws.getCell(GRID_MAX_ROWS + 5, 1).value = "最后一行";
    ws.getCell(1, 1).value = "第一行";
  });
  const g = await wb.gridOf("台账");
  expect(g.truncated).toEqual({ rows: GRID_MAX_ROWS + 5 });
  expect(g.cells.length).toBeLessThanOrEqual(GRID_MAX_ROWS);
  expect(g.rowCount).toBe(GRID_MAX_ROWS + 10);
});

test("conditional text rules: contains (as Excel writes it and as this product writes it) and equals; other rules are not drawn", async () => {
  const wb = await bookOf((ws) => {
    ws.addRow(["进展滞后", "已完成", "正常推进", 5]);
    ws.addConditionalFormatting({ ref: "A1:D1", rules: [{ type: "containsText", operator: "containsText", text: "滞后", priority: 1, style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } } }] });
    ws.addConditionalFormatting({ ref: "A1:D1", rules: [{ type: "cellIs", operator: "equal", formulae: ['"已完成"'], priority: 2, style: { font: { color: { argb: "FF006100" } } } }] });
    ws.addConditionalFormatting({ ref: "C1", rules: [{ type: "expression", formulae: ['NOT(ISERROR(SEARCH("推进",C1)))'], priority: 3, style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFEB9C" } } } }] });
    ws.addConditionalFormatting({ ref: "D1", rules: [{ type: "cellIs", operator: "greaterThan", formulae: ["3"], priority: 4, style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FF000000" } } } }] });
  });
  const g = await wb.gridOf("台账");
  const look = (c: number) => g.styles[g.cells[0][c]!.style];
  expect(look(0)).toEqual({ fill: "#FFC7CE" });
  expect(look(1)).toEqual({ color: "#006100" });
  expect(look(2)).toEqual({ fill: "#FFEB9C" });
  expect(look(3)).toEqual({});
});
