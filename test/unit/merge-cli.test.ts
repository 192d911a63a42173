/**
 * `luoshi merge` over a county's files (docs/merging.md): 20 units in different header styles, a
 * unit sent twice, a file that is not a ledger, a corrupt and a password-protected file. The row
 * count is the sum of the units' rows, every row's 来源 points back to its file and row, and the
 * result does not depend on the order of the files.
 */
import { main } from "../../src/cli/main";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { recognize } from "../../src/domain/recognize/recognize";
import { memoryIo } from "../fixtures/memoryIo";
import { badFiles, directoryFile, rowsOf, unitFile, UNITS, type UnitFile } from "../fixtures/countyFiles";

let units: UnitFile[];
let files: Record<string, Uint8Array>;

beforeAll(async () => {
  units = await Promise.all(UNITS.map((u, i) => unitFile(u, i)));
  files = {};
  for (const u of units) files[`各单位/${u.name}`] = u.bytes;
  // 烟庄街道 sends again, later, with its first task renamed.
  const again = await unitFile("烟庄街道", 1, { name: "烟庄街道（更正）.xlsx", task: "更正后的任务" });
  files[`补报/${again.name}`] = again.bytes;
  for (const [name, bytes] of Object.entries(await badFiles())) files[`各单位/${name}`] = bytes;
  files["单位名录.xlsx"] = await directoryFile();
}, 60_000);

async function merged(io: ReturnType<typeof memoryIo>, out = "汇总.xlsx") {
  const wb = await ExcelJsWorkbook.load(io.files[out]);
  return { wb, sheet: await wb.readSheet("汇总"), summary: await wb.readSheet("汇总说明") };
}

test("merges every unit's rows once, with 来源单位/来源文件/来源行 pointing back; tells who is missing, twice, skipped", async () => {
  const modified = { "补报/烟庄街道（更正）.xlsx": 2 };
  const m = memoryIo({ ...files }, { modified });
  expect(await main(["merge", "各单位", "补报/烟庄街道（更正）.xlsx", "--out", "汇总.xlsx", "--units", "单位名录.xlsx", "--json"], m.io)).toBe(1);
  const json = JSON.parse(m.out());
  const total = UNITS.reduce((n, _u, i) => n + rowsOf(i), 0);
  expect(json.lists).toEqual([{ list: "重点工作任务清单", sheet: "汇总", rows: total }]);
  expect(json.units.map((u: { unit: string }) => u.unit)).toEqual([...UNITS]);
  expect(json.missing).toEqual(["万善乡"]);
  expect(json.duplicates).toEqual([{ unit: "烟庄街道", kept: { file: "烟庄街道（更正）.xlsx", sheet: "Sheet1", fillDate: "2024-02-01" }, dropped: { file: "烟庄街道.xlsx", sheet: "Sheet1", fillDate: "2024-02-01" } }]);
  expect(json.skipped.map((s: { file: string; sheet: string | null }) => [s.file, s.sheet])).toEqual([["加密.xlsx", null], ["损坏的文件.xlsx", null], ["预算表.xlsx", "预算"]]);
  expect(json.skipped[0].reason).toContain("设置了打开密码");
  expect(json.skipped[1].reason).toContain("不是有效的 .xlsx");

  const { sheet } = await merged(m);
  const rec = recognize(sheet);
  if (!rec.ok) throw new Error(rec.message);
  expect(rec.list.id).toBe("tasks");
  expect(rec.dataRows).toHaveLength(total);
  const header = sheet.text[rec.headerTop]; // columns outside the month group are merged down the two header rows
  const col = (name: string) => header.indexOf(name);
  expect(header[0]).toBe("来源单位");
  expect(header.slice(-2)).toEqual(["来源文件", "来源行"]);
  // Every merged row leads back to the right file and row, and holds that row's task.
  const byFile = new Map(units.map((u) => [u.name, u]));
  for (const r of rec.dataRows) {
    const row = sheet.text[r];
    const file = row[col("来源文件")];
    const sourceRow = Number(row[col("来源行")]);
    if (file === "烟庄街道（更正）.xlsx") continue;
    const source = byFile.get(file)!;
    expect(row[0]).toBe(source.unit);
    expect(source.dataRows).toContain(sourceRow);
    const original = await ExcelJsWorkbook.load(source.bytes);
    const snap = await original.readSheet(source.sheet);
    const taskCol = recognize(snap);
    if (!taskCol.ok) throw new Error(taskCol.message);
    const t = taskCol.columns.find((c) => c.field === "task")!.col;
    const master = snap.merges.find((a) => a.col === t && a.row <= sourceRow - 1 && sourceRow - 1 < a.row + a.rowCount);
    expect(row[col("任务")]).toBe(snap.text[(master?.row ?? sourceRow - 1) - snap.origin.row][t - snap.origin.col]);
  }
  expect(sheet.text.flat()).toContain("更正后的任务");
}, 60_000);

