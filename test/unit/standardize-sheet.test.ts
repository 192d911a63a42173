/**
 * standardizeSheet over ExcelJsWorkbook: a new sheet in the standard template, recognised as
 * the same list with the same rows; the clerk's sheet byte-for-byte untouched; never overwrites;
 * standardising the result again changes nothing.
 */
import { LEDGERS, ledger } from "../fixtures/ledgers";
import { recognize, createGrid, readRow, type Recognized } from "../../src/domain/recognize";
import { standardize } from "../../src/domain/standardize";
import type { SheetSnapshot } from "../../src/domain/sheet";
import { standardizeSheets, type StandardizedSheet } from "../../src/features/standardize";
import type { WorkbookPort } from "../../src/workbook/port";
import { cannotOf, valueOf } from "../fixtures/outcome";

/** Standardise one sheet (the active one when none is named) and return what was written. */
async function standardizeSheet(wb: WorkbookPort, options: { sheet?: string; year?: number } = {}): Promise<StandardizedSheet> {
  const result = valueOf(await standardizeSheets(wb, { sheets: options.sheet === undefined ? "active" : { name: options.sheet }, year: options.year }));
  expect(result.done).toHaveLength(1);
  return result.done[0];
}
import { OWN_NOTES } from "../../src/render/standardLayout";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { EVERY_MESS, workbookOf } from "./standardizeHelpers";

const recognised = [EVERY_MESS, ...LEDGERS.filter((f) => f.expect.ok)];

function recognised_(snap: SheetSnapshot): Recognized {
  const rec = recognize(snap);
  if (!rec.ok) throw new Error(rec.message);
  return rec;
}

/** Each data row's text by field, as the rules would read it. */
function fieldTexts(snap: SheetSnapshot, rec: Recognized): Record<string, string>[] {
  const grid = createGrid(snap);
  return rec.dataRows.map((row) => Object.fromEntries(Object.entries(readRow(grid, rec, row)).map(([f, c]) => [f, c?.text ?? ""])));
}

