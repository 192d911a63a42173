/**
 * The 阶段检查（一季度…四季度） sheet as a layout (data, no I/O): a title, the check date, how time
 * was counted, the summary line, then the stage's tables (each with a caption, a blue header and
 * bordered rows), links to the ledger rows listed, colours for 不规范/未达到/未完成 by conditional
 * format. A4 landscape, one page wide; the longest table's header repeats on every page; one font
 * (`sheetStyle.ts`), rows as tall as their wrapped text (`rowHeight.ts`).
 */
import type { AreaStyle, CellArea, CellValue, InternalLink, SheetWrite, TextConditionalFormat } from "../workbook/port";
import type { ListedRow, Q1Result, Q2Result, Q3Result, Q4Result, StageResult, UnitCheck, YearSource } from "../features/stageCheck";
import { bodyHeight, headerHeight, lineHeight, titleHeight } from "./rowHeight";
import { HEADER_STYLE, inSheetFont, TITLE_POINTS, TITLE_STYLE } from "./sheetStyle";
import { say, type MessageId } from "../messages";

/** `阶段检查（二季度）`. */
export const stageSheetName = (quarter: string): string => say("sheets.stage.name", { quarter });

/** Every stage sheet's name starts with this (the features never read these sheets as ledgers): the name up to the quarter. */
export const STAGE_SHEET_PREFIX = stageSheetName("\u0000").split("\u0000")[0];

/** How a flagged text is coloured. */
export type Tone = "bad" | "warn" | "good" | "none";

const TONES: Record<Tone, { fill: string; font: string }> = {
  bad: { fill: "#FFC7CE", font: "#9C0006" },
  warn: { fill: "#FFEB9C", font: "#9C5700" },
  good: { fill: "#C6EFCE", font: "#006100" },
  none: { fill: "#EDEDED", font: "#3A3A3A" },
};

/** A table column; `span` sheet columns wide (so tables of one sheet can share its column widths). */
export interface StageColumn { name: string; span?: number; format?: string; center?: boolean }

/** One table: a caption line, a header, rows (values per table column) or the `empty` sentence. */
export interface StageTable {
  caption: string;
  columns: StageColumn[];
  rows: CellValue[][];
  empty: string;
  /** Links from a body cell (row and column of the table) to a ledger cell. */
  links?: { row: number; col: number; sheet: string; address: string }[];
  /** Body cells of a table column whose text contains `text` get the tone's colours. */
  flags?: { col: number; text: string; tone: Tone }[];
  /** Body cells merged down (a list over its sheets); only on columns without a span. */
  groups?: { row: number; col: number; rowCount: number }[];
  /** Minimum body row height in points (room to write by hand). */
  minHeight?: number;
  /** Repeat this table's header on every printed page. */
  repeat?: boolean;
}

/** A whole stage sheet: title, lines under it, sheet column widths, tables. */
export interface StageSheetSpec { sheet: string; title: string; lines: { text: string; bold?: boolean }[]; widths: number[]; tables: StageTable[] }

/** Points of a table's caption (一、…, 二、…). */
const CAPTION_POINTS = 12;

