/**
 * The lights of 通报排名 follow a figure the clerk edits (docs/ranking.md "Lights"): the sheet is
 * written by rankSheet, figures are changed in the saved file as a clerk would change them, and
 * LibreOffice, recalculating on load, must show the light `lightOf` gives for the new figures,
 * at the boundaries: a gap of exactly −10.0 points is 黄, −10.1 is 红, 0 is 绿, and a P that
 * only displays as −10.0 (0.6476 against 0.748) is 黄.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { rankSheet } from "../../src/features/rank";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { OUT } from "./harness";
import { recalculatedSheet } from "./libreoffice";

const SAMPLE = path.resolve(__dirname, "../../assets/sample-ledger.xlsx");

/** Each edit: the first ranked row's T, P, 逾期 and 滞后 as a clerk retypes them, and the light expected. */
const EDITS: [string, { t: number; p: number; overdue: number; lagging: number }, string, string][] = [
  ["gap exactly 0", { t: 0.748, p: 0.748, overdue: 0, lagging: 0 }, "0.0%", "绿"],
  ["gap exactly −10.0 points", { t: 0.748, p: 0.648, overdue: 0, lagging: 0 }, "-10.0%", "黄"],
  ["gap −10.0 as displayed (P 64.76 %)", { t: 0.748, p: 0.6476, overdue: 0, lagging: 0 }, "-10.0%", "黄"],
  ["gap −10.1 points", { t: 0.748, p: 0.647, overdue: 0, lagging: 0 }, "-10.1%", "红"],
  ["ahead, but a row 逾期", { t: 0.5, p: 0.9, overdue: 1, lagging: 0 }, "40.0%", "红"],
  ["ahead, but a row 滞后", { t: 0.5, p: 0.9, overdue: 0, lagging: 1 }, "40.0%", "黄"],
];

test.each(EDITS)("%s: the light LibreOffice computes is the rule's", async (_label, edit, gap, light) => {
  const wb = await ExcelJsWorkbook.load(fs.readFileSync(SAMPLE));
  const result = await rankSheet(wb, { checkDate: "2023-06-30" });
  if (!result.ok) throw new Error(result.message);
  const dir = fs.mkdtempSync(path.join(OUT, "lights-"));
  const written = path.join(dir, "ranked.xlsx");
  fs.writeFileSync(written, await wb.save());

  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(written);
  const ws = book.worksheets.find((w) => w.name === result.value.written);
  if (!ws) throw new Error("no 通报排名 sheet");
  const head = (ws.getRow(3).values as unknown[]).map(String);
  const col = (label: string) => head.indexOf(label);
  const row = ws.getRow(4);
  row.getCell(col("时间进度T")).value = edit.t;
  row.getCell(col("任务进度P")).value = edit.p;
  row.getCell(col("逾期")).value = edit.overdue;
  row.getCell(col("滞后")).value = edit.lagging;
  const edited = path.join(dir, "edited.xlsx");
  await book.xlsx.writeFile(edited);

  const sheetNumber = book.worksheets.indexOf(ws) + 1;
  const shown = recalculatedSheet(edited, sheetNumber);
  const line = shown[3];
  expect(line[col("差值P-T") - 1]).toBe(gap);
  expect(line[col("亮灯") - 1]).toBe(light);
});
