/** `luoshi standardize` in memory: FILE.standard.xlsx beside the original, exit codes, never overwriting. */
import { standardOutputPath } from "../../src/cli/standardize";
import { main } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";

/** `luoshi standardize` as the clerk types it. */
function runStandardize(io: CliIo, args: string[], opts: { sheet?: string; out?: string; year?: number }): Promise<number> {
  const flags = Object.entries(opts).flatMap(([k, v]) => [`--${k}`, String(v)]);
  return main(["standardize", ...args, ...flags], io);
}
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { recognize } from "../../src/domain/recognize";
import { ledger } from "../fixtures/ledgers";
import { EVERY_MESS, memoryIo, xlsxOf } from "./standardizeHelpers";

describe("luoshi standardize", () => {
  it("writes FILE.standard.xlsx with the original sheets and the standard ones; the original file is not written", async () => {
    const original = await xlsxOf(EVERY_MESS, ledger("tasks-dianzi-two-level"), ledger("empty"));
    const m = memoryIo({ "台账/烟庄.xlsx": original });
    expect(await runStandardize(m.io, ["台账/烟庄.xlsx"], {})).toBe(0);
    expect(m.files["台账/烟庄.xlsx"]).toBe(original);
    expect(m.out()).toContain("已将工作表“烟庄街道”规范为《重点工作任务清单》");
    expect(m.out()).toContain("已将工作表“重点任务”规范为《重点工作任务清单》");
    expect(m.out()).toContain("已保存：台账/烟庄.standard.xlsx");
    expect(m.err()).toBe("");

    const wb = await ExcelJsWorkbook.load(m.files["台账/烟庄.standard.xlsx"]);
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(["烟庄街道", "重点任务", "Sheet2", "烟庄街道（规范）", "重点任务（规范）"]);
    const rec = recognize(await wb.readSheet("烟庄街道（规范）"));
    expect(rec).toMatchObject({ ok: true, list: { id: "tasks" }, missing: [] });
    expect(rec.ok && rec.dataRows).toHaveLength(6);
  });

  it("standardises only --sheet, into --out", async () => {
    const m = memoryIo({ "l.xlsx": await xlsxOf(ledger("tasks-liulin"), ledger("rectify-jiaoti")) });
    expect(await runStandardize(m.io, ["l.xlsx"], { sheet: "整改台账2023", out: "规范.xlsx" })).toBe(0);
    const wb = await ExcelJsWorkbook.load(m.files["规范.xlsx"]);
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(["柳林镇", "整改台账2023", "整改台账2023（规范）"]);
    expect(m.files["l.standard.xlsx"]).toBeUndefined();
  });

  it("exits 1 with the reason when a sheet is not a ledger, still saving the ledgers it could standardise", async () => {
    const m = memoryIo({ "b.xlsx": await xlsxOf(ledger("tasks-liulin"), ledger("not-ledger-budget")) });
    expect(await runStandardize(m.io, ["b.xlsx"], {})).toBe(1);
    expect(m.err()).toContain("工作表“预算”不像是台账");
    expect(m.files["b.standard.xlsx"]).toBeDefined();
  });

  it("exits 2 and writes nothing when no sheet is a ledger", async () => {
    const m = memoryIo({ "b.xlsx": await xlsxOf(ledger("not-ledger-budget")) });
    expect(await runStandardize(m.io, ["b.xlsx"], {})).toBe(2);
    expect(m.err()).toMatch(/^文件“b\.xlsx”：工作簿中没有可识别的台账工作表。工作表“预算”不像是台账/);
    expect(Object.keys(m.files)).toEqual(["b.xlsx"]);
  });

  it("exits 2 when the sheet asked for is empty, writing nothing", async () => {
    const m = memoryIo({ "e.xlsx": await xlsxOf(ledger("tasks-liulin"), ledger("empty")) });
    expect(await runStandardize(m.io, ["e.xlsx"], { sheet: "Sheet2" })).toBe(2);
    expect(m.err()).toContain("是空的");
    expect(Object.keys(m.files)).toEqual(["e.xlsx"]);
  });

  it("refuses to overwrite an existing output (exit 2), leaving it as it was", async () => {
    const m = memoryIo({ "l.xlsx": await xlsxOf(ledger("tasks-liulin")), "l.standard.xlsx": new Uint8Array([1]) });
    expect(await runStandardize(m.io, ["l.xlsx"], {})).toBe(2);
    expect(m.err()).toContain("已存在");
    expect(m.files["l.standard.xlsx"]).toEqual(new Uint8Array([1]));
  });

  it.each([
    ["no file named", [], {}, "请写明要规范化的文件"],
    ["a missing file", ["nope.xlsx"], {}, "找不到文件"],
    ["a file that is not xlsx", ["bad.xlsx"], {}, "不是有效的 .xlsx"],
    ["--out without .xlsx", ["l.xlsx"], { out: "l.csv" }, "应以 .xlsx 结尾"],
    ["--out the original", ["l.xlsx"], { out: "l.xlsx" }, "不能是原文件"],
    ["a sheet that does not exist", ["l.xlsx"], { sheet: "没有这张表" }, "没有这张表"],
  ])("%s → exit 2 with a sentence", async (_n, args, opts, text) => {
    const m = memoryIo({ "bad.xlsx": new TextEncoder().encode("这不是表格"), "l.xlsx": await xlsxOf(ledger("tasks-liulin")) });
    expect(await runStandardize(m.io, args as string[], opts)).toBe(2);
    expect(m.err()).toContain(text);
    expect(Object.keys(m.files).sort()).toEqual(["bad.xlsx", "l.xlsx"]);
  });

  it.each([
    ["台账.xlsx", "台账.standard.xlsx"],
    ["a/b/柳林镇.XLSX", "a/b/柳林镇.standard.xlsx"],
    ["v1.2/台账", "v1.2/台账.standard.xlsx"],
  ])("names the output after %s", (file, out) => {
    expect(standardOutputPath(file)).toBe(out);
  });
});
