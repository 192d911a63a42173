/**
 * The 通报排名 sheet as a layout (docs/ranking.md "The sheet"): title, the check date with the
 * time basis, what is ranked and the light rule in one note line; the table (名次, 单位, the
 * figures as printed, with their counts for a rate, 逾期, 滞后, light, move, remark); units not
 * ranked after, with the reason; the 先进 and 后进 lines; a native bar chart in rank order (the
 * first on top). The gap and the light are formulas over the row's figures, coloured by
 * conditional formats on their text, so they follow a figure the clerk corrects. Prints on one
 * A4 page wide.
 */
import type { CellArea, CellFormula, ChartSpec, SheetSnapshot, SheetWrite, TextConditionalFormat } from "../workbook/port";
import { cellAddress } from "../domain/text/a1";
import type { ProgressReady } from "../domain/progress/types";
import { toPermille, type Ranking, type RankMetric } from "../domain/rank/rank";
import { heightFor } from "./rowHeight";
import { inSheetFont, TITLE_STYLE } from "./sheetStyle";
import { sheetLines } from "./sheetLines";
import { say } from "../messages";

/** `通报排名（2023-06-30）`: one sheet per check date, so the last one stays to compare with. */
export function rankingSheetName(checkDate: string): string {
  return say("rank.sheet", { date: checkDate });
}

/** Whether a sheet is a 通报排名 (any date). */
export function isRankingSheet(name: string): boolean {
  return name.startsWith(say("rank.sheet", { date: "" }).slice(0, -1));
}

/** `上半年` for 30 June, `一季度`…, else `截至6月15日`. */
export function periodOf(checkDate: string): string {
  const md = checkDate.slice(5);
  const stage = ({ "03-31": "rank.period.q1", "06-30": "rank.period.q2", "09-30": "rank.period.q3", "12-31": "rank.period.q4" } as const)[md];
  return stage ? say(stage) : say("rank.period.until", { month: Number(md.slice(0, 2)), day: Number(md.slice(3)) });
}

const LIGHT_FILLS: Record<string, { fill: string; font: string }> = {
  红: { fill: "#FFC7CE", font: "#9C0006" },
  黄: { fill: "#FFEB9C", font: "#9C5700" },
  绿: { fill: "#C6EFCE", font: "#006100" },
};

/** The heading of the figure ranked. */
export function metricLabel(metric: RankMetric): string {
  switch (metric) {
    case "progress":
      return say("sheets.head.taskProgress");
    case "done":
      return say("sheets.head.completionRate");
    case "due-done":
      return say("sheets.progress.head.dueCompletionRate");
    case "on-pace":
      return say("sheets.progress.head.onScheduleRate");
  }
}

export interface RankingSheetInput {
  report: ProgressReady;
  ranking: Ranking;
  /** Moves since an earlier ranking, by unit (absent: no earlier ranking). */
  moves?: ReadonlyMap<string, string>;
}

