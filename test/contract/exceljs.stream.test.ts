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
  const parts = [{ unit: "柳林镇", file: "柳林镇.xlsx", sheet: "Sheet1", local: false, at: columns.map((_, i) => i), rows: rows.length }];
  const layout = mergedListLayout({ list, year: 2023, columns, parts, rows, rowCount: rows.length }, "汇总", { date: "2023-06-30" });
  expect(layout.rows.length).toBeGreaterThan(150_000);
});

describe("a target that writes blocks gets the rows file by file, each file read again when its turn comes", () => {
  async function countyFiles(n: number) {
    const opened = new Map<string, number>();
    const files: MergeFile[] = [];
    for (const [i, unit] of UNITS.slice(0, n).entries()) {
      const f = await unitFile(unit, i);
      files.push({ name: f.name, modified: i, open: () => (opened.set(f.name, (opened.get(f.name) ?? 0) + 1), ExcelJsWorkbook.load(f.bytes)) });
    }
    return { files, opened };
  }

  test("twice per file into a stream (rows let go after the first read), once into a workbook in memory", async () => {
    const streamed = await countyFiles(4);
    valueOf(await mergeLedgers(new StreamedWorkbook(), { files: streamed.files, date: "2023-06-30" }));
    expect([...streamed.opened.values()]).toEqual([2, 2, 2, 2]);
    const held = await countyFiles(4);
    valueOf(await mergeLedgers(ExcelJsWorkbook.create(), { files: held.files, date: "2023-06-30" }));
    expect([...held.opened.values()]).toEqual([1, 1, 1, 1]);
  });

  test("a file changed between the two reads: nothing is written, the clerk is told which file and what to do", async () => {
    const { files } = await countyFiles(3);
    // The second unit's file has 4 rows when first read and 3 (another unit's ledger) after.
    const before = await unitFile(UNITS[1], 1);
    const after = await unitFile(UNITS[5], 5);
    let reads = 0;
    const changing: MergeFile = { ...files[1], open: () => ExcelJsWorkbook.load(++reads === 1 ? before.bytes : after.bytes) };
    expect(before.dataRows.length).not.toBe(after.dataRows.length);
    const outcome = await mergeLedgers(new StreamedWorkbook(), { files: [files[0], changing, files[2]], date: "2023-06-30" });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toBe(`文件“${files[1].name}”在汇总过程中被改动了（两次读取的行数不同），未写出汇总。请关闭正在编辑它的程序，然后重新汇总。`);
  });
});
