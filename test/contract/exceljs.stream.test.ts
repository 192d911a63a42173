/**
 * StreamedWorkbook (the CLI's 汇总 written as a stream, docs/merging.md "Scale") writes what the
 * in-memory workbook writes: the same cells, styles, merges, drop-downs, conditional formats,
 * frozen panes, print setup, widths and heights, read back from the two files by ExcelJS.
 */
import ExcelJS from "exceljs";
import { mergeLedgers, type MergeFile } from "../../src/features/merge";
import { templateLayout } from "../../src/render/templateLayout";
import { mergedListLayout } from "../../src/render/mergeLayout";
import { LISTS } from "../../src/domain/lists/catalogue";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { StreamedWorkbook } from "../../src/workbook/exceljs/StreamedWorkbook";
import type { SheetWrite, WorkbookPort } from "../../src/workbook/port";
import { WorkbookError } from "../../src/workbook/port";
import { valueOf } from "../fixtures/outcome";
import { unitFile, UNITS } from "../fixtures/countyFiles";

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** Everything a clerk would see of a sheet, as plain data. */
function picture(ws: ExcelJS.Worksheet) {
  const cells: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const { numFmt, font, fill, alignment, border } = cell.style;
      cells[cell.address] = { value: cell.value, numFmt, font, fill, alignment, border };
    }),
  );
  const heights: Record<number, number | undefined> = {};
  ws.eachRow((row) => (heights[row.number] = row.height));
  const validations = (ws as unknown as { dataValidations: { model: object } }).dataValidations.model;
  return {
    cells, heights, validations,
    merges: [...ws.model.merges].sort(),
    widths: (ws.columns ?? []).map((c) => c.width),
    conditional: (ws as unknown as { conditionalFormattings: unknown }).conditionalFormattings,
    // Which sheet is selected is the writers' own affair; frozen panes are the sheet's.
    view: ((ws.views ?? []) as { state?: string; xSplit?: number; ySplit?: number; topLeftCell?: string }[])
      .filter((v) => v.state === "frozen")
      .map(({ state, xSplit, ySplit, topLeftCell }) => ({ state, xSplit, ySplit, topLeftCell })),
    print: { paperSize: ws.pageSetup.paperSize, orientation: ws.pageSetup.orientation, fitToPage: ws.pageSetup.fitToPage, fitToWidth: ws.pageSetup.fitToWidth, fitToHeight: ws.pageSetup.fitToHeight, printTitlesRow: ws.pageSetup.printTitlesRow },
  };
}

async function both(write: (target: WorkbookPort) => Promise<void>): Promise<[ExcelJS.Workbook, ExcelJS.Workbook]> {
  const memory = ExcelJsWorkbook.create();
  const stream = new StreamedWorkbook();
  await write(memory);
  await write(stream);
  return [await load(await memory.save()), await load(await stream.save())];
}

test("a 汇总 of 20 units' files: the same sheets, cell for cell, as the workbook held in memory", async () => {
  const files: MergeFile[] = [];
  for (const [i, unit] of UNITS.entries()) {
    const f = await unitFile(unit, i);
    files.push({ name: f.name, modified: i, open: () => ExcelJsWorkbook.load(f.bytes) });
  }
  const [memory, stream] = await both(async (target) => void valueOf(await mergeLedgers(target, { files, date: "2023-06-30" })));
  expect(stream.worksheets.map((ws) => ws.name)).toEqual(["汇总", "汇总说明"]);
  expect(memory.worksheets.map((ws) => ws.name)).toEqual(["汇总", "汇总说明"]);
  for (const name of ["汇总", "汇总说明"]) {
    const m = picture(memory.getWorksheet(name)!);
    const s = picture(stream.getWorksheet(name)!);
    expect(Object.keys(s.cells).length).toBeGreaterThan(100);
    expect(s).toEqual(m);
  }
  expect(picture(stream.getWorksheet("汇总")!).view).toEqual([{ state: "frozen", xSplit: 3, ySplit: 4, topLeftCell: "D5" }]);
});