/** Build the 通报排名 layout. */
export function rankingLayout({ report, ranking, moves }: RankingSheetInput): SheetWrite {
  const rate = ranking.metric !== "progress";
  const head = [
    say("rank.head.rank"), say("sheets.head.unit"), say("sheets.progress.head.rows"), say("sheets.head.timeProgress"), say("sheets.head.taskProgress"), say("sheets.head.gap"),
    "逾期", "滞后", ...(rate ? [metricLabel(ranking.metric), say("rank.head.counts")] : []), say("rank.head.light"), ...(moves ? [say("rank.head.move")] : []), say("sheets.head.note"),
  ];
  const width = head.length;
  const widths = [10, 16, 7, 10, 10, 10, 6, 6, ...(rate ? [10, 11] : []), 6, ...(moves ? [6] : []), 34];
  const col = (label: string) => head.indexOf(label);
  const { rows, merges, styles, pad, fullLine } = sheetLines(width);
  const year = report.year?.value ?? Number(report.checkDate.slice(0, 4));
  fullLine(say("rank.title", { year, period: periodOf(report.checkDate) }), TITLE_STYLE);
  fullLine(
    say("rank.note", {
      checkDate: report.checkDate, basis: report.basisLabel, metric: metricLabel(ranking.metric),
      ties: say(ranking.ties === "excel" ? "rank.ties.excel" : "rank.ties.chinese"),
    }),
    { fontSize: 10 },
  );
  const top = rows.length;
  rows.push(head);
  const pm = (v: number | null) => (v === null ? null : toPermille(v) / 1000);
  for (const r of ranking.ranked) {
    const u = r.progress;
    const p = pm(u.taskProgress);
    const t = pm(u.timeProgress);
    rows.push(pad([
      r.tied ? say("rank.tied", { rank: r.rank }) : r.rank, r.unit, u.rows, t, p, p === null || t === null ? null : (toPermille(u.taskProgress ?? 0) - toPermille(u.timeProgress ?? 0)) / 1000,
      u.counts["逾期"], u.counts["滞后"], ...(rate ? [r.permille / 1000, r.of ? `${r.of.numerator}/${r.of.denominator}` : null] : []),
      r.light, ...(moves ? [moves.get(r.unit) ?? null] : []), r.group,
    ]));
  }
  for (const x of ranking.unranked) {
    const u = x.progress;
    // The short reason on the sheet (one line a unit, so the 通报 keeps to one page); the pane and the CLI give the sentence.
    rows.push(pad([say("rank.unrankedMark"), x.unit, u.rows, pm(u.timeProgress), pm(u.taskProgress), null, u.counts["逾期"], u.counts["滞后"], ...(rate ? [null, null] : []), null, ...(moves ? [null] : []), say(`rank.unrankedShort.${ranking.metric}`)]));
  }
  const bodyRows = ranking.ranked.length + ranking.unranked.length;
  const names = (group: string) => ranking.ranked.filter((r) => r.group === group).map((r) => r.unit).join("、") || say("rank.nobody");
  rows.push(pad([]));
  fullLine(say("rank.leaders", { units: names("先进") }), { bold: true });
  fullLine(say("rank.laggards", { units: names("后进") }), { bold: true });

  // A bar chart of the ranked figure under the table, the first on top (a bar per unit).
  const chartTop = rows.length + 1;
  const chartRows = ranking.ranked.length ? Math.min(40, 8 + Math.ceil(ranking.ranked.length * 0.9)) : 0;
  for (let i = 0; i < chartRows + 1; i++) rows.push(pad([]));
  const figureCol = rate ? col(metricLabel(ranking.metric)) : col(say("sheets.head.taskProgress"));
  const ranked = (c: number): CellArea => ({ row: top + 1, col: c, rowCount: ranking.ranked.length, colCount: 1 });
  const charts: ChartSpec[] = ranking.ranked.length
    ? [{ title: say("rank.chart", { metric: metricLabel(ranking.metric) }), kind: "bar", categories: ranked(1), series: [{ name: metricLabel(ranking.metric), values: ranked(figureCol) }], anchor: { row: chartTop, col: 0, rowCount: chartRows, colCount: width }, valueFormat: "0%" }]
    : [];

  styles.push(
    { area: { row: top, col: 0, rowCount: 1, colCount: width }, bold: true, fill: "#D9E2F3", border: true, wrap: true, horizontal: "center", vertical: "middle" },
    { area: { row: top + 1, col: 0, rowCount: Math.max(1, bodyRows), colCount: width }, border: true, wrap: true, vertical: "middle" },
    { area: { row: top + 1, col: 0, rowCount: Math.max(1, bodyRows), colCount: 1 }, horizontal: "center" },
    { area: { row: top + 1, col: 2, rowCount: Math.max(1, bodyRows), colCount: width - 3 }, horizontal: "center" },
  );
  const figureCols = {
    t: col(say("sheets.head.timeProgress")), p: col(say("sheets.head.taskProgress")), gap: col(say("sheets.head.gap")),
    overdue: col("逾期"), lagging: col("滞后"), light: col(say("rank.head.light")),
  };
  const formulas = ranking.ranked.flatMap((_, i) => followingCells(top + 1 + i, figureCols));
  const lightArea: CellArea = { row: top + 1, col: col(say("rank.head.light")), rowCount: Math.max(1, ranking.ranked.length), colCount: 1 };
  const conditionalFormats: TextConditionalFormat[] = Object.entries(LIGHT_FILLS).map(([text, c]) => ({ area: lightArea, text, fill: c.fill, fontColor: c.font }));
  const percentCols = [3, 4, 5, ...(rate ? [figureCol] : [])];
  return inSheetFont({
    sheet: rankingSheetName(report.checkDate),
    ifExists: "replace",
    rows,
    widths,
    merges,
    styles,
    numberFormats: percentCols.map((c) => ({ area: { row: top + 1, col: c, rowCount: Math.max(1, bodyRows), colCount: 1 }, format: "0.0%" })),
    conditionalFormats,
    formulas,
    charts,
    freeze: { rows: top + 1, cols: 0 },
    // One page up to about 40 units (a county's); beyond, one page wide with the header repeated.
    print: { orientation: bodyRows > 40 ? "landscape" : "portrait", fitToWidth: true, onePage: bodyRows <= 40, repeatRows: { from: top, to: top } },
    rowHeights: rows.map((r, i) => (i === 0 ? 36 : i === 1 ? heightFor(r, [widths.reduce((a, b) => a + b, 0)], 6) + 4 : i === top ? 30 : i > top && i <= top + bodyRows ? heightFor(r, widths, 4) : i > top + bodyRows ? heightFor(r, [widths.reduce((a, b) => a + b, 0)], 6) : undefined)),
    activate: true,
  });
}

/**
 * The gap and the light of one ranked row as formulas over the row's own figures (T, P, 逾期,
 * 滞后), so a clerk who corrects a figure sees both follow, by the rule of
 * `lightOf` (docs/ranking.md "Lights"): figures rounded to 0.1 % as displayed, 红 for any 逾期 or
 * a gap below −10 points, 黄 for a gap below 0 or any 滞后, else 绿; nothing without P or T.
 */
export function followingCells(row: number, cols: Record<"t" | "p" | "gap" | "overdue" | "lagging" | "light", number>): CellFormula[] {
  const at = (c: number) => cellAddress(row, c);
  const [t, p, gap, overdue, lagging] = [at(cols.t), at(cols.p), at(cols.gap), at(cols.overdue), at(cols.lagging)];
  return [
    { row, col: cols.gap, formula: `=IF(OR(${t}="",${p}=""),"",ROUND(ROUND(${p},3)-ROUND(${t},3),3))` },
    { row, col: cols.light, formula: `=IF(${gap}="","",IF(OR(${overdue}>0,${gap}<-0.1),"红",IF(OR(${gap}<0,${lagging}>0),"黄","绿")))` },
  ];
}

/** The units and ranks of an earlier 通报排名 sheet (its 名次 and 单位 columns), to tell each unit's move. */
export function readRankingSheet(snapshot: SheetSnapshot): { unit: string; rank: number }[] {
  const text = snapshot.text;
  const top = text.findIndex((row) => row[0] === say("rank.head.rank") && row[1] === say("sheets.head.unit"));
  if (top < 0) return [];
  const out: { unit: string; rank: number }[] = [];
  for (const row of text.slice(top + 1)) {
    const m = /(\d+)/.exec(row[0] ?? "");
    if (!m || !row[1]) break;
    out.push({ unit: row[1], rank: Number(m[1]) });
  }
  return out;
}
