/**
 * @jest-environment jsdom
 */
/**
 * useValidation: 一键校验, 规范化 and 清除标记 on the active sheet; the findings shown are the
 * workbook's (a ribbon run is seen on refresh, cleared marks hide them); going to a cell.
 */
import { useValidation } from "../../src/taskpane/hooks/useValidation";
import { validateSheets } from "../../src/features/validate";
import { clearMarks } from "../../src/features/marks";
import { hasMarks } from "../../src/features/marks";
import { WorkbookError } from "../../src/workbook/port";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { workbookOf } from "../fixtures/workbooks";
import { ledger } from "../fixtures/ledgers";
import { browserSession, ledgerAndBudget, notALedger, perform, renderSection, visibleSheets } from "./paneHooks";

const LIULIN_FOUND =
  "工作表“柳林镇”（重点工作任务清单）校验完毕：检查 6 行，发现错误 1 条、警告 2 条、提示 4 条。详见“校验结果”工作表，问题单元格已标色，可用“清除标记”去掉。";

async function liulin(): Promise<ExcelJsWorkbook> {
  return workbookOf([ledger("tasks-liulin")]);
}

test("一键校验: the report of the active sheet, the sentence, 校验结果 and the marks written", async () => {
  const wb = await liulin();
  const { result } = await renderSection(async () => browserSession(wb), useValidation);
  expect(result.current.part.report).toBeNull();
  await perform(result, (r) => r.part.validate());
  expect(result.current.runner).toMatchObject({ error: null, notice: LIULIN_FOUND });
  const report = result.current.part.report;
  expect(report && { sheet: report.sheet, rows: report.rows, counts: report.counts }).toEqual({ sheet: "柳林镇", rows: 6, counts: { error: 1, warning: 2, info: 4 } });
  expect(report?.findings.map((f) => f.cell)).toEqual(["A4", "B4", "C4", "E7", "A8", "E10", "F10"]);
  expect(await visibleSheets(wb)).toEqual(["柳林镇", "校验结果", "校验结果明细"]);
  expect(await hasMarks(wb, "柳林镇")).toBe(true);
});

test("a sheet with nothing to mark still shows its counts right after 一键校验", async () => {
  const wb = await workbookOf([ledger("tasks-nongye-fill-year")]);
  const { result } = await renderSection(async () => browserSession(wb), useValidation);
  await perform(result, (r) => r.part.validate());
  expect(result.current.runner.notice).toBe("工作表“农业农村局”（重点工作任务清单）校验完毕：检查 3 行，没有发现问题。");
  expect(result.current.part.report?.counts).toEqual({ error: 0, warning: 0, info: 0 });
});

test("not a ledger: the error bar says why, nothing is written", async () => {
  const wb = await ledgerAndBudget();
  await wb.activateSheet("预算");
  const { result } = await renderSection(async () => browserSession(wb), useValidation);
  await perform(result, (r) => r.part.validate());
  expect(result.current.runner).toMatchObject({ error: notALedger("预算"), notice: null });
  expect(result.current.part.report).toBeNull();
  expect(await visibleSheets(wb)).toEqual(["台账", "预算"]);
});

test("one of our result sheets is refused with the features' sentence", async () => {
  const wb = await liulin();
  await validateSheets(wb);
  await wb.activateSheet("校验结果");
  const { result } = await renderSection(async () => browserSession(wb), useValidation);
  await perform(result, (r) => r.part.validate());
  expect(result.current.runner.error).toBe("工作表“校验结果”是落实台账助手生成的结果表，不是台账。请切换到要处理的台账工作表后再试。");
});

