/**
 * @jest-environment jsdom
 */
/** useTemplate: a list's template on a new sheet, never over an existing one, with the unit and year asked for. */
import { useTemplate } from "../../src/taskpane/hooks/useTemplate";
import { browserSession, ledgerAndBudget, perform, renderSection, visibleSheets } from "./paneHooks";

test("a template on a new sheet, made active, and the sentence; again gives (2)", async () => {
  const wb = await ledgerAndBudget();
  const { result } = await renderSection(async () => browserSession(wb), useTemplate);
  await perform(result, (r) => r.part.create({ list: "rectify", unit: "  城关街道 ", year: 2024 }));
  expect(result.current.runner).toMatchObject({ error: null, notice: "已新建工作表“问题整改台账”。" });
  expect(result.current.session.active).toBe("问题整改台账");
  const sheet = await wb.readSheet("问题整改台账");
  expect(sheet.values[0][0]).toBe("城关街道2024年度问题整改台账");
  await perform(result, (r) => r.part.create({ list: "rectify", unit: "", year: 2024 }));
  expect(result.current.runner.notice).toBe("已新建工作表“问题整改台账(2)”。");
  expect((await wb.readSheet("问题整改台账(2)")).values[0][0]).toBe("2024年度问题整改台账");
  expect(await visibleSheets(wb)).toEqual(["台账", "预算", "问题整改台账", "问题整改台账(2)"]);
});

test("a list no list answers to is refused with the catalogue's sentence", async () => {
  const wb = await ledgerAndBudget();
  const { result } = await renderSection(async () => browserSession(wb), useTemplate);
  await perform(result, (r) => r.part.create({ list: "流水账", unit: "", year: 2024 }));
  expect(result.current.runner.error).toMatch(/^没有名为“流水账”的清单。可用的清单：重点工作任务清单（tasks）、/);
  expect(await visibleSheets(wb)).toEqual(["台账", "预算"]);
});

test("without a workbook nothing is made, and the pane says to open one", async () => {
  const { result } = await renderSection(async () => ({ mode: "browser", wb: null }), useTemplate);
  await perform(result, (r) => r.part.create({ list: "tasks", unit: "", year: 2024 }));
  expect(result.current.runner.error).toBe("还没有打开工作簿。请先打开一个 .xlsx 文件。");
});

test("the 单位名录 template (the merge's unit list) from the same form", async () => {
  const wb = await ledgerAndBudget();
  const { result } = await renderSection(async () => browserSession(wb), useTemplate);
  await perform(result, (r) => r.part.create({ list: "units", unit: "", year: 2024 }));
  expect(result.current.runner).toMatchObject({ error: null, notice: "已新建工作表“单位名录”。" });
  expect((await wb.readSheet("单位名录")).text[1]).toEqual(["单位", "类别", "排序", "别名"]);
});
