/** 阶段检查: each stage on a small workbook (two units, a done, a lagging and an overdue row, a support list, a non-ledger sheet). */
import { describeStage, stageCheck } from "../../src/features/stageCheck";
import { saveSettings } from "../../src/features/settings";
import { cannotOf, valueOf } from "../fixtures/outcome";
import { DEFAULT_SETTINGS } from "../../src/domain/validate/types";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { stageBook, TASK_ROWS } from "./stageHelpers";

async function sheetText(wb: ExcelJsWorkbook, name: string): Promise<string[]> {
  return (await wb.readSheet(name)).text.flat().filter((t) => t !== "");
}

test("q1 lists which lists exist and whether each validates", async () => {
  const wb = await stageBook();
  const r = valueOf(await stageCheck(wb, { stage: "q1" }));
  if (r.stage !== "q1") throw new Error("q1 expected");
  expect(r).toMatchObject({ year: 2023, yearFrom: "sheet", checkDate: "2023-03-31", sheets: ["重点工作", "向上争取"], problems: 1 });
  expect(r.skipped).toEqual([{ sheet: "说明", reason: "不是台账" }]);
  expect(r.summary).toBe("2023年一季度阶段检查（2023-03-31）：2 个清单已建立，1 个不规范；12 个未建立。");
  const tasks = r.lists.find((l) => l.id === "tasks");
  const support = r.lists.find((l) => l.id === "support");
  expect(tasks).toMatchObject({ established: true, rows: 5, standard: true });
  expect(support).toMatchObject({ established: true, rows: 1, standard: false });
  expect(support?.sheets[0]).toMatchObject({ sheet: "向上争取", unit: "柳林镇", errors: 1, problems: "五个明确缺项 1 处" });
  expect(r.lists.filter((l) => !l.established)).toHaveLength(12);
  expect(r.written).toBe("阶段检查（一季度）");
  expect(describeStage(r)).toBe("2023年一季度阶段检查（2023-03-31）：2 个清单已建立，1 个不规范；12 个未建立。详见“阶段检查（一季度）”工作表。");
  const text = await sheetText(wb, "阶段检查（一季度）");
  expect(text[0]).toBe("2023年一季度阶段检查：机制、方案、台账、清单建立情况");
  expect(text[1]).toMatch(/^检查日期：2023-03-31（一季度末）/);
  expect(text).toEqual(expect.arrayContaining(["检查结果：2 个清单已建立，1 个不规范；12 个未建立。", "重点工作（柳林镇）", "向上争取（柳林镇）", "规范", "不规范", "未建立", "调研台账"]));
});

test("q2 judges 时间过半、任务过半 per unit over both lists, failing units first", async () => {
  const wb = await stageBook();
  const r = valueOf(await stageCheck(wb, { stage: "q2" }));
  if (r.stage !== "q2") throw new Error("q2 expected");
  expect(r.checkDate).toBe("2023-06-30");
  expect(r.summary).toBe("2023年上半年阶段检查（2023-06-30，时间过半、任务过半）：2 个单位中达到 1 个单位，未达到 1 个；逾期 1 项，滞后 1 项。");
  expect(r.units.map((u) => [u.unit, u.pass, u.overdue, u.lagging, u.rows])).toEqual([["农业办", false, 1, 1, 2], ["经发办", true, 0, 0, 4]]);
  expect(r.units[0].taskProgress).toBeCloseTo(0.4);
  expect(r.units[0].gap).toBeCloseTo(-0.6);
  expect(r.units[0].note).toBe("任务进度低于时间进度 60 个百分点；逾期 1 项；滞后 1 项");
  expect(r.behind.map((x) => [x.row, x.task, x.status, x.address, x.progress])).toEqual([
    [6, "户厕改造", "滞后", "B6", "30%；推进中"],
    [7, "农田水利", "逾期", "B7", "50%；推进中"],
  ]);
  expect(r.basisLabel).toContain("日历天数");
  expect(r.warnings).toEqual([expect.stringContaining("工作表“向上争取”：没有找到“完成进度”")]);
  expect(r.problems).toBe(1);
  const text = await sheetText(wb, "阶段检查（二季度）");
  expect(text[0]).toBe("2023年上半年阶段检查：时间过半、任务过半");
  expect(text).toEqual(expect.arrayContaining(["未达到", "已达到", "农业办", "经发办", "户厕改造", "逾期", "滞后"]));
  expect(text.indexOf("未达到")).toBeLessThan(text.indexOf("已达到"));
});