test("the same files in another order give the same 汇总 and 汇总说明", async () => {
  const a = memoryIo({ ...files });
  expect(await main(["merge", "各单位", "补报", "--out", "a.xlsx", "--units", "单位名录.xlsx"], a.io)).toBe(1);
  const reversed = Object.fromEntries(Object.entries(files).reverse());
  const b = memoryIo(reversed);
  const names = Object.keys(reversed).filter((f) => f.startsWith("各单位/") || f.startsWith("补报/"));
  expect(await main(["merge", ...names, "--out", "b.xlsx", "--units", "单位名录.xlsx"], b.io)).toBe(1);
  const [x, y] = [await merged(a, "a.xlsx"), await merged(b, "b.xlsx")];
  expect(y.sheet.text).toEqual(x.sheet.text);
  expect(y.summary.text.slice(2)).toEqual(x.summary.text.slice(2));
  expect(a.out()).toMatch(/^已汇总 20 个单位的台账，共 \d+ 行，写入“汇总”；未报送 1 个单位，重复报送 1 份，未汇总的文件或工作表 3 个。详见“汇总说明”工作表。\n已保存：a\.xlsx（各单位的文件未改动）\n$/);
}, 60_000);

test("exit 0 when nothing is skipped or missing; 2 with a sentence when nothing can be merged or --out exists", async () => {
  const two = memoryIo({ "a/柳林镇.xlsx": files["各单位/柳林镇.xlsx"], "a/清泉街道.xlsx": files["各单位/清泉街道.xlsx"] });
  expect(await main(["merge", "a", "--out", "o.xlsx"], two.io)).toBe(0);
  const bad = memoryIo(await badFiles());
  expect(await main(["merge", "预算表.xlsx", "损坏的文件.xlsx", "--out", "o.xlsx"], bad.io)).toBe(2);
  expect(bad.err()).toMatch(/^所选文件和工作表中没有可汇总的台账：损坏的文件\.xlsx：无法读取该文件：.*后再打开；预算表\.xlsx（预算）：不是台账。\n$/);
  expect(bad.files["o.xlsx"]).toBeUndefined();
  const exists = memoryIo({ "a.xlsx": files["各单位/柳林镇.xlsx"], "o.xlsx": new Uint8Array([1]) });
  expect(await main(["merge", "a.xlsx", "--out", "o.xlsx"], exists.io)).toBe(2);
  expect(exists.err()).toContain("已存在");
  expect(exists.files["o.xlsx"]).toEqual(new Uint8Array([1]));
});

test("luoshi template 单位名录: a 单位名录 the merge reads once it is filled", async () => {
  const m = memoryIo({});
  expect(await main(["template", "单位名录", "--out", "名录.xlsx"], m.io)).toBe(0);
  expect(m.out()).toContain("已生成“单位名录”模板：名录.xlsx");
  const wb = await ExcelJsWorkbook.load(m.files["名录.xlsx"]);
  const sheet = await wb.readSheet("单位名录");
  expect(sheet.text[1]).toEqual(["单位", "类别", "排序", "别名"]);
  // The clerk fills two units, the second with an alias.
  await wb.writeSheet({ sheet: "单位名录", ifExists: "replace", rows: [...sheet.values.slice(0, 2), ["柳林镇", "乡镇", 2, null], ["县发展和改革局", "县直部门", 1, "发改局"]] });
  const units = await wb.save();
  const fagai = await unitFile("县发展和改革局", 17, { name: "发改局.xlsx" });
  const merged = memoryIo({ "名录.xlsx": units, "a/柳林镇.xlsx": files["各单位/柳林镇.xlsx"], "a/发改局.xlsx": fagai.bytes });
  expect(await main(["merge", "a", "--out", "o.xlsx", "--units", "名录.xlsx", "--json"], merged.io)).toBe(0);
  expect(JSON.parse(merged.out()).units.map((u: { unit: string }) => u.unit)).toEqual(["县发展和改革局", "柳林镇"]);
});

test("on a terminal, stderr tells each file as it is read, then as its rows are written; not on a pipe", async () => {
  const three: Record<string, Uint8Array> = {};
  for (const u of units.slice(0, 3)) three[`三个/${u.name}`] = u.bytes;
  const tty = memoryIo({ ...three }, { terminal: true });
  await main(["merge", "三个", "--out", "汇总.xlsx"], tty.io);
  const lines = tty.err().split("\r\x1b[K").filter(Boolean);
  const names = units.slice(0, 3).map((u) => u.name).sort();
  expect(lines.slice(0, 3)).toEqual(names.map((n, i) => `正在读取第 ${i + 1}/3 个文件：${n}`));
  // Written in the 汇总's order of units (here, without a 单位名录, by name as units are keyed).
  const written = lines.slice(3).map((l) => /^正在写入汇总第 (\d)\/3 个文件的行：(.+)$/.exec(l));
  expect(written.map((m) => m?.[1])).toEqual(["1", "2", "3"]);
  expect(written.map((m) => m?.[2]).sort()).toEqual(names);
  const pipe = memoryIo({ ...three });
  await main(["merge", "三个", "--out", "汇总.xlsx"], pipe.io);
  expect(pipe.err()).toBe("");
});
