/**
 * 一键校验 end to end on an .xlsx workbook: the report sheet, the marks, idempotence, 清除标记
 * restoring the ledger exactly, settings kept in the workbook.
 */
import { ledger } from "../fixtures/ledgers";
import { cellsOf, workbookOf } from "../fixtures/workbooks";
import { marksFor, validateSheets } from "../../src/features/validate";
import { loadSettings, saveSettings } from "../../src/features/settings";
import { clearMarks } from "../../src/features/marks";
import { inspectSheets } from "../../src/features/inspect";
import { standardizeSheets } from "../../src/features/standardize";
import { checkProgress } from "../../src/features/progress";
import { stageCheck } from "../../src/features/stageCheck";
import { cannotOf, valueOf } from "../fixtures/outcome";
import type { WorkbookPort } from "../../src/workbook/port";
import { REPORT_DETAIL_SHEET, REPORT_SHEET } from "../../src/render/reportSheet";
import { DEFAULT_SETTINGS } from "../../src/domain/validate/types";

const MESSY = ledger("tasks-zhujian-messy");
/**
 * The messy fixture (test/fixtures/ledger-data/messy.ts) states all five items on every row; rows
 * 6 (10月底前) and 12 (下半年) are annual tasks without a monthly plan (docs/rules.md
 * annual-without-monthly-plan): two warnings, no error.
 */
const MESSY_COUNTS = { error: 0, warning: 2, info: 0 };

test("writes 校验结果 with the counts by rule, 校验结果明细 with the findings, and marks the cells, leaving every value as it was", async () => {
  const wb = await workbookOf([MESSY]);
  const before = await wb.readSheet(MESSY.sheet);
  const result = valueOf(await validateSheets(wb, { checkedOn: "2023-06-30" }));
  expect(result.written).toBe(REPORT_SHEET);
  const [report] = result.reports;
  expect(report.list).toBe("重点工作任务清单");
  expect(report.counts).toEqual(MESSY_COUNTS);
  expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([["annual-without-monthly-plan", "F6"], ["annual-without-monthly-plan", "F12"]]);
  expect(result.verdict).toBe("pass");
  const after = await wb.readSheet(MESSY.sheet);
  expect(after.values).toEqual(before.values);
  expect(after.text).toEqual(before.text);
  expect(after.formats).toEqual(before.formats);
  expect(after.merges).toEqual(before.merges);

  const sheet = await wb.readSheet(REPORT_SHEET);
  const flat = sheet.text.flat();
  expect(flat).toContain("台账校验结果");
  expect(flat).toContain("逐条问题（共 2 条）见“校验结果明细”工作表。");
  expect(flat).toContain("annual-without-monthly-plan");
  expect(flat.some((t) => t.startsWith("校验日期：2023-06-30"))).toBe(true);
  const detail = (await wb.readSheet(REPORT_DETAIL_SHEET)).text.flat();
  expect(detail).toContain("台账校验问题明细");
  expect(detail).toContain("各规则的条数和说明见“校验结果”工作表。");
  for (const f of report.findings.filter((x) => x.cell)) expect(detail).toContain(f.cell);
  expect(detail.some((t) => t.startsWith("校验日期：2023-06-30"))).toBe(true);
  expect((await wb.listSheets()).filter((s) => s.visible).map((s) => s.name)).toEqual([MESSY.sheet, REPORT_SHEET, REPORT_DETAIL_SHEET]);
  expect((await wb.activeSheet())).toBe(MESSY.sheet);
});

test("running it twice gives the same report, the same sheet and the same marks; 清除标记 restores the ledger exactly", async () => {
  const wb = await workbookOf([MESSY]);
  const original = await cellsOf(await wb.save(), MESSY.sheet);
  const first = valueOf(await validateSheets(wb, { checkedOn: "2023-06-30" })).reports[0];
  const bytes1 = await wb.save();
  const second = valueOf(await validateSheets(wb, { checkedOn: "2023-06-30" })).reports[0];
  const bytes2 = await wb.save();
  expect(second).toEqual(first);
  expect(await cellsOf(bytes2, REPORT_SHEET)).toEqual(await cellsOf(bytes1, REPORT_SHEET));
  expect(await cellsOf(bytes2, REPORT_DETAIL_SHEET)).toEqual(await cellsOf(bytes1, REPORT_DETAIL_SHEET));
  const marked = await cellsOf(bytes2, MESSY.sheet);
  expect(marked).toEqual(await cellsOf(bytes1, MESSY.sheet));
  // The two findings (F6, F12) mark two cells, and only those change their fill.
  expect(marksFor(first.findings).map((m) => [m.row, m.col])).toEqual([[5, 5], [11, 5]]);
  const changed = Object.keys(marked).filter((a) => JSON.stringify(marked[a].fill) !== JSON.stringify(original[a]?.fill ?? null));
  expect(changed.sort()).toEqual(["F12", "F6"]);

  expect(valueOf(await clearMarks(wb, { sheet: MESSY.sheet })).message).toBe(`已清除工作表“${MESSY.sheet}”上的标记，单元格的内容和格式保持原样。`);
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
  const all = valueOf(await validateSheets(wb, { write: false })).reports[0];
  const someRule = all.findings[0].rule;
  expect(someRule).toBe("annual-without-monthly-plan");
  expect(valueOf(await saveSettings(wb, { ...DEFAULT_SETTINGS, rules: { [someRule]: { enabled: false } } })).message).toBe("校验设置已保存在本工作簿中。");
  const reloaded = await (await import("../../src/workbook/exceljs/ExcelJsWorkbook")).ExcelJsWorkbook.load(await wb.save());
  expect((await loadSettings(reloaded)).rules[someRule]).toMatchObject({ enabled: false });
  const fewer = valueOf(await validateSheets(reloaded, { write: false })).reports[0];
  // Both findings of the messy ledger are that rule's: with it off, nothing is left.
  expect(all.findings.map((f) => f.rule)).toEqual([someRule, someRule]);
  expect(fewer.findings).toEqual([]);
  expect(fewer.counts).toEqual({ error: 0, warning: 0, info: 0 });
});

