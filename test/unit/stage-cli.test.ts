/** `luoshi stage`: JSON, exit codes, stage names, --write to FILE.stage-q2.xlsx; the stage sheet's layout. */
import { main } from "../../src/cli/main";
import { parseStage, stageOutputPath } from "../../src/cli/stage";
import { stageCheck } from "../../src/features/stageCheck";
import { stageLayout } from "../../src/render/stageSheet";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { memoryIo, stageBook } from "./stageHelpers";
import { valueOf } from "../fixtures/outcome";

async function files(support = true): Promise<Record<string, Uint8Array>> {
  return { "l.xlsx": await (await stageBook({ support })).save() };
}

test("--stage q2 --json prints the units, failing first; exit 1 when a unit fails", async () => {
  const m = memoryIo(await files());
  expect(await main(["stage", "l.xlsx", "--stage", "q2", "--json"], m.io)).toBe(1);
  const json = JSON.parse(m.out());
  expect(json).toMatchObject({ file: "l.xlsx", stage: "q2", year: 2023, checkDate: "2023-06-30", problems: 1 });
  expect(json.units.map((u: { unit: string; pass: boolean }) => [u.unit, u.pass])).toEqual([["农业办", false], ["经发办", true]]);
  expect(json.behind).toHaveLength(2);
  expect(json.written).toBeUndefined();
});

test.each([["二季度"], ["Q2"], ["上半年"], ["第二季度"]])("--stage %s is q2", async (word) => {
  const m = memoryIo(await files());
  expect(await main(["stage", "l.xlsx", "--stage", word, "--json"], m.io)).toBe(1);
  expect(JSON.parse(m.out()).stage).toBe("q2");
});

test("exit 0 when the stage finds nothing wrong; text output has the summary and a line per list", async () => {
  const m = memoryIo(await files(false));
  expect(await main(["stage", "l.xlsx", "--stage", "一季度"], m.io)).toBe(0);
  expect(m.out()).toContain("1 个清单已建立，0 个不规范");
  expect(m.out()).toContain("重点工作任务清单\t“重点工作”\t5 行\t规范");
});

test.each([
  ["q1", 1], ["q3", 1], ["q4", 1],
])("--stage %s on the sample exits %i", async (stage, code) => {
  const m = memoryIo(await files());
  expect(await main(["stage", "l.xlsx", "--stage", stage], m.io)).toBe(code);
});

test.each([
  ["an unknown stage", ["stage", "l.xlsx", "--stage", "q5"], "--stage 只能是 q1、q2、q3、q4（或 一季度、二季度、三季度、四季度），而不是“q5”"],
  ["no stage", ["stage", "l.xlsx"], "请用 --stage 指定阶段"],
  ["no file", ["stage", "--stage", "q1"], "请写明要检查的文件"],
  ["an unknown basis", ["stage", "l.xlsx", "--stage", "q2", "--basis", "week"], "--basis 只能是"],
])("%s → exit 2 with a sentence", async (_n, argv, text) => {
  const m = memoryIo(await files());
  expect(await main(argv, m.io)).toBe(2);
  expect(m.err()).toContain(text);
});

test("a file without ledgers → exit 2 with the reason", async () => {
  const wb = ExcelJsWorkbook.create();
  await wb.writeSheet({ sheet: "说明", ifExists: "rename", rows: [["填表说明"], ["请按时报送。"]] });
  const m = memoryIo({ "x.xlsx": await wb.save() });
  expect(await main(["stage", "x.xlsx", "--stage", "q1"], m.io)).toBe(2);
  expect(m.err()).toBe("文件“x.xlsx”：工作簿中没有可识别的台账工作表，无法做一季度检查。请先按模板建立重点工作任务清单等台账。\n");
});

test("--write saves FILE.stage-q2.xlsx with the stage sheet and leaves the original alone", async () => {
  const m = memoryIo(await files());
  const original = m.files["l.xlsx"];
  expect(await main(["stage", "l.xlsx", "--stage", "q2", "--write"], m.io)).toBe(1);
  expect(m.files["l.xlsx"]).toBe(original);
  const out = await ExcelJsWorkbook.load(m.files["l.stage-q2.xlsx"]);
  expect((await out.listSheets()).map((s) => s.name)).toContain("阶段检查（二季度）");
  expect(m.out()).toContain("已把“阶段检查（二季度）”写入“l.stage-q2.xlsx”，原文件未改动。");
  expect(stageOutputPath("a/台账.XLSX", "q4")).toBe("a/台账.stage-q4.xlsx");
});

test("stage words and the help", async () => {
  expect(["q1", "Q3", "三季度", "前三季度", "全年", " 四季度 "].map(parseStage)).toEqual(["q1", "q3", "q3", "q3", "q4", "q4"]);
  expect(parseStage("五季度")).toBeUndefined();
  const m = memoryIo({});
  await main(["--help"], m.io);
  expect(m.out()).toContain("luoshi stage 文件.xlsx --stage q1|q2|q3|q4");
});

test("the stage sheet: A4 landscape one page wide, colours for 未达到, links to the listed rows", async () => {
  const r = valueOf(await stageCheck(await stageBook(), { stage: "q2", write: false }));
  const layout = stageLayout(r);
  expect(layout).toMatchObject({ sheet: "阶段检查（二季度）", ifExists: "replace", print: { orientation: "landscape", fitToWidth: true } });
  expect(layout.conditionalFormats?.map((c) => c.text)).toEqual(expect.arrayContaining(["未达到", "已达到", "逾期", "滞后"]));
  expect(layout.links?.map((l) => [l.sheet, l.address])).toEqual([["重点工作", "B6"], ["重点工作", "B7"]]);
  for (const l of layout.links ?? []) expect(typeof layout.rows[l.row][l.col]).toBe("number");
  const width = layout.widths?.length;
  expect(layout.rows.every((row) => row.length === width)).toBe(true);
  expect(layout.rowHeights).toHaveLength(layout.rows.length);
  expect(layout.print?.repeatRows).toBeDefined();
});