/** Lay out a stage sheet from its spec. */
export function stageSheetLayout(spec: StageSheetSpec): SheetWrite {
  const { widths } = spec;
  const width = widths.length;
  const totalWidth = widths.reduce((a, b) => a + b, 0);
  const rows: CellValue[][] = [];
  const heights: (number | undefined)[] = [];
  const merges: CellArea[] = [];
  const styles: AreaStyle[] = [];
  const links: InternalLink[] = [];
  const conditionalFormats: TextConditionalFormat[] = [];
  const numberFormats: { area: CellArea; format: string }[] = [];
  let repeatRows: { from: number; to: number } | undefined;
  const area = (row: number, col: number, rowCount: number, colCount: number): CellArea => ({ row, col, rowCount, colCount });
  const line = (text: string | null, style: Omit<AreaStyle, "area"> = {}, height?: number, colCount = width): void => {
    const cells = new Array<CellValue>(width).fill(null);
    cells[0] = text;
    merges.push(area(rows.length, 0, 1, colCount));
    styles.push({ area: area(rows.length, 0, 1, colCount), wrap: true, vertical: "middle", ...style });
    heights.push(height ?? (text ? lineHeight(text, widths.slice(0, colCount).reduce((a, b) => a + b, 0)) : undefined));
    rows.push(cells);
  };

  line(spec.title, TITLE_STYLE, titleHeight(spec.title, totalWidth, TITLE_POINTS));
  for (const l of spec.lines) line(l.text, l.bold ? { bold: true } : {});
  for (const t of spec.tables) {
    heights.push(undefined);
    rows.push(new Array<CellValue>(width).fill(null));
    const starts: number[] = [];
    let next = 0;
    for (const c of t.columns) {
      starts.push(next);
      next += c.span ?? 1;
    }
    const spanOf = (i: number): number => t.columns[i].span ?? 1;
    const tableWidths = t.columns.map((_c, i) => widths.slice(starts[i], starts[i] + spanOf(i)).reduce((a, b) => a + b, 0));
    const place = (values: readonly CellValue[]): CellValue[] => {
      const cells = new Array<CellValue>(width).fill(null);
      values.forEach((v, i) => (cells[starts[i]] = v));
      return cells;
    };
    const spanMerges = (row: number): void => {
      t.columns.forEach((_c, i) => {
        if (spanOf(i) > 1) merges.push(area(row, starts[i], 1, spanOf(i)));
      });
    };

    line(t.caption, { bold: true, fontSize: CAPTION_POINTS }, titleHeight(t.caption, totalWidth, CAPTION_POINTS));
    const header = rows.length;
    spanMerges(header);
    rows.push(place(t.columns.map((c) => c.name)));
    heights.push(headerHeight(t.columns.map((c) => c.name), tableWidths));
    styles.push({ area: area(header, 0, 1, next), ...HEADER_STYLE });
    const top = header + 1;
    if (!t.rows.length) {
      line(t.empty, { border: true, horizontal: "center" }, 22, next);
      continue;
    }
    if (t.repeat) repeatRows = { from: header, to: header };
    for (const r of t.rows) {
      spanMerges(rows.length);
      rows.push(place(r));
      heights.push(Math.max(t.minHeight ?? 0, bodyHeight(r, tableWidths)));
    }
    const n = t.rows.length;
    styles.push({ area: area(top, 0, n, next), border: true, wrap: true, vertical: "top" });
    t.columns.forEach((c, i) => {
      if (c.center) styles.push({ area: area(top, starts[i], n, spanOf(i)), horizontal: "center" });
      if (c.format) numberFormats.push({ area: area(top, starts[i], n, 1), format: c.format });
    });
    for (const f of t.flags ?? []) {
      conditionalFormats.push({ area: area(top, starts[f.col], n, 1), text: f.text, fill: TONES[f.tone].fill, fontColor: TONES[f.tone].font });
    }
    for (const l of t.links ?? []) links.push({ row: top + l.row, col: starts[l.col], sheet: l.sheet, address: l.address });
    for (const g of t.groups ?? []) if (g.rowCount > 1) merges.push(area(top + g.row, starts[g.col], g.rowCount, 1));
  }
  return inSheetFont({
    sheet: spec.sheet,
    ifExists: "replace",
    rows,
    widths,
    merges,
    styles,
    numberFormats,
    conditionalFormats,
    links,
    freeze: { rows: 0, cols: 0 },
    print: { orientation: "landscape", fitToWidth: true, ...(repeatRows && { repeatRows }) },
    rowHeights: heights,
    activate: false,
  });
}

const FROM = {
  option: "sheets.stage.yearFrom.option", sheet: "sheets.stage.yearFrom.sheet", setting: "sheets.stage.yearFrom.setting", today: "sheets.stage.yearFrom.today",
} as const satisfies Record<YearSource, MessageId>;
const PCT = "0.0%";

/** The lines under the title every stage prints. */
function headLines(r: StageResult): { text: string; bold?: boolean }[] {
  const lines: { text: string; bold?: boolean }[] = [
    {
      text: say("sheets.stage.head", {
        checkDate: r.checkDate, quarter: r.quarter, year: r.year, from: say(FROM[r.yearFrom]), sheets: r.sheets.map((sheet) => say("sheets.quoted", { sheet })).join("、"),
      }),
    },
  ];
  if (r.stage !== "q1") lines.push({ text: r.basisLabel }, ...(r.stage === "q4" ? [] : [{ text: r.ruleLabel }]));
  lines.push({ text: say("sheets.stage.result", { summary: r.summary.slice(r.summary.indexOf("：") + 1) }), bold: true });
  if (r.stage !== "q1") lines.push(...r.warnings.map((warning) => ({ text: say("sheets.warning", { warning }) })));
  if (r.skipped.length) {
    lines.push({ text: say("sheets.stage.skipped", { sheets: r.skipped.map((s) => say("sheets.quotedWithNote", { sheet: s.sheet, note: s.reason })).join("、") }) });
  }
  return lines;
}

const passText = (u: UnitCheck): string => (u.pass === null ? "无法判断" : u.pass ? "已达到" : "未达到");
/** Links from column `col` of each listed row to its ledger cell. */
const rowLinks = (rows: readonly ListedRow[], col: number) => rows.map((r, row) => ({ row, col, sheet: r.sheet, address: r.address }));

