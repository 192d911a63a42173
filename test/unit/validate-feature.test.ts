/**
 * 一键校验 end to end on an .xlsx workbook: the report sheet, the marks, idempotence, 清除标记
 * restoring the ledger exactly, settings kept in the workbook.
 */
import { ledger } from "../fixtures/ledgers";
import { cellsOf, workbookOf } from "../fixtures/workbooks";
import { loadSettings, marksFor, saveSettings, validateSheet } from "../../src/features/validate";
import { clearAllMarks } from "../../src/features/marks";
import { REPORT_SHEET } from "../../src/render/reportSheet";
import { DEFAULT_SETTINGS } from "../../src/domain/validate/types";

const MESSY = ledger("tasks-zhujian-messy");

test("writes 校验结果 with the findings and marks the cells, leaving every value as it was", async () => {
  const wb = await workbookOf([MESSY]);
  const before = await wb.readSheet(MESSY.sheet);
  const report = await validateSheet(wb, { checkedOn: "2023-06-30" });
  expect(report.list).toBe("重点工作任务清单");
  expect(report.findings.length).toBeGreaterThan(0);
  const after = await wb.readSheet(MESSY.sheet);
  expect(after.values).toEqual(before.values);
  expect(after.text).toEqual(before.text);
  expect(after.formats).toEqual(before.formats);
  expect(after.merges).toEqual(before.merges);

  const sheet = await wb.readSheet(REPORT_SHEET);
  const flat = sheet.text.flat();
  expect(flat).toContain("台账校验结果");
  for (const f of report.findings.filter((x) => x.cell)) expect(flat).toContain(f.cell);
  expect(flat.some((t) => t.startsWith("校验日期：2023-06-30"))).toBe(true);
  expect((await wb.activeSheet())).toBe(MESSY.sheet);
});

test("running it twice gives the same report, the same sheet and the same marks; 清除标记 restores the ledger exactly", async () => {
  const wb = await workbookOf([MESSY]);
  const original = await cellsOf(await wb.save(), MESSY.sheet);
  const first = await validateSheet(wb, { checkedOn: "2023-06-30" });
  const bytes1 = await wb.save();
  const second = await validateSheet(wb, { checkedOn: "2023-06-30" });
  const bytes2 = await wb.save();
  expect(second).toEqual(first);
  expect(await cellsOf(bytes2, REPORT_SHEET)).toEqual(await cellsOf(bytes1, REPORT_SHEET));
  const marked = await cellsOf(bytes2, MESSY.sheet);
  expect(marked).toEqual(await cellsOf(bytes1, MESSY.sheet));
  const markedCells = marksFor(first.findings).length;
  const changed = Object.keys(marked).filter((a) => JSON.stringify(marked[a].fill) !== JSON.stringify(original[a]?.fill ?? null));
  expect(changed.length).toBeGreaterThanOrEqual(markedCells - 1);
  expect(changed.length).toBeGreaterThan(0);

  expect(await clearAllMarks(wb, MESSY.sheet)).toContain("已清除");
  const cleared = await cellsOf(await wb.save(), MESSY.sheet);
  for (const a of Object.keys(original)) expect(cleared[a]).toEqual(original[a]);
});

test("marks: one per cell, the worst severity's fill, every message in the note", () => {
  const marks = marksFor([
    { sheet: "s", cell: "B5", row: 5, at: { row: 4, col: 1 }, rule: "vague-goal", severity: "warning", message: "目标不具体", hint: "" },
    { sheet: "s", cell: "B5", row: 5, at: { row: 4, col: 1 }, rule: "missing-item", severity: "error", message: "目标未填写", hint: "" },
    { sheet: "s", rule: "missing-column", severity: "error", message: "缺少列", hint: "" },
  ]);
  expect(marks).toEqual([{ row: 4, col: 1, fill: "#FFC7CE", note: "【警告】目标不具体\n【错误】目标未填写" }]);
});

test("settings are kept in the workbook and change what is reported", async () => {
  const wb = await workbookOf([MESSY]);
  expect(await loadSettings(wb)).toEqual(DEFAULT_SETTINGS);
  const all = await validateSheet(wb, { write: false });
  const someRule = all.findings[0].rule;
  await saveSettings(wb, { ...DEFAULT_SETTINGS, rules: { [someRule]: { enabled: false } } });
  const reloaded = await (await import("../../src/workbook/exceljs/ExcelJsWorkbook")).ExcelJsWorkbook.load(await wb.save());
  expect((await loadSettings(reloaded)).rules[someRule]).toMatchObject({ enabled: false });
  const fewer = await validateSheet(reloaded, { write: false });
  expect(fewer.findings.some((f) => f.rule === someRule)).toBe(false);
  expect(fewer.findings.length).toBeLessThan(all.findings.length);
});

test("a command run on one of our result sheets says so instead of reading it as a ledger", async () => {
  const wb = await workbookOf([MESSY]);
  await validateSheet(wb, { checkedOn: "2023-06-30" });
  await wb.activateSheet(REPORT_SHEET);
  const report = await validateSheet(wb);
  expect(report.list).toBeNull();
  expect(report.message).toBe("工作表“校验结果”是落实台账助手生成的结果表，不是台账。请切换到要处理的台账工作表后再试。");
  const { inspectSheet } = await import("../../src/features/inspect");
  expect((await inspectSheet(wb)).recognition).toMatchObject({ ok: false, message: report.message });
});
