/**
 * @jest-environment jsdom
 */
/** useInspection: the active sheet inspected at every refresh; not a ledger is shown, not an error; the workbook's trouble is. */
import { useInspection } from "../../src/taskpane/hooks/useInspection";
import { validateSheets } from "../../src/features/validate";
import { WorkbookError } from "../../src/workbook/port";
import ExcelJS from "exceljs";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { browserSession, ledgerAndBudget, notALedger, perform, renderSection } from "./paneHooks";

test("a ledger: its list, header, year, unit and what is missing", async () => {
  const wb = await ledgerAndBudget();
  const { result } = await renderSection(async () => browserSession(wb), useInspection);
  const { inspection, recognised } = result.current.part;
  expect(inspection).toMatchObject({ sheet: "台账", ok: true });
  expect(recognised?.list.name).toBe("重点工作任务清单");
  expect(recognised && { header: recognised.headerTop + 1, rows: recognised.dataRows.length, year: recognised.year?.value, unit: recognised.unit?.value }).toEqual({
    header: 2, rows: 2, year: 2023, unit: "柳林镇",
  });
  expect(recognised?.missing).toEqual([]);
  expect(result.current.runner.error).toBeNull();
});

test("a sheet that is not a ledger: the inspection says why, and it is not an error", async () => {
  const wb = await ledgerAndBudget();
  await wb.activateSheet("预算");
  const { result } = await renderSection(async () => browserSession(wb), useInspection);
  expect(result.current.part.inspection).toEqual({ sheet: "预算", ok: false, code: "not-ledger", message: notALedger("预算") });
  expect(result.current.part.recognised).toBeNull();
  expect(result.current.runner.error).toBeNull();
});

test("one of our result sheets says so in the sheet's section", async () => {
  const wb = await ledgerAndBudget();
  await validateSheets(wb);
  await wb.activateSheet("校验结果");
  const { result } = await renderSection(async () => browserSession(wb), useInspection);
  expect(result.current.part.inspection).toMatchObject({
    sheet: "校验结果", ok: false, code: "result-sheet",
    message: "工作表“校验结果”是落实台账助手生成的结果表，不是台账。请切换到要处理的台账工作表后再试。",
  });
  expect(result.current.runner.error).toBeNull();
});

test("重新识别 reads the workbook again: a sheet changed outside the pane is seen", async () => {
  const wb = await ledgerAndBudget();
  const { result } = await renderSection(async () => browserSession(wb), useInspection);
  await wb.writeSheet({ sheet: "整改", ifExists: "rename", activate: true, rows: [["城关街道2024年问题整改台账"], ["序号", "存在问题", "问题来源", "整改措施", "整改时限", "责任人", "整改状态"], [1, "路灯损坏", "自查", "更换", "5月底前", "马超", "整改中"]] });
  expect(result.current.part.recognised?.list.name).toBe("重点工作任务清单");
  await perform(result, (r) => r.part.reinspect());
  expect(result.current.session.active).toBe("整改");
  expect(result.current.part.recognised?.list.name).toBe("问题整改台账");
});

test("the workbook refusing to be read is an error (its sentence), and no stale inspection is shown", async () => {
  const wb = await ledgerAndBudget();
  const { result } = await renderSection(async () => browserSession(wb), useInspection);
  jest.spyOn(wb, "readSheet").mockRejectedValue(new WorkbookError("工作表“台账”太大了。", "too-large"));
  await perform(result, (r) => r.part.reinspect());
  expect(result.current.runner.error).toBe("工作表“台账”太大了。");
  expect(result.current.part.inspection).toBeNull();
});

test("a workbook without sheets has nothing to inspect", async () => {
  const wb = ExcelJsWorkbook.create();
  jest.spyOn(wb, "activeSheet").mockResolvedValue("");
  const { result } = await renderSection(async () => browserSession(wb), useInspection);
  expect(result.current.part.inspection).toBeNull();
  expect(result.current.runner.error).toBeNull();
});

test("a file that cannot be shown (no visible sheet): the workbook's sentence, and the last file's inspection is gone", async () => {
  const wb = await ledgerAndBudget();
  const { result } = await renderSection(async () => browserSession(wb), useInspection);
  expect(result.current.part.inspection?.sheet).toBe("台账");
  const book = new ExcelJS.Workbook();
  book.addWorksheet("台账", { state: "hidden" }).addRow(["序号", "任务"]);
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  await perform(result, (r) => r.session.openFile({ name: "隐藏.xlsx", arrayBuffer: async () => bytes.slice().buffer }));
  expect(result.current.runner.error).toBe("这个工作簿里没有可见的工作表。请先取消隐藏或新建一张工作表。");
  expect(result.current.session.session?.fileName).toBe("隐藏.xlsx");
  expect(result.current.part.inspection).toBeNull();
});