test("q3 lists the done rows for 实地核查 with an empty 核查结果 column, and flags slow units for 提醒函", async () => {
  const wb = await stageBook();
  const r = valueOf(await stageCheck(wb, { stage: "q3" }));
  if (r.stage !== "q3") throw new Error("q3 expected");
  expect(r.done.map((x) => [x.sheet, x.row, x.unit, x.task, x.deadline, x.progress, x.report])).toEqual([
    ["重点工作", 3, "经发办", "耕地保护", "5月底前", "100%；已完成", "已落实田长制"],
  ]);
  expect(r.slow.map((u) => [u.unit, u.action, u.overdue])).toEqual([["农业办", "提醒函", 2]]);
  expect(r.summary).toBe("2023年前三季度阶段检查（2023-09-30）：已完成事项 1 项，请实地核查复核；进度较慢的单位 1 个（农业办），建议下发提醒函。");
  const sheet = await wb.readSheet("阶段检查（三季度）");
  const header = sheet.text.findIndex((row) => row.includes("核查结果（实地核查后填写）"));
  // title, date, basis, rule, result, warning, not checked, blank, caption (一、已完成事项实地核查表), then the header
  expect(header).toBe(9);
  const col = sheet.text[header].indexOf("核查结果（实地核查后填写）");
  expect(sheet.text[header + 1]).toContain("耕地保护");
  expect(sheet.text[header + 1][col]).toBe("");
  expect(sheet.text.flat()).toEqual(expect.arrayContaining(["提醒函", "农业办"]));
});

test("q4 lists every row due by year end, done or not, grouped by unit", async () => {
  const wb = await stageBook();
  const r = valueOf(await stageCheck(wb, { stage: "q4" }));
  if (r.stage !== "q4") throw new Error("q4 expected");
  expect(r.summary).toBe("2023年全年阶段检查（2023-12-31）：年内到期事项 5 项，已完成 1 项，未完成 4 项（涉及 2 个单位）。");
  expect(r.units).toEqual([
    { unit: "经发办", due: 3, done: 1, notDone: 2, notDoneTasks: ["招商引资", "污水处理项目"] },
    { unit: "农业办", due: 2, done: 0, notDone: 2, notDoneTasks: ["户厕改造", "农田水利"] },
  ]);
  expect(r.rows.map((x) => [x.unit, x.task, x.done])).toEqual([
    ["经发办", "耕地保护", true], ["经发办", "招商引资", false], ["经发办", "污水处理项目", false],
    ["农业办", "户厕改造", false], ["农业办", "农田水利", false],
  ]);
  expect(r.excluded).toEqual({ ongoing: 1, unreadable: 0, later: 0 });
  expect(r.problems).toBe(4);
  const text = await sheetText(wb, "阶段检查（四季度）");
  expect(text[0]).toBe("2023年全年阶段检查：对照年度清单全面督查");
  expect(text).toEqual(expect.arrayContaining(["有未完成", "已完成", "未完成", "核查结果", "招商引资；污水处理项目"]));
});

test("running a stage twice gives one sheet with the same content; other stages add their own sheet", async () => {
  const wb = await stageBook();
  const first = valueOf(await stageCheck(wb, { stage: "q2" }));
  const sheet = await wb.readSheet("阶段检查（二季度）");
  const second = valueOf(await stageCheck(wb, { stage: "q2" }));
  expect(second).toEqual(first);
  expect(await wb.readSheet("阶段检查（二季度）")).toEqual(sheet);
  valueOf(await stageCheck(wb, { stage: "q3" }));
  const names = (await wb.listSheets()).map((s) => s.name);
  expect(names.filter((n) => n.startsWith("阶段检查"))).toEqual(["阶段检查（二季度）", "阶段检查（三季度）"]);
  expect((valueOf(await stageCheck(wb, { stage: "q2", write: false }))).sheets).toEqual(["重点工作", "向上争取"]);
});

test("the year: --year, else the first ledger's, else the settings', else this year", async () => {
  const given = valueOf(await stageCheck(await stageBook(), { stage: "q2", year: 2024, write: false }));
  expect([given.year, given.yearFrom, given.checkDate]).toEqual([2024, "option", "2024-06-30"]);
  const plain = async (): Promise<ExcelJsWorkbook> => {
    const wb = ExcelJsWorkbook.create();
    await wb.writeSheet({ sheet: "台账", ifExists: "rename", rows: TASK_ROWS.slice(1) });
    return wb;
  };
  const wb = await plain();
  await saveSettings(wb, { ...DEFAULT_SETTINGS, year: 2022 });
  const fromSettings = valueOf(await stageCheck(wb, { stage: "q2", write: false }));
  expect([fromSettings.year, fromSettings.yearFrom, fromSettings.checkDate]).toEqual([2022, "setting", "2022-06-30"]);
  const today = valueOf(await stageCheck(await plain(), { stage: "q1", write: false }));
  expect(today.yearFrom).toBe("today");
  expect(today.year).toBeGreaterThanOrEqual(2024);
});

test("the month basis is printed; nothing to check is a sentence and writes nothing", async () => {
  const r = valueOf(await stageCheck(await stageBook(), { stage: "q2", basis: "month", write: false }));
  expect(r.stage === "q2" && r.basisLabel).toContain("按月份计算");
  const wb = ExcelJsWorkbook.create();
  await wb.writeSheet({ sheet: "说明", ifExists: "rename", rows: [["填表说明"], ["请按时报送。"]] });
  const none = cannotOf(await stageCheck(wb, { stage: "q3" }));
  expect(none).toEqual({ ok: false, code: "no-ledger", message: "工作簿中没有带“完成时限”列的重点工作任务清单或拟向上争取清单，无法做前三季度阶段检查。" });
  expect((await wb.listSheets()).map((s) => s.name)).toEqual(["说明"]);
});
