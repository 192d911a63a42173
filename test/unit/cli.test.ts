/** `luoshi` end to end in memory: template → inspect round trip, JSON shape, exit codes, bad input. */
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { memoryIo } from "../fixtures/memoryIo";


async function messyLedgerBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  ws.addRow(["冠县柳林镇2023年度重点工作任务清单"]);
  ws.addRow(["填报单位：柳林镇", null, null, null, "填报日期：2023年3月5日"]);
  ws.addRow(["序号", "重点任务", "工作目标", "具体措施", "完成时限", "具体责任人", "月度进展", null, null, null, null, null, null, null, null, null, null, null, "备注"]);
  ws.addRow([null, null, null, null, null, null, "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", null]);
  ws.addRow([1, "项目建设", "新建厂房2万平方米", "成立专班，每周调度", "6月底前", "李明"]);
  ws.addRow([null, null, null, "落实要素保障", "9月底前", "王芳"]);
  ws.addRow([2, "人居环境整治", "户厕改造1200户", "分片包干推进", "年底前", "刘洋"]);
  ws.addRow(["注：完成时限须具体到月。"]);
  ws.mergeCells("A1:S1");
  ws.mergeCells("G3:R3");
  for (const c of ["A", "B", "C", "D", "E", "F", "S"]) ws.mergeCells(`${c}3:${c}4`);
  ws.mergeCells("A5:A6");
  ws.mergeCells("B5:B6");
  ws.mergeCells("C5:C6");
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("luoshi template", () => {
  it("writes the template of a list named in Chinese, and inspect reads it back", async () => {
    const m = memoryIo();
    expect(await main(["template", "重点工作任务清单", "--out", "t.xlsx", "--unit", "柳林镇", "--year", "2023"], m.io)).toBe(0);
    expect(m.out()).toContain("t.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(m.files["t.xlsx"].slice().buffer as ArrayBuffer);
    const ws = wb.getWorksheet("重点工作任务清单")!;
    expect(ws.getCell("A1").value).toBe("柳林镇2023年度重点工作任务清单");
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(ws.pageSetup.paperSize).toBe(9);

    const j = memoryIo(m.files);
    expect(await main(["inspect", "t.xlsx", "--json"], j.io)).toBe(0);
    const json = JSON.parse(j.out());
    expect(json.sheets[0]).toMatchObject({ sheet: "重点工作任务清单", list: "重点工作任务清单", headerRow: 4, year: 2023, unit: "柳林镇", missing: [] });
    expect(json.sheets[0].columns).toMatchObject({ task: "B", goal: "C", measures: "D", deadline: "E", owner: "F" });
  });

  it("--units gives the 责任单位 column a drop-down of those units", async () => {
    const m = memoryIo();
    expect(await main(["template", "tasks", "--out", "u.xlsx", "--year", "2023", "--units", "经发办、农业办,教育办"], m.io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(m.files["u.xlsx"].slice().buffer as ArrayBuffer);
    const ws = wb.getWorksheet("重点工作任务清单")!;
    const header = ws.getRow(3).values as unknown[];
    const unitCol = header.indexOf("责任单位");
    expect(ws.getCell(5, unitCol).dataValidation).toMatchObject({ type: "list", formulae: ['"经发办,农业办,教育办"'] });
  });

  it.each(["support", "rectify", "letters", "weekly"])("accepts the short id %s", async (id) => {
    const m = memoryIo();
    expect(await main(["template", id, "--out", "x.xlsx", "--year", "2024"], m.io)).toBe(0);
    const j = memoryIo(m.files);
    expect(await main(["inspect", "x.xlsx", "--json"], j.io)).toBe(0);
    expect(JSON.parse(j.out()).sheets[0].listId).toBe(id);
  });

  it("refuses to overwrite an existing file", async () => {
    const m = memoryIo({ "t.xlsx": new Uint8Array([1]) });
    expect(await main(["template", "tasks", "--out", "t.xlsx"], m.io)).toBe(2);
    expect(m.err()).toContain("已存在");
    expect(m.files["t.xlsx"]).toEqual(new Uint8Array([1]));
  });

  it("names the lists when the list is unknown", async () => {
    const m = memoryIo();
    expect(await main(["template", "花名册", "--out", "t.xlsx"], m.io)).toBe(2);
    expect(m.err()).toContain("没有名为“花名册”的清单");
    expect(m.err()).toContain("重点工作任务清单（tasks）");
  });
});

describe("luoshi inspect", () => {
  it("reports header row, year, unit and mapping of a messy ledger", async () => {
    const m = memoryIo({ "l.xlsx": await messyLedgerBytes() });
    expect(await main(["inspect", "l.xlsx", "--json"], m.io)).toBe(0);
    const s = JSON.parse(m.out()).sheets[0];
    expect(s).toMatchObject({ sheet: "Sheet1", list: "重点工作任务清单", headerRow: 4, year: 2023, unit: "柳林镇", dataRows: 3 });
    expect(s.columns).toMatchObject({ seq: "A", task: "B", goal: "C", measures: "D", deadline: "E", owner: "F", month1: "G", month12: "R", note: "S" });
  });

  it("prints a Chinese summary without --json", async () => {
    const m = memoryIo({ "l.xlsx": await messyLedgerBytes() });
    expect(await main(["inspect", "l.xlsx"], m.io)).toBe(0);
    expect(m.out()).toContain("识别为《重点工作任务清单》");
  });

  it.each([
    ["a missing file", ["inspect", "nope.xlsx"], "找不到文件"],
    ["a file that is not xlsx", ["inspect", "bad.xlsx"], "不是有效的 .xlsx"],
    ["an unknown command", ["frobnicate"], "没有“frobnicate”这个命令"],
    ["an unknown option", ["inspect", "--colour"], "参数有误"],
    ["a bad year", ["template", "tasks", "--out", "a.xlsx", "--year", "23"], "四位年份"],
  ])("%s → exit 2 with a sentence", async (_n, argv, text) => {
    const m = memoryIo({ "bad.xlsx": new TextEncoder().encode("这不是表格") });
    expect(await main(argv, m.io)).toBe(2);
    expect(m.err()).toContain(text);
    expect(m.err()).not.toMatch(/\n\s+at /);
  });

  it("exits 1 when a sheet is not a ledger", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("预算").addRow(["科目", "金额"]);
    const m = memoryIo({ "b.xlsx": new Uint8Array(await wb.xlsx.writeBuffer()) });
    expect(await main(["inspect", "b.xlsx", "--json"], m.io)).toBe(1);
    expect(JSON.parse(m.out()).sheets[0]).toMatchObject({ sheet: "预算", list: null });
  });

  it("prints help in Chinese", async () => {
    const m = memoryIo();
    expect(await main(["--help"], m.io)).toBe(0);
    expect(m.out()).toContain("用法");
  });
});
