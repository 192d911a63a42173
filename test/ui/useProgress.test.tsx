/**
 * @jest-environment jsdom
 */
/** useProgress: 进度分析 of the active sheet at a checked date, shown for its sheet while 进度分析 exists; stage checks. */
import { useProgress } from "../../src/taskpane/hooks/useProgress";
import { browserSession, ledgerAndBudget, notALedger, perform, renderSection, visibleSheets } from "./paneHooks";

test("进度分析 at a date: each unit's progress for the sheet, 进度分析 written, the sentence", async () => {
  const wb = await ledgerAndBudget();
  const { result } = await renderSection(async () => browserSession(wb), useProgress);
  await perform(result, (r) => r.part.check({ checkDate: "2023-06-30", basis: "month" }));
  expect(result.current.runner).toMatchObject({
    error: null,
    notice: "工作表“台账”截至 2023-06-30 的进度已写入“进度分析”：2 个单位，时间过半任务过半达到 1 个、未达到 1 个；逾期 0 项，滞后 1 项。",
  });
  const report = result.current.part.report;
  expect(report?.sheet).toBe("台账");
  expect(report?.units.map((u) => [u.unit, u.timeProgress, u.taskProgress, u.pass])).toEqual([
    ["经发办", 0.5, 0.6, true],
    ["农业办", 1, 0.3, false],
  ]);
  expect(await visibleSheets(wb)).toEqual(["台账", "预算", "进度分析", "进度分析明细"]);
});

test("a date that is no day (2023-02-30) is refused with the CLI's sentence; nothing is written", async () => {
  const wb = await ledgerAndBudget();
  const { result } = await renderSection(async () => browserSession(wb), useProgress);
  await perform(result, (r) => r.part.check({ checkDate: "2023-02-30", basis: "calendar" }));
  expect(result.current.runner).toMatchObject({ error: "检查日期应写成 2023-06-30 这样的日期，而不是“2023-02-30”。", notice: null });
  expect(result.current.runner.error).not.toMatch(/[A-Za-z]/);
  expect(result.current.part.report).toBeNull();
  expect(await visibleSheets(wb)).toEqual(["台账", "预算"]);
});

test("a sheet that is not a ledger is refused with its sentence", async () => {
  const wb = await ledgerAndBudget();
  await wb.activateSheet("预算");
  const { result } = await renderSection(async () => browserSession(wb), useProgress);
  await perform(result, (r) => r.part.check({ checkDate: "2023-06-30", basis: "calendar" }));
  expect(result.current.runner.error).toBe(notALedger("预算"));
  expect(await visibleSheets(wb)).toEqual(["台账", "预算"]);
});

test("the result belongs to its sheet: another sheet shows none, coming back shows it again", async () => {
  const wb = await ledgerAndBudget();
  const { result } = await renderSection(async () => browserSession(wb), useProgress);
  await perform(result, (r) => r.part.check({ checkDate: "2023-06-30", basis: "month" }));
  await perform(result, (r) => r.session.selectSheet("预算"));
  expect(result.current.part.report).toBeNull();
  await perform(result, (r) => r.session.selectSheet("台账"));
  expect(result.current.part.report?.sheet).toBe("台账");
});

test("the result is not shown once its 进度分析 sheet is gone from the workbook", async () => {
  const wb = await ledgerAndBudget();
  const { result } = await renderSection(async () => browserSession(wb), useProgress);
  await perform(result, (r) => r.part.check({ checkDate: "2023-06-30", basis: "month" }));
  const listSheets = wb.listSheets.bind(wb);
  jest.spyOn(wb, "listSheets").mockImplementation(async () => (await listSheets()).filter((s) => s.name !== "进度分析"));
  await perform(result, (r) => r.session.reread());
  expect(result.current.part.report).toBeNull();
});

test("阶段检查 over every ledger: the stage's sentence and its sheet", async () => {
  const wb = await ledgerAndBudget();
  const { result } = await renderSection(async () => browserSession(wb), useProgress);
  await perform(result, (r) => r.part.stage("q2"));
  expect(result.current.runner).toMatchObject({
    error: null,
    notice: "2023年上半年阶段检查（2023-06-30，时间过半、任务过半）：2 个单位中达到 1 个单位，未达到 1 个；逾期 0 项，滞后 1 项。详见“阶段检查（二季度）”工作表。",
  });
  expect(await visibleSheets(wb)).toEqual(["台账", "预算", "阶段检查（二季度）"]);
});

test("阶段检查 with no ledger to check says why", async () => {
  const wb = await ledgerAndBudget();
  jest.spyOn(wb, "listSheets").mockResolvedValue([{ name: "预算", visible: true }]);
  await wb.activateSheet("预算");
  const { result } = await renderSection(async () => browserSession(wb), useProgress);
  await perform(result, (r) => r.part.stage("q1"));
  expect(result.current.runner.error).toBe("工作簿中没有可识别的台账工作表，无法做一季度检查。请先按模板建立重点工作任务清单等台账。");
});
