/**
 * @jest-environment jsdom
 */
/**
 * useMerge: the picked files merged into the session's workbook (汇总, 汇总说明, the sentence, the
 * sheets refreshed), the progress file by file, 取消 leaving the workbook as it was, a name that
 * is not .xlsx refused unread, the workbook's own sheets on request, what the office must be told.
 */
import { act, waitFor } from "@testing-library/react";
import { useMerge } from "../../src/taskpane/hooks/useMerge";
import type { ChosenFile } from "../../src/taskpane/host/pickedFiles";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { officesAsOwners, unitFile } from "../fixtures/countyFiles";
import { browserSession, ledgerAndBudget, perform, renderSection, settled, visibleSheets } from "./paneHooks";

/** A file as the clerk picks it; `reads` counts how often its bytes were asked for. */
type Picked = ChosenFile & { reads: number };

function chosen(name: string, bytes: Uint8Array, lastModified = 0, gate?: Promise<void>): Picked {
  const file: Picked = {
    name, size: bytes.length, lastModified, reads: 0,
    arrayBuffer: async () => {
      file.reads++;
      await gate;
      return bytes.slice().buffer;
    },
  };
  return file;
}

/** A unit's realistic ledger file (test/fixtures/countyFiles.ts). */
async function unit(name: string, i: number, options: { file?: string; lastModified?: number; gate?: Promise<void> } = {}): Promise<Picked> {
  const f = await unitFile(name, i, options.file ? { name: options.file } : {});
  return chosen(f.name, f.bytes, options.lastModified, options.gate);
}

/** A gate the test opens. */
function gate(): { wait: Promise<void>; open(): void } {
  let open: () => void = () => undefined;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

/** The session's workbook: a sheet of notes, nothing to merge. */
async function officeBook(): Promise<ExcelJsWorkbook> {
  const wb = ExcelJsWorkbook.create();
  await wb.writeSheet({ sheet: "说明", ifExists: "rename", rows: [["本工作簿用于汇总各单位台账"]] });
  return wb;
}

/** The 来源单位 column of a written 汇总 sheet. */
async function sourceUnits(wb: ExcelJsWorkbook, sheet: string): Promise<string[]> {
  const { text } = await wb.readSheet(sheet);
  const head = text.findIndex((r) => r[0] === "来源单位");
  return text.slice(head + 1).map((r) => r[0]).filter((u) => u && !u.includes("月"));
}

test("two picked files: 汇总 and 汇总说明 written, the sentence shown, the sheet list refreshed", async () => {
  const wb = await officeBook();
  const { result } = await renderSection(async () => browserSession(wb), useMerge);
  const files = [await unit("烟庄街道", 1), await unit("柳林镇", 0)];
  act(() => result.current.part.add(files));
  expect(result.current.part.files.map((f) => f.name)).toEqual(["烟庄街道.xlsx", "柳林镇.xlsx"]);
  await perform(result, (r) => r.part.merge());
  expect(result.current.runner).toMatchObject({
    error: null,
    notice: "已汇总 2 个单位的台账，共 7 行，写入“汇总”；未报送 0 个单位，重复报送 0 份，未汇总的文件或工作表 0 个。详见“汇总说明”工作表。",
  });
  expect(await visibleSheets(wb)).toEqual(["说明", "汇总", "汇总说明"]);
  expect(result.current.session.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["汇总", "汇总说明"]));
  expect(new Set(await sourceUnits(wb, "汇总"))).toEqual(new Set(["柳林镇", "烟庄街道"]));
  expect((await wb.readSheet("汇总说明")).text[0][0]).toBe("台账汇总说明");
  expect(result.current.part.shown?.result.sheets).toEqual([{ list: "重点工作任务清单", sheet: "汇总", rows: 7 }]);
  expect(result.current.part.progress).toBeNull();
});

test("the same file picked twice is listed once; 清空 empties the list", async () => {
  const { result } = await renderSection(async () => browserSession(ExcelJsWorkbook.create()), useMerge);
  const a = await unit("柳林镇", 0);
  act(() => result.current.part.add([a]));
  act(() => result.current.part.add([a, { ...a, name: "柳林镇（补报）.xlsx" }]));
  expect(result.current.part.files.map((f) => f.name)).toEqual(["柳林镇.xlsx", "柳林镇（补报）.xlsx"]);
  act(() => result.current.part.clear());
  expect(result.current.part.files).toEqual([]);
});

test("progress: before each file, which one of how many; none once done", async () => {
  const wb = await officeBook();
  const { result } = await renderSection(async () => browserSession(wb), useMerge);
  const second = gate();
  const files = [await unit("柳林镇", 0), await unit("烟庄街道", 1, { gate: second.wait })];
  act(() => result.current.part.add(files));
  let running: Promise<void> = Promise.resolve();
  act(() => void (running = result.current.part.merge()));
  await waitForProgress(result, { done: 1, total: 2, file: "烟庄街道.xlsx" });
  expect(result.current.runner.busy).toBe(true);
  second.open();
  await act(() => running);
  await settled(result);
  expect(result.current.part.progress).toBeNull();
  expect(result.current.runner.notice).toMatch(/^已汇总 2 个单位的台账/);
});