test("a template with drop-downs, status colours and a two-level header: the same as in memory", async () => {
  const spec: SheetWrite = templateLayout(LISTS.find((l) => l.id === "tasks")!, { year: 2023, unit: "柳林镇", emptyRows: 40 });
  const [memory, stream] = await both(async (target) => void (await target.writeSheet(spec)));
  const s = picture(stream.worksheets[0]);
  expect(Object.keys(s.validations).length).toBeGreaterThan(0);
  expect(s.merges.length).toBeGreaterThan(3);
  expect(s.print.printTitlesRow).toBe("3:4");
  expect(s).toEqual(picture(memory.worksheets[0]));
});

test("a link and a merge far down the sheet, a value under a merge dropped as Excel drops it", async () => {
  const rows = Array.from({ length: 3000 }, (_, r) => [`第${r + 1}行`, r, null]);
  rows[2990][1] = "被合并覆盖";
  const spec: SheetWrite = {
    sheet: "长表", ifExists: "rename", rows,
    merges: [{ row: 2989, col: 0, rowCount: 2, colCount: 2 }],
    styles: [{ area: { row: 0, col: 0, rowCount: 3000, colCount: 2 }, border: true }, { area: { row: 1500, col: 1, rowCount: 1, colCount: 1 }, bold: true }],
    numberFormats: [{ area: { row: 10, col: 1, rowCount: 1, colCount: 1 }, format: "0.0" }],
    links: [{ row: 2995, col: 2, sheet: "长表", address: "A1" }],
    rowHeights: [40],
  };
  const [memory, stream] = await both(async (target) => void (await target.writeSheet(spec)));
  const s = picture(stream.worksheets[0]);
  expect(s).toEqual(picture(memory.worksheets[0]));
  expect(stream.worksheets[0].getCell("A2990").value).toBe("第2990行");
  expect(stream.worksheets[0].getCell("B2991").value).not.toBe("被合并覆盖");
  expect(stream.worksheets[0].getCell("C2996").value).toMatchObject({ formula: expect.stringContaining("HYPERLINK") });
  expect(stream.worksheets[0].getCell("B1501").font?.bold).toBe(true);
  expect(stream.worksheets[0].getCell("B11").numFmt).toBe("0.0");
});

test("write only: reading says so in Chinese; a name written twice gets (2); nothing written gives Sheet1", async () => {
  const wb = new StreamedWorkbook();
  await expect(wb.readSheet()).rejects.toThrow(WorkbookError);
  await expect(wb.readSheet()).rejects.toThrow(/只能写入/);
  expect(await wb.writeSheet({ sheet: "汇总", ifExists: "replace", rows: [["a"]] })).toBe("汇总");
  expect(await wb.writeSheet({ sheet: "汇总", ifExists: "replace", rows: [["b"]] })).toBe("汇总(2)");
  expect(await wb.listSheets()).toEqual([{ name: "汇总", visible: true }, { name: "汇总(2)", visible: true }]);
  expect((await load(await new StreamedWorkbook().save())).worksheets.map((ws) => ws.name)).toEqual(["Sheet1"]);
});

test("cells styled alike share one style object (180,000 rows must not carry 180,000 copies)", async () => {
  const wb = ExcelJsWorkbook.create();
  await wb.writeSheet(templateLayout(LISTS.find((l) => l.id === "tasks")!, { year: 2023, emptyRows: 200 }));
  const ws = wb.exceljs.worksheets[0];
  expect(ws.getCell("B10").style).toBe(ws.getCell("B150").style);
  expect(ws.getCell("C10").style).toBe(ws.getCell("C150").style);
});

test("a 汇总 layout of 150,000 rows is built (no argument list as long as the rows: V8 overflows near 130,000)", () => {
  const list = LISTS.find((l) => l.id === "tasks")!;
  const cells = list.columns.slice(0, 6).map((c) => c.name);
  const rows = Array.from({ length: 150_000 }, (_, i) => ({ unit: "柳林镇", file: "柳林镇.xlsx", sheet: "Sheet1", row: i + 4, local: false, cells, formats: [] }));
  const columns = list.columns.slice(0, 6).map((c) => ({ header: c.name, kind: c.kind, width: c.width, role: "standard" as const, field: c.field }));
  const layout = mergedListLayout({ list, year: 2023, columns, rows }, "汇总", { date: "2023-06-30" });
  expect(layout.rows.length).toBeGreaterThan(150_000);
});