test("the findings are read from the workbook: a ribbon run is seen on refresh, a ribbon 清除标记 hides them", async () => {
  const wb = await liulin();
  const { result } = await renderSection(async () => browserSession(wb), useValidation);
  await validateSheets(wb); // the ribbon's 一键校验
  expect(result.current.part.report).toBeNull();
  await perform(result, (r) => r.session.reread());
  expect(result.current.part.report?.counts).toEqual({ error: 1, warning: 2, info: 4 });
  await clearMarks(wb); // the ribbon's 清除标记
  await perform(result, (r) => r.session.reread());
  expect(result.current.part.report).toBeNull();
});

test("the findings belong to their sheet: another sheet shows none, coming back shows them again", async () => {
  const wb = await workbookOf([ledger("tasks-liulin"), ledger("tasks-zhujian-messy")]);
  const { result } = await renderSection(async () => browserSession(wb), useValidation);
  await perform(result, (r) => r.part.validate());
  expect(result.current.part.report?.sheet).toBe("柳林镇");
  await perform(result, (r) => r.session.selectSheet("住建局"));
  expect(result.current.part.report).toBeNull();
  await perform(result, (r) => r.session.selectSheet("柳林镇"));
  expect(result.current.part.report?.counts).toEqual({ error: 1, warning: 2, info: 4 });
});

test("清除标记: the marks go, so do the findings shown, and it says so", async () => {
  const wb = await liulin();
  const { result } = await renderSection(async () => browserSession(wb), useValidation);
  await perform(result, (r) => r.part.validate());
  await perform(result, (r) => r.part.clearMarks());
  expect(result.current.runner).toMatchObject({ error: null, notice: "已清除工作表“柳林镇”上的标记，单元格的内容和格式保持原样。" });
  expect(result.current.part.report).toBeNull();
  expect(await hasMarks(wb, "柳林镇")).toBe(false);
});

test("规范化: a new standard sheet, the clerk's untouched, and what was done", async () => {
  const wb = await liulin();
  const before = await wb.readSheet("柳林镇");
  const { result } = await renderSection(async () => browserSession(wb), useValidation);
  await perform(result, (r) => r.part.standardize());
  expect(result.current.runner.error).toBeNull();
  expect(result.current.runner.notice).toMatch(/^已将工作表“柳林镇”规范为《重点工作任务清单》，写入新工作表“柳林镇（规范）”，原工作表未改动：/);
  expect(await visibleSheets(wb)).toEqual(["柳林镇", "柳林镇（规范）"]);
  expect((await wb.readSheet("柳林镇")).values).toEqual(before.values);
});

test("规范化 of a sheet that is not a ledger is refused with its sentence", async () => {
  const wb = await ledgerAndBudget();
  await wb.activateSheet("预算");
  const { result } = await renderSection(async () => browserSession(wb), useValidation);
  await perform(result, (r) => r.part.standardize());
  expect(result.current.runner).toMatchObject({ error: notALedger("预算"), notice: null });
  expect(await visibleSheets(wb)).toEqual(["台账", "预算"]);
});

test("going to a finding selects its cell; a sheet that is gone is said on the error bar, the notice stays", async () => {
  const wb = await liulin();
  const select = jest.spyOn(wb, "selectCell");
  const { result } = await renderSection(async () => browserSession(wb), useValidation);
  await perform(result, (r) => r.part.validate());
  const f10 = result.current.part.report?.findings.find((f) => f.cell === "F10");
  if (!f10) throw new Error("F10 not found");
  await perform(result, (r) => r.part.selectFinding(f10));
  expect(select).toHaveBeenCalledWith("柳林镇", "F10");
  select.mockRejectedValueOnce(new WorkbookError("找不到名为“柳林镇”的工作表。", "no-sheet"));
  await perform(result, (r) => r.part.selectFinding(f10));
  expect(result.current.runner).toMatchObject({ error: "找不到名为“柳林镇”的工作表。", notice: LIULIN_FOUND });
  const sheetLevel = { ...f10, cell: undefined };
  select.mockClear();
  await perform(result, (r) => r.part.selectFinding(sheetLevel));
  expect(select).not.toHaveBeenCalled();
});
