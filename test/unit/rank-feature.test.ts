/**
 * rankSheet, the use case (docs/ranking.md): the 汇总 of twenty units ranked by 来源单位 in the
 * 单位名录's order, units without reported progress apart, the 通报排名 sheet written and replaced
 * when run again, the move of each unit against the earlier 通报排名, and a sheet that is no ledger.
 */
import { mergeLedgers, type MergeFile } from "../../src/features/merge";
import { rankSheet } from "../../src/features/rank";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { cannotOf, valueOf } from "../fixtures/outcome";
import { xlsxCharts } from "../contract/hosts/xlsxCharts";
import { cellAddress } from "../../src/domain/text/a1";
import { directoryFile, unitFile, UNITS } from "../fixtures/countyFiles";

async function county(): Promise<ExcelJsWorkbook> {
  const wb = await ExcelJsWorkbook.load(await directoryFile());
  const files: MergeFile[] = [];
  for (const [i, unit] of UNITS.entries()) {
    const f = await unitFile(unit, i);
    files.push({ name: f.name, modified: i, open: () => ExcelJsWorkbook.load(f.bytes) });
  }
  valueOf(await mergeLedgers(wb, { files, date: "2024-06-30" }));
  return wb;
}

test("the 汇总: units with 完成进度 ranked, the others apart; the sheet written, and replaced when run again", async () => {
  const wb = await county();
  const result = valueOf(await rankSheet(wb, { checkDate: "2024-06-30" }));
  expect(result.report.sheet).toBe("汇总");
  // Style 0 of the fixture (every fourth unit) reports 完成进度; the others are 未填报.
  const reporting = UNITS.filter((_, i) => i % 4 === 0);
  expect(result.ranking.ranked.map((r) => r.unit).sort()).toEqual([...reporting].sort());
  expect(result.ranking.unranked).toHaveLength(UNITS.length - reporting.length);
  expect(result.ranking.unranked.map((u) => u.unit)).toEqual(UNITS.filter((_, i) => i % 4 !== 0));
  expect(result.written).toBe("通报排名（2024-06-30）");
  expect(result.message).toBe(`“汇总”截至 2024-06-30：5 个单位参与排名，15 个单位不参与排名；第一名：${result.ranking.ranked.filter((r) => r.rank === 1).map((r) => r.unit).join("、")}。已写入“通报排名（2024-06-30）”工作表。`);
  const sheet = await wb.readSheet("通报排名（2024-06-30）");
  expect(sheet.text[0][0]).toBe("2024年上半年重点工作推进情况通报排名");
  expect(sheet.text[2].slice(0, 3)).toEqual(["名次", "单位", "行数"]);
  expect(sheet.text.flat()).toContain("先进单位：" + result.ranking.ranked.filter((r) => r.group === "先进").map((r) => r.unit).join("、"));
  const again = valueOf(await rankSheet(wb, { checkDate: "2024-06-30" }));
  expect(again.written).toBe("通报排名（2024-06-30）");
  expect(await wb.readSheet("通报排名（2024-06-30）")).toEqual(sheet);
  expect((await wb.listSheets()).filter((s) => s.name.startsWith("通报排名"))).toHaveLength(1);
});

test("the chart is a bar per ranked unit, the first on top; gap and light are formulas over the row's figures", async () => {
  const wb = await county();
  const result = valueOf(await rankSheet(wb, { checkDate: "2024-06-30" }));
  const sheet = result.written as string;
  const [chart] = await xlsxCharts(await wb.save(), sheet);
  const ranked = result.ranking.ranked.length;
  expect(chart).toMatchObject({ kind: "bar", firstOnTop: true });
  expect(chart.series[0].categories).toBe(`'${sheet}'!$B$4:$B$${3 + ranked}`);
  const book = await ExcelJsWorkbook.load(await wb.save());
  const text = (await book.readSheet(sheet)).text;
  const head = text[2];
  const [gap, light] = [head.indexOf("差值P-T"), head.indexOf("亮灯")];
  const formulas = await formulasOf(await wb.save(), sheet);
  for (let i = 0; i < ranked; i++) {
    const n = 4 + i;
    expect(formulas.get(cellAddress(3 + i, gap))).toBe(`IF(OR(D${n}="",E${n}=""),"",ROUND(ROUND(E${n},3)-ROUND(D${n},3),3))`);
    expect(formulas.get(cellAddress(3 + i, light))).toContain('"红"');
    // The cached result is the light the domain gave, shown until the host recalculates.
    expect(text[3 + i][light]).toBe(result.ranking.ranked[i].light ?? "");
  }
  expect(formulas.get(cellAddress(3 + ranked, light))).toBeUndefined();
  // Units not ranked: the reason in short, one line each, so the 通报 keeps to one A4 page.
  expect(text[3 + ranked].at(-1)).toBe("不参与排名：无可判断进度的事项");
  const ExcelJS = (await import("exceljs")).default;
  const saved = new ExcelJS.Workbook();
  await saved.xlsx.load((await wb.save()) as unknown as ArrayBuffer);
  expect(saved.getWorksheet(sheet)?.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
});

/** The formulas of a saved sheet, by A1 address. */
async function formulasOf(bytes: Uint8Array, sheet: string): Promise<Map<string, string>> {
  const ExcelJS = (await import("exceljs")).default;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const out = new Map<string, string>();
  book.getWorksheet(sheet)?.eachRow((row) => row.eachCell((cell) => void (cell.formula && out.set(cell.address, cell.formula))));
  return out;
}

test("a later ranking shows each unit's move against the earlier 通报排名 of the workbook", async () => {
  const wb = await county();
  valueOf(await rankSheet(wb, { checkDate: "2024-06-30" }));
  const later = valueOf(await rankSheet(wb, { checkDate: "2024-09-30" }));
  expect(later.moves).toBeDefined();
  for (const r of later.ranking.ranked) expect(later.moves?.get(r.unit)).toMatch(/^(—|↑\d+|↓\d+)$/);
  const sheet = await wb.readSheet("通报排名（2024-09-30）");
  expect(sheet.text[2]).toContain("变化");
  expect(sheet.text[0][0]).toBe("2024年前三季度重点工作推进情况通报排名");
});

test("the ranked sheet is no ledger: a sentence, nothing written", async () => {
  const wb = ExcelJsWorkbook.create();
  await wb.writeSheet({ sheet: "预算", ifExists: "rename", rows: [["科目", "金额"], ["办公费", 100]] });
  const c = cannotOf(await rankSheet(wb, { checkDate: "2024-06-30" }));
  expect(c.code).toBe("not-ledger");
  expect((await wb.listSheets()).map((s) => s.name)).toEqual(["预算"]);
});
