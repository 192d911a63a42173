/**
 * What a clerk types, checked once for the pane and the CLI (src/features/input.ts): each reader
 * at its edges, with the sentence it gives; and whether a sheet carries marks (src/features/marks.ts).
 */
import { readBasis, readDate, readTolerancePercent, readYear } from "../../src/features/input";
import { clearMarks, hasMarks } from "../../src/features/marks";
import { validateSheets } from "../../src/features/validate";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { readFileSync } from "fs";

test.each([
  ["2023-06-30", "2023-06-30"],
  [" 2024-02-29 ", "2024-02-29"],
  ["２０２３－０６－３０", "2023-06-30"],
])("readDate %j reads as %s", (text, date) => {
  expect(readDate(text, "检查日期")).toEqual({ ok: true, value: date });
});

test.each(["2023-02-30", "2023-6-30", "2023/06/30", "", "6月30日"])("readDate refuses %j with the sentence naming the field", (text) => {
  expect(readDate(text, "检查日期")).toEqual({ ok: false, code: "bad-input", message: `检查日期应写成 2023-06-30 这样的日期，而不是“${text}”。` });
});

test.each([
  ["2000", 2000],
  ["2100", 2100],
  [" 2023 ", 2023],
  ["２０２４", 2024],
])("readYear %j reads as %d", (text, year) => {
  expect(readYear(text, "--year")).toEqual({ ok: true, value: year });
});

test.each(["1999", "2101", "23", "20233", "2023年", "", "x2023", "2023x"])("readYear refuses %j", (text) => {
  expect(readYear(text, "--year")).toEqual({ ok: false, code: "bad-input", message: `--year应是四位年份（如 2023），而不是“${text}”。` });
});

test.each([
  ["0", 0],
  ["50", 0.5],
  ["10", 0.1],
  [" 7.5 ", 0.075],
  ["１０", 0.1],
])("readTolerancePercent %j reads as %d", (text, share) => {
  expect(readTolerancePercent(text, "容差")).toEqual({ ok: true, value: share });
});

test.each(["-1", "50.1", "", " ", "abc", "10%", "Infinity"])("readTolerancePercent refuses %j", (text) => {
  expect(readTolerancePercent(text, "容差")).toEqual({ ok: false, code: "bad-input", message: `容差应是 0 到 50 之间的数（百分点），而不是“${text}”。` });
});

test.each(["calendar", "month", "workday", " workday "])("readBasis reads %j", (text) => {
  expect(readBasis(text, "--basis")).toEqual({ ok: true, value: text.trim() });
});

test.each(["days", "", "Calendar"])("readBasis refuses %j", (text) => {
  expect(readBasis(text, "--basis")).toEqual({ ok: false, code: "bad-input", message: `--basis只能是 calendar（日历天数）、month（月份）或 workday（工作日），而不是“${text}”。` });
});

test("a sheet carries marks after 一键校验 and none after 清除标记, which says so", async () => {
  const wb = await ExcelJsWorkbook.load(readFileSync("assets/sample-ledger.xlsx"));
  expect(await hasMarks(wb, "重点任务")).toBe(false);
  expect((await validateSheets(wb, { sheets: "active" })).ok).toBe(true);
  expect(await hasMarks(wb, "重点任务")).toBe(true);
  expect(await hasMarks(wb, "向上争取")).toBe(false);
  expect(await clearMarks(wb, { sheet: "重点任务" })).toEqual({ ok: true, value: { sheet: "重点任务", message: "已清除工作表“重点任务”上的标记，单元格的内容和格式保持原样。" } });
  expect(await hasMarks(wb, "重点任务")).toBe(false);
});