function q1Tables(r: Q1Result): StageTable[] {
  const rows: CellValue[][] = [];
  const links: StageTable["links"] = [];
  const groups: StageTable["groups"] = [];
  r.lists.forEach((l, i) => {
    if (!l.established) {
      rows.push([i + 1, l.name, "未建立", null, null, null, null, null, null, null]);
      return;
    }
    if (l.sheets.length > 1) for (const col of [0, 1, 2]) groups.push({ row: rows.length, col, rowCount: l.sheets.length });
    l.sheets.forEach((s, k) => {
      links.push({ row: rows.length, col: 3, sheet: s.sheet, address: s.address });
      const head = k === 0 ? [i + 1, l.name, "已建立"] : [null, null, null];
      rows.push([...head, s.unit ? say("sheets.stage.sheetOfUnit", { sheet: s.sheet, unit: s.unit }) : s.sheet, s.rows, s.errors, s.warnings, s.info, s.standard ? "规范" : "不规范", s.problems]);
    });
  });
  const names = [
    "sheets.head.seq", "sheets.stage.q1.head.list", "sheets.stage.q1.head.established", "sheets.stage.q1.head.sheetUnit", "sheets.stage.q1.head.dataRows",
    "sheets.head.errors", "sheets.head.warnings", "sheets.head.info", "sheets.stage.q1.head.standard", "sheets.stage.q1.head.problems",
  ] as const satisfies readonly MessageId[];
  const columns = names.map((id, i): StageColumn => ({ name: say(id), center: i === 0 || i === 2 || (i >= 4 && i <= 8) }));
  const flags: StageTable["flags"] = [{ col: 2, text: "未建立", tone: "warn" }, { col: 2, text: "已建立", tone: "good" }, { col: 8, text: "不规范", tone: "bad" }];
  return [{ caption: say("sheets.stage.q1.caption", { count: r.lists.length }), columns, rows, empty: "", links, groups, flags, repeat: true }];
}

/** Units with T, P, gap and counts; `passCol` the 时间过半任务过半 verdict, else the suggested letter. */
function unitTable(units: readonly UnitCheck[], caption: string, passCol: boolean, noteSpan = 1): StageTable {
  const columns: StageColumn[] = [
    { name: say("sheets.head.seq"), center: true }, { name: say("sheets.head.unit") },
    { name: say(passCol ? "sheets.stage.units.head.pass" : "sheets.stage.units.head.action"), center: true }, { name: say("sheets.stage.units.head.items"), center: true },
    { name: say("sheets.head.timeProgress"), format: PCT, center: true }, { name: say("sheets.head.taskProgress"), format: PCT, center: true },
    { name: say("sheets.head.gap"), format: PCT, center: true }, { name: say("sheets.stage.units.head.overdue"), center: true },
    { name: say("sheets.stage.units.head.lagging"), center: true }, { name: say("sheets.head.note"), span: noteSpan },
  ];
  const rows = units.map((u, i) => [i + 1, u.unit, passCol ? passText(u) : "提醒函", u.rows, u.timeProgress, u.taskProgress, u.gap, u.overdue, u.lagging, u.note]);
  const flags: StageTable["flags"] = passCol
    ? [{ col: 2, text: "未达到", tone: "bad" }, { col: 2, text: "已达到", tone: "good" }, { col: 2, text: "无法判断", tone: "none" }]
    : [{ col: 2, text: "提醒函", tone: "warn" }];
  return { caption, columns, rows, empty: say(passCol ? "sheets.stage.units.noneJudged" : "sheets.stage.units.noneSlow"), flags };
}

/** The q2 sheet: units (failing first), then the overdue and lagging rows. */
function q2Tables(r: Q2Result): StageTable[] {
  const columns: StageColumn[] = [
    { name: say("sheets.head.seq"), center: true }, { name: say("sheets.head.unit") }, { name: say("sheets.head.status"), center: true },
    { name: say("sheets.head.row"), center: true }, { name: say("sheets.head.rowTime"), format: PCT, center: true },
    { name: say("sheets.head.rowCompletion"), format: PCT, center: true }, { name: say("sheets.head.sheet") },
    { name: say("sheets.head.deadline"), span: 2 }, { name: say("sheets.head.task") },
  ];
  const rows = r.behind.map((x, i) => [i + 1, x.unit, x.status, x.row, x.t, x.p, x.sheet, x.deadline, x.task]);
  return [
    unitTable(r.units, say("sheets.stage.q2.units"), true),
    { caption: say("sheets.stage.q2.behind"), columns, rows, empty: say("sheets.stage.q2.noneBehind"), links: rowLinks(r.behind, 3),
      flags: [{ col: 2, text: "逾期", tone: "bad" }, { col: 2, text: "滞后", tone: "warn" }], repeat: true },
  ];
}

const Q2_WIDTHS = [6, 16, 12, 8, 11, 11, 12, 10, 10, 42];
const Q3_WIDTHS = [6, 14, 12, 7, 11, 12, 12, 12, 12, 12, 36];