test.each<[string, (wb: WorkbookPort) => Promise<{ ok: boolean }>]>([
  ["validate", (wb) => validateSheets(wb)],
  ["standardize", (wb) => standardizeSheets(wb)],
  ["progress", (wb) => checkProgress(wb, { checkDate: "2023-06-30" })],
  ["inspect", async (wb) => {
    const [only] = valueOf(await inspectSheets(wb)).sheets;
    return only.ok ? { ok: true } : { ok: false, code: only.code, message: only.message, sheet: only.sheet };
  }],
])("%s on one of our result sheets says so (one sentence for every use case)", async (_name, run) => {
  const wb = await workbookOf([MESSY]);
  await validateSheets(wb, { checkedOn: "2023-06-30" });
  await wb.activateSheet(REPORT_SHEET);
  const refused = cannotOf((await run(wb)) as Awaited<ReturnType<typeof validateSheets>>);
  expect(refused).toEqual({
    ok: false, code: "result-sheet", sheet: REPORT_SHEET,
    message: "工作表“校验结果”是落实台账助手生成的结果表，不是台账。请切换到要处理的台账工作表后再试。",
  });
});

test.each([REPORT_SHEET, REPORT_DETAIL_SHEET])("a command on %s, active or by name, is refused: it is a result sheet", async (sheet) => {
  const wb = await workbookOf([MESSY]);
  await validateSheets(wb, { checkedOn: "2023-06-30" });
  const refusal = { ok: false, code: "result-sheet", sheet, message: `工作表“${sheet}”是落实台账助手生成的结果表，不是台账。请切换到要处理的台账工作表后再试。` };
  expect(await validateSheets(wb, { sheets: { name: sheet } })).toEqual(refusal);
  await wb.activateSheet(sheet);
  expect(await checkProgress(wb, { checkDate: "2023-06-30" })).toEqual(refusal);
});

test("checking every sheet leaves out our result sheets (their 明细 too) and empty sheets; a workbook without a ledger is a Cannot", async () => {
  const wb = await workbookOf([MESSY]);
  await validateSheets(wb, { checkedOn: "2023-06-30" });
  await checkProgress(wb, { sheets: { name: MESSY.sheet }, checkDate: "2023-06-30" });
  expect((await wb.listSheets()).filter((s) => s.visible).map((s) => s.name)).toEqual([MESSY.sheet, REPORT_SHEET, REPORT_DETAIL_SHEET, "进度分析", "进度分析明细"]);
  await wb.writeSheet({ sheet: "Sheet2", ifExists: "rename", rows: [] });
  await wb.writeSheet({ sheet: "预算", ifExists: "rename", rows: [["科目", "金额"], ["办公费", 100]] });
  const all = valueOf(await validateSheets(wb, { sheets: "all", write: false }));
  expect(all.sheets.map((s) => [s.sheet, s.ok])).toEqual([[MESSY.sheet, true], ["预算", false]]);
  const empty = await workbookOf([]);
  await empty.writeSheet({ sheet: "预算", ifExists: "rename", rows: [["科目", "金额"], ["办公费", 100]] });
  const none = cannotOf(await validateSheets(empty, { sheets: "all" }));
  expect(none.code).toBe("no-ledger");
  expect(none.message).toBe(
    "工作簿中没有可识别的台账工作表。工作表“预算”不像是台账：前 15 行中没有找到含有“任务”“目标”“措施”“完成时限”“责任人”等列名的表头行。" +
      "请在表格上方加一行表头（如：序号、任务、目标、措施、完成时限、责任人），或用“模板”功能新建一张标准台账后把内容粘贴进去。",
  );
  expect((await empty.listSheets()).map((s) => s.name)).toEqual(["预算"]);
});

test("stage check on a workbook with no ledger is a Cannot with the reason", async () => {
  const wb = await workbookOf([]);
  await wb.writeSheet({ sheet: "预算", ifExists: "rename", rows: [["科目", "金额"], ["办公费", 100]] });
  expect(cannotOf(await stageCheck(wb, { stage: "q1" }))).toEqual({
    ok: false, code: "no-ledger", message: "工作簿中没有可识别的台账工作表，无法做一季度检查。请先按模板建立重点工作任务清单等台账。",
  });
});