describe("standardizeSheet", () => {
  it.each(recognised.map((f) => [f.sheet, f] as const))("%s: the original is untouched and the new sheet is the same ledger, standard", async (_s, f) => {
    const wb = await workbookOf(f);
    const before = await wb.readSheet(f.sheet);
    const result = await standardizeSheet(wb, { sheet: f.sheet, year: 2023 });
    expect(await wb.readSheet(f.sheet)).toEqual(before);

    const old = recognised_(before);
    const snap = await wb.readSheet(result.sheet);
    const rec = recognised_(snap);
    expect(result.sheet).toBe(`${f.sheet}（规范）`);
    expect(rec.list.id).toBe(old.list.id);
    expect(rec.columns.map((c) => c.field)).toEqual(old.list.columns.map((c) => c.field));
    expect(rec.missing).toEqual([]);
    expect(rec.dataRows).toHaveLength(old.dataRows.length);
    expect(result.rows).toBe(old.dataRows.length);
    expect(rec.sections.map((s) => s.text)).toEqual(old.sections.map((s) => s.text));
    expect(Math.min(...rec.notes.map((n) => n.row))).toBeGreaterThan(Math.max(...rec.dataRows));
    expect(rec.notes.map((n) => n.text)).toEqual(expect.arrayContaining(old.notes.map((n) => n.text)));
    expect(rec.year?.value).toBe(old.year?.value ?? 2023);
    expect(rec.unit?.value).toBe(old.unit?.value);
  });

  it("writes what a clerk expects: title, fill line, two-level header, filled merges, text deadlines, notes below", async () => {
    const wb = await workbookOf(EVERY_MESS);
    const { sheet, summary } = await standardizeSheet(wb, { sheet: "烟庄街道" });
    const ws = wb.exceljs.getWorksheet(sheet)!;
    expect(ws.getCell("A1").value).toBe("烟庄街道2023年度重点工作任务清单");
    expect(ws.getCell("A2").value).toBe("填报单位：烟庄街道");
    expect(String(ws.getCell(2, 16).value)).toBe("填报日期：2023年2月8日");
    expect([ws.getCell("K3").value, ws.getCell("K4").value, ws.getCell("V4").value]).toEqual(["月度进展", "1月", "12月"]);
    expect([ws.getCell("E3").value, ws.getCell("F3").value]).toEqual(["完成时限", "完成时限（原文）"]);
    expect(ws.getCell("A5").value).toBe("一、产业发展");
    expect(ws.getCell("A5").isMerged).toBe(true);
    expect([ws.getCell("B6").value, ws.getCell("B7").value]).toEqual(["招商引资", "招商引资"]);
    expect(ws.getCell("E6").value).toBe("2023-06-30");
    expect(ws.getCell("E6").numFmt).toBe("@");
    expect(ws.getCell("AC6").value).toBe("0635-1234567");
    const notes = [13, 14, 15].map((r) => String(ws.getCell(r, 1).value));
    expect(notes[0]).toMatch(/^注：每项工作须做到/);
    expect(notes.slice(1)).toEqual(["注：完成时间节点请写具体日期。", "填表人：刘芳 审核人：张伟"]);
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToWidth: 1 });
    expect(summary).toContain("原工作表未改动");
  });

  it("writes dates in date columns as date serials with a date format", async () => {
    const wb = await workbookOf(ledger("research-fagai"));
    const { sheet } = await standardizeSheet(wb, { sheet: "调研" });
    const cell = wb.exceljs.getWorksheet(sheet)!.getCell("E4");
    expect(cell.value).toBe(44972);
    expect(cell.numFmt).toBe("yyyy-mm-dd");
    const snap = await wb.readSheet(sheet);
    expect(snap.text[3 - snap.origin.row][4 - snap.origin.col]).toBe("2023-02-15");
  });

  it("never overwrites: a second run writes 名称(2)", async () => {
    const wb = await workbookOf(ledger("tasks-liulin"));
    expect((await standardizeSheet(wb, { sheet: "柳林镇" })).sheet).toBe("柳林镇（规范）");
    expect((await standardizeSheet(wb, { sheet: "柳林镇" })).sheet).toBe("柳林镇（规范）(2)");
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(["柳林镇", "柳林镇（规范）", "柳林镇（规范）(2)"]);
  });

  it.each(recognised.map((f) => [f.sheet, f] as const))("%s: standardising the standard sheet again is stable", async (_s, f) => {
    const wb = await workbookOf(f);
    const first = await standardizeSheet(wb, { sheet: f.sheet, year: 2023 });
    const second = await standardizeSheet(wb, { sheet: first.sheet, year: 2023 });
    const [a, b] = await Promise.all([wb.readSheet(first.sheet), wb.readSheet(second.sheet)]);
    const [ra, rb] = [recognised_(a), recognised_(b)];
    expect(rb.list.id).toBe(ra.list.id);
    expect(fieldTexts(b, rb)).toEqual(fieldTexts(a, ra));
    const [sa, sb] = [standardize(a, ra, { ownNotes: OWN_NOTES }), standardize(b, rb, { ownNotes: OWN_NOTES })];
    if (!sa.ok || !sb.ok) throw new Error("not standardised");
    expect(sb.ledger.columns.map((c) => c.header)).toEqual(sa.ledger.columns.map((c) => c.header));
    expect(sb.ledger.lines.map((l) => (l.kind === "data" ? l.cells : l.text))).toEqual(sa.ledger.lines.map((l) => (l.kind === "data" ? l.cells : l.text)));
    expect(sb.ledger.notes).toEqual(sa.ledger.notes);
    expect(second.report).toMatchObject({ mergedCellsFilled: 0, deadlinesNormalized: 0, blankRowsDropped: 0, repeatedHeadersDropped: 0, datesConverted: 0, seqAdded: 0, missingColumns: [] });
    expect(second.report.extraColumns).toEqual(first.report.extraColumns);
  });

  it.each([
    [
      "not-ledger-budget",
      "not-ledger",
      "工作表“预算”不像是台账：前 15 行中没有找到含有“任务”“目标”“措施”“完成时限”“责任人”等列名的表头行。" +
        "请在表格上方加一行表头（如：序号、任务、目标、措施、完成时限、责任人），或用“模板”功能新建一张标准台账后把内容粘贴进去。",
    ],
    ["empty", "empty", "工作表“Sheet2”是空的：没有任何内容。请在表中填写清单，或切换到有数据的工作表。"],
  ])("%s → a Cannot with its code and sentence, nothing written", async (id, code, text) => {
    const f = ledger(id);
    const wb = await workbookOf(f);
    const refused = cannotOf(await standardizeSheets(wb, { sheets: { name: f.sheet } }));
    expect(refused).toMatchObject({ code, sheet: f.sheet });
    expect(refused.message).toBe(text);
    expect(await wb.listSheets()).toHaveLength(1);
  });

  it("standardises the active sheet when none is named, and a missing sheet is the port's no-sheet, as a Cannot", async () => {
    const wb = await workbookOf(ledger("support-yanzhuang"));
    expect((await standardizeSheet(wb)).list).toBe("拟向上争取清单");
    expect(cannotOf(await standardizeSheets(wb, { sheets: { name: "没有这张表" } }))).toEqual({
      ok: false, code: "no-sheet", message: "找不到名为“没有这张表”的工作表。它可能已被改名或删除，请检查工作表标签后重试。",
    });
    expect(wb).toBeInstanceOf(ExcelJsWorkbook);
  });
});