/** The q3 sheet: the done rows for 实地核查 (核查结果 left to fill), then the slow units. */
function q3Tables(r: Q3Result): StageTable[] {
  const columns: StageColumn[] = [
    { name: say("sheets.head.seq"), center: true }, { name: say("sheets.head.unit") }, { name: say("sheets.head.sheet") },
    { name: say("sheets.head.row"), center: true }, { name: say("sheets.head.deadline") }, { name: say("sheets.head.task"), span: 2 },
    { name: say("sheets.head.progressOrStatus"), span: 3 }, { name: say("sheets.stage.q3.head.verification") },
  ];
  const done = (x: ListedRow): string => [x.progress || "已完成", x.report, x.late ? "逾期完成" : ""].filter(Boolean).join("；");
  const rows = r.done.map((x, i) => [i + 1, x.unit, x.sheet, x.row, x.deadline, x.task, done(x), null]);
  return [
    { caption: say("sheets.stage.q3.done"), columns, rows, empty: say("sheets.stage.q3.noneDone"), links: rowLinks(r.done, 3), minHeight: 30, repeat: true },
    unitTable(r.slow, say("sheets.stage.q3.slow"), false, 2),
  ];
}

/** q4's long table (every row due) has no spanned column, so it needs no merge per row. */
const Q4_WIDTHS = [6, 14, 12, 7, 11, 12, 12, 24, 30, 24];

/** The q4 sheet: per unit done/not done, then every row due by year end, grouped by unit. */
function q4Tables(r: Q4Result): StageTable[] {
  const unitColumns: StageColumn[] = [
    { name: say("sheets.head.seq"), center: true }, { name: say("sheets.head.unit") }, { name: say("sheets.stage.q4.head.verdict"), center: true },
    { name: say("sheets.stage.q4.head.due"), center: true }, { name: say("sheets.head.done"), center: true }, { name: say("sheets.head.notDone"), center: true },
    { name: say("sheets.head.completionRate"), format: PCT, center: true }, { name: say("sheets.stage.q4.head.notDoneTasks"), span: 3 },
  ];
  const unitRows = r.units.map((u, i) => [i + 1, u.unit, u.notDone ? "有未完成" : "全部完成", u.due, u.done, u.notDone, u.due ? u.done / u.due : null, u.notDoneTasks.join("；")]);
  const columns: StageColumn[] = [
    { name: say("sheets.head.seq"), center: true }, { name: say("sheets.head.unit") }, { name: say("sheets.head.sheet") },
    { name: say("sheets.head.row"), center: true }, { name: say("sheets.head.deadline") }, { name: say("sheets.stage.q4.head.statusOnCheck"), center: true },
    { name: say("sheets.stage.q4.head.verdict"), center: true }, { name: say("sheets.head.progressOrStatus") }, { name: say("sheets.head.task") },
    { name: say("sheets.head.verification") },
  ];
  const rows = r.rows.map((x, i) => [i + 1, x.unit, x.sheet, x.row, x.deadline, x.status, x.done ? `已完成${x.late ? "（逾期完成）" : ""}` : "未完成", x.progress, x.task, null]);
  const { ongoing, unreadable, later } = r.excluded;
  const left = ongoing + unreadable + later ? say("sheets.stage.q4.left", { ongoing, unreadable, later }) : "";
  return [
    { caption: say("sheets.stage.q4.units"), columns: unitColumns, rows: unitRows, empty: say("sheets.stage.q4.noneDue"),
      flags: [{ col: 2, text: "有未完成", tone: "bad" }, { col: 2, text: "全部完成", tone: "good" }] },
    { caption: say("sheets.stage.q4.rows", { left }), columns, rows, empty: say("sheets.stage.q4.noneDue"), links: rowLinks(r.rows, 3), minHeight: 24,
      flags: [{ col: 6, text: "未完成", tone: "bad" }, { col: 6, text: "已完成", tone: "good" }], repeat: true },
  ];
}

/** The stage sheet of a result: `{year}年{上半年}阶段检查：{topic}`. */
export function stageLayout(r: StageResult): SheetWrite {
  const tables = r.stage === "q1" ? q1Tables(r) : r.stage === "q2" ? q2Tables(r) : r.stage === "q3" ? q3Tables(r) : q4Tables(r);
  const widths = r.stage === "q1" ? [6, 26, 10, 26, 10, 7, 7, 7, 10, 46] : r.stage === "q2" ? Q2_WIDTHS : r.stage === "q3" ? Q3_WIDTHS : Q4_WIDTHS;
  return stageSheetLayout({ sheet: stageSheetName(r.quarter), title: say("sheets.stage.title", { year: r.year, period: r.period, topic: r.topic }), lines: headLines(r), widths, tables });
}