test("取消 while a file is read: nothing is written, the next file is never read, the notice says so", async () => {
  const wb = await officeBook();
  const { result } = await renderSection(async () => browserSession(wb), useMerge);
  const first = gate();
  const liulin = await unit("柳林镇", 0, { gate: first.wait });
  const yanzhuang = await unit("烟庄街道", 1);
  act(() => result.current.part.add([yanzhuang, liulin]));
  let running: Promise<void> = Promise.resolve();
  act(() => void (running = result.current.part.merge()));
  await waitForProgress(result, { done: 0, total: 2, file: "柳林镇.xlsx" });
  act(() => result.current.part.cancel());
  expect(result.current.part.cancelling).toBe(true);
  first.open();
  await act(() => running);
  await settled(result);
  expect(result.current.runner).toMatchObject({ error: null, notice: "已取消汇总，工作簿未改动。" });
  expect(await visibleSheets(wb)).toEqual(["说明"]);
  expect(yanzhuang.reads).toBe(0);
  expect(result.current.part).toMatchObject({ progress: null, cancelling: false, shown: null });
});

test("a file whose name is not .xlsx is refused before it is read, with the single-file open's sentence", async () => {
  const wb = await officeBook();
  const { result } = await renderSection(async () => browserSession(wb), useMerge);
  const xls = { ...(await unit("烟庄街道", 1)), name: "烟庄街道.xls", reads: 0 };
  xls.arrayBuffer = async () => {
    xls.reads++;
    return new ArrayBuffer(0);
  };
  const liulin = await unit("柳林镇", 0);
  act(() => result.current.part.add([liulin, xls]));
  await perform(result, (r) => r.part.merge());
  expect(xls.reads).toBe(0);
  expect(result.current.part.shown?.result.skipped).toEqual([
    { file: "烟庄街道.xls", reason: "“烟庄街道.xls”不是 .xlsx 文件。请在 Excel 或 WPS 中另存为 .xlsx（Excel 工作簿）后再打开。" },
  ]);
  expect(await sourceUnits(wb, "汇总")).not.toContain("烟庄街道");
});

test("only files that cannot be merged: the error bar names each and why; nothing is written", async () => {
  const wb = await officeBook();
  const { result } = await renderSection(async () => browserSession(wb), useMerge);
  const budget = await budgetFile();
  act(() => result.current.part.add([chosen("预算表.xlsx", budget), chosen("旧台账.xls", budget)]));
  await perform(result, (r) => r.part.merge());
  expect(result.current.runner).toMatchObject({
    notice: null,
    error: "所选文件和工作表中没有可汇总的台账：旧台账.xls：“旧台账.xls”不是 .xlsx 文件。请在 Excel 或 WPS 中另存为 .xlsx（Excel 工作簿）后再打开；预算表.xlsx（预算）：不是台账。",
  });
  expect(await visibleSheets(wb)).toEqual(["说明"]);
});

test("也汇总本工作簿中的台账工作表: the workbook's own ledger is merged with the files, its other sheets named", async () => {
  const wb = await ledgerAndBudget();
  const { result } = await renderSection(async () => browserSession(wb), useMerge);
  const yanzhuang = await unit("烟庄街道", 1);
  act(() => result.current.part.add([yanzhuang]));
  act(() => result.current.part.setOwn(true));
  await perform(result, (r) => r.part.merge());
  expect(new Set(await sourceUnits(wb, "汇总"))).toEqual(new Set(["柳林镇", "烟庄街道"]));
  expect(result.current.part.shown?.result.skipped).toEqual([{ file: "", sheet: "预算", reason: "不是台账" }]);
  expect(await visibleSheets(wb)).toEqual(["台账", "预算", "汇总", "汇总说明"]);
});

test("what the office must be told: units missing, a unit sent twice, files skipped, rows with errors per unit", async () => {
  const wb = await officeBook();
  await wb.writeSheet({ sheet: "单位名录", ifExists: "rename", rows: [["单位"], ["柳林镇"], ["烟庄街道"], ["清泉街道"], ["万善乡"], ["兰沃乡"]] });
  const { result } = await renderSection(async () => browserSession(wb), useMerge);
  const first = [
    chosen("柳林镇.xlsx", await officesAsOwners("柳林镇"), 1),
    chosen("损坏的文件.xlsx", CORRUPT),
    chosen("清泉街道.xlsx", await officesAsOwners("清泉街道"), 1),
  ];
  const then = [await unit("柳林镇", 4, { file: "柳林镇（补报）.xlsx", lastModified: 2 }), await unit("烟庄街道", 1)];
  act(() => result.current.part.add(first));
  act(() => result.current.part.add(then));
  await perform(result, (r) => r.part.merge());
  const shown = result.current.part.shown!;
  expect(shown.result.plan.missing).toEqual(["万善乡", "兰沃乡"]);
  expect(shown.result.plan.duplicates).toMatchObject([{ unit: "柳林镇", kept: { file: "柳林镇（补报）.xlsx" }, dropped: { file: "柳林镇.xlsx" }, by: "file-time" }]);
  expect(shown.result.skipped.map((s) => s.file)).toEqual(["损坏的文件.xlsx"]);
  // 柳林镇's errors are in the ledger not used; 清泉街道's: rows 3 and 5.
  expect(shown.errors).toEqual([{ unit: "清泉街道", rows: 2, errors: 2 }]);
});

/** A zip header and nothing after it. */
const CORRUPT = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x20, 0x21]);

/** A workbook whose one sheet is a budget, no ledger. */
async function budgetFile(): Promise<Uint8Array> {
  const wb = ExcelJsWorkbook.create();
  await wb.writeSheet({ sheet: "预算", ifExists: "rename", rows: [["科目", "金额"], ["办公费", 100]] });
  return wb.save();
}

/** Wait until the running merge reports `progress`. */
async function waitForProgress(result: { current: { part: { progress: unknown } } }, progress: unknown): Promise<void> {
  await waitFor(() => expect(result.current.part.progress).toEqual(progress));
}

