/** `luoshi validate`: the JSON shape, exit codes, --write to NAME.checked.xlsx, bad input. */
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { ledger } from "../fixtures/ledgers";
import { cellsOf, workbookOf } from "../fixtures/workbooks";
import { memoryIo } from "../fixtures/memoryIo";


async function fileOf(...ids: string[]): Promise<Uint8Array> {
  return (await workbookOf(ids.map(ledger))).save();
}

test("prints the findings as JSON with rule and field ids and A1 cells; exit 1 on errors", async () => {
  const m = memoryIo({ "l.xlsx": await fileOf("tasks-shichang-missing-owner", "not-ledger-budget") });
  expect(await main(["validate", "l.xlsx", "--json"], m.io)).toBe(1);
  const json = JSON.parse(m.out());
  expect(json.file).toBe("l.xlsx");
  const [sheet, budget] = json.sheets;
  expect(sheet).toMatchObject({ sheet: ledger("tasks-shichang-missing-owner").sheet, list: "重点工作任务清单" });
  expect(sheet.headerRow).toBe(ledger("tasks-shichang-missing-owner").expect.headerBottom! + 1);
  expect(sheet.counts).toEqual(sheet.findings.reduce((c: Record<string, number>, f: { severity: string }) => ({ ...c, [f.severity]: c[f.severity] + 1 }), { error: 0, warning: 0, info: 0 }));
  expect(sheet.findings.filter((f: { rule: string }) => f.rule === "missing-column")).toHaveLength(1);
  for (const f of sheet.findings) {
    expect(Object.keys(f)).toEqual(expect.arrayContaining(["sheet", "rule", "severity", "message", "hint"]));
    if (f.cell) expect(f.cell).toMatch(/^[A-Z]+\d+$/);
    if (f.cell) expect(f.row).toBe(Number(f.cell.replace(/^[A-Z]+/, "")));
  }
  expect(sheet.findings.some((f: { severity: string }) => f.severity === "error")).toBe(true);
  expect(budget).toMatchObject({ list: null, findings: [] });
  expect(budget.message).toContain("不像是台账");
});

test("exit 0 when no error is found", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("台账");
  ws.addRow(["柳林镇2023年度重点工作任务清单"]);
  ws.addRow(["序号", "任务", "目标", "措施", "完成时限", "责任人"]);
  ws.addRow([1, "新建污水处理厂", "建成日处理2万吨污水处理厂1座", "6月底前完成主体工程，每周调度一次进度", "9月底前", "李明"]);
  const m = memoryIo({ "ok.xlsx": new Uint8Array(await wb.xlsx.writeBuffer()) });
  expect(await main(["validate", "ok.xlsx", "--json"], m.io)).toBe(0);
  expect(JSON.parse(m.out()).sheets[0].counts.error).toBe(0);
});

test("--write saves the report and marks to NAME.checked.xlsx and never touches the original", async () => {
  const original = await fileOf("tasks-shichang-missing-owner");
  const copy = original.slice();
  const m = memoryIo({ "台账.xlsx": original });
  expect(await main(["validate", "台账.xlsx", "--write"], m.io)).toBe(1);
  expect(m.files["台账.xlsx"]).toEqual(copy);
  const checked = m.files["台账.checked.xlsx"];
  expect(checked).toBeDefined();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(checked.slice().buffer as ArrayBuffer);
  expect(book.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["校验结果", ledger("tasks-shichang-missing-owner").sheet]));
  const before = await cellsOf(original, ledger("tasks-shichang-missing-owner").sheet);
  const after = await cellsOf(checked, ledger("tasks-shichang-missing-owner").sheet);
  for (const a of Object.keys(before)) expect(after[a].value).toEqual(before[a].value);
  expect(m.out()).toContain("原文件未改动");
});

test.each([
  ["--sheet names a sheet that is not a ledger", ["validate", "b.xlsx", "--sheet", "预算"], "不像是台账"],
  ["--sheet names a sheet that does not exist", ["validate", "b.xlsx", "--sheet", "没有这张表"], "没有这张表"],
  ["the file has no ledger at all", ["validate", "b.xlsx"], "没有可识别的台账"],
  ["the file is not .xlsx", ["validate", "x.xlsx"], "不是有效的 .xlsx"],
  ["the file has an opening password", ["validate", "locked.xlsx"], "设置了打开密码"],
  ["no file is named", ["validate"], "请写明要校验的文件"],
])("%s → exit 2 with a sentence, no stack trace", async (_n, argv, text) => {
  const budget = new ExcelJS.Workbook();
  budget.addWorksheet("预算").addRow(["科目", "金额"]);
  // An encrypted .xlsx is an OLE compound file whose directory names the EncryptedPackage stream (UTF-16LE).
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)];
  const stream = [..."EncryptedPackage"].flatMap((c) => [c.charCodeAt(0), 0]);
  const locked = new Uint8Array([...ole, ...stream, 0, 0]);
  const m = memoryIo({ "b.xlsx": new Uint8Array(await budget.xlsx.writeBuffer()), "x.xlsx": new TextEncoder().encode("PK not really"), "locked.xlsx": locked });
  expect(await main(argv, m.io)).toBe(2);
  expect(m.err()).toContain(text);
  expect(m.err()).not.toMatch(/\n\s+at /);
});

test("the text output: per sheet its sentence, one line per finding (cell, severity, rule, message and hint), then where --write went", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("台账");
  ws.addRow(["柳林镇2023年度重点工作任务清单"]);
  ws.addRow(["序号", "任务", "目标", "措施", "完成时限", "责任人"]);
  ws.addRow([1, "新建污水处理厂", "建成日处理2万吨污水处理厂1座", "6月底前完成主体工程，每周调度一次进度", "9月底前", "李明"]);
  ws.addRow([2, "招商引资", "引进亿元项目3个", "每月外出招商2次", "6月底前", ""]);
  wb.addWorksheet("Sheet2");
  const m = memoryIo({ "t.xlsx": new Uint8Array(await wb.xlsx.writeBuffer()) });
  expect(await main(["validate", "t.xlsx", "--write"], m.io)).toBe(1);
  expect(m.out().split("\n")).toEqual([
    "工作表“台账”（重点工作任务清单）校验完毕：检查 2 行，发现错误 1 条、警告 0 条、提示 0 条。详见“校验结果”工作表，问题单元格已标色，可用“清除标记”去掉。",
    "  F4\t错误\tmissing-item\t五个明确缺项：“责任人”未填写\u3000请写明具体责任人姓名，如“李明（副镇长）”；多人用顿号分隔，如“张三、李四”",
    "已把校验结果和标记写入“t.checked.xlsx”，原文件未改动。",
    "",
  ]);
  expect(m.err()).toBe("");
});
