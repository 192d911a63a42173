/**
 * 通报排名 (docs/ranking.md): the units of one sheet ranked at a check date, on the figure the
 * clerk chooses, and the 通报排名 sheet written. The sheet is the 汇总 when the workbook has one
 * (its units are the 来源单位), else the active sheet (ranked by 责任单位), else the one named.
 * Tied units are listed in the 单位名录's order when the workbook has one; an earlier 通报排名 in the
 * workbook (or the one given) gives each unit's move. One entry for the pane, ribbon and CLI.
 */
import type { SheetInfo, WorkbookPort } from "../workbook/port";
import type { ProgressReady, TimeBasis } from "../domain/progress/types";
import { rankUnits, movesSince, type Ranking, type RankMetric, type TieStyle } from "../domain/rank/rank";
import { isRankingSheet, rankingLayout, rankingSheetName, readRankingSheet } from "../render/rankingSheet";

/** How the pane and the sheet name the figure ranked. */
export { metricLabel } from "../render/rankingSheet";
import { say } from "../messages";
import { checkProgress } from "./progress";
import { directoryOf, isMergeOutput } from "./merge";
import { cannot, done, guarded, type Outcome } from "./outcome";

export interface RankRequest {
  /** The sheet to rank (default: the 汇总 if the workbook has one, else the active sheet). */
  sheet?: string;
  /** The check date C, yyyy-mm-dd (default: today in China). */
  checkDate?: string;
  basis?: TimeBasis;
  year?: number;
  metric?: RankMetric;
  ties?: TieStyle;
  /** How many 先进 and 后进 (default 3). */
  group?: number;
  /** A workbook holding the earlier 通报排名 (default: the latest earlier one in this workbook). */
  previous?: WorkbookPort;
  /** Write the 通报排名 sheet (default true). */
  write?: boolean;
  dateField?: string;
}

export interface RankResult {
  report: ProgressReady;
  ranking: Ranking;
  /** Each unit's move, when an earlier ranking was found. */
  moves?: Map<string, string>;
  /** The sheet written. */
  written?: string;
  message: string;
}

/** The sheet ranked by default: the 汇总 (the first, when there are several lists), else the active one. */
function defaultSheet(sheets: readonly SheetInfo[]): string | undefined {
  return sheets.find((s) => s.visible && isMergeOutput(s.name) && s.name !== say("merge.summarySheet"))?.name;
}

/** The ranks of the latest 通报排名 before `current` among the sheets. */
async function earlierRanking(wb: WorkbookPort, sheets: readonly SheetInfo[], current: string): Promise<{ unit: string; rank: number }[] | undefined> {
  const last = sheets.map((s) => s.name).filter((n) => isRankingSheet(n) && n < current).sort().at(-1);
  if (!last) return undefined;
  const ranks = readRankingSheet(await wb.readSheet(last));
  return ranks.length ? ranks : undefined;
}

/** Rank the units of a sheet and write the 通报排名. */
export function rankSheet(wb: WorkbookPort, request: RankRequest = {}): Promise<Outcome<RankResult>> {
  return guarded(async () => {
    // The sheet list once: it names the 汇总, the 单位名录 and the earlier 通报排名.
    const sheets = await wb.listSheets();
    const sheet = request.sheet ?? defaultSheet(sheets);
    const progress = await checkProgress(wb, {
      sheets: sheet === undefined ? "active" : { name: sheet }, write: false,
      ...(request.checkDate !== undefined && { checkDate: request.checkDate }), ...(request.basis && { basis: request.basis }),
      ...(request.year !== undefined && { year: request.year }), ...(request.dateField !== undefined && { dateField: request.dateField }),
    });
    if (!progress.ok) return progress;
    const report = progress.value.reports[0];
    if (!report) return cannot("not-ledger", say("rank.noReport"));
    if (!report.units.length) return cannot("empty", say("rank.noUnits", { sheet: report.sheet }));
    const directory = await directoryOf(wb, sheets);
    const ranking = rankUnits(report.units, {
      ...(request.metric && { metric: request.metric }), ...(request.ties && { ties: request.ties }), ...(request.group !== undefined && { group: request.group }),
      ...(directory && { order: directory.units.map((u) => u.name) }),
    });
    const name = rankingSheetName(report.checkDate);
    const before = request.previous ? await earlierRanking(request.previous, await request.previous.listSheets(), "\uffff") : await earlierRanking(wb, sheets, name);
    const moves = before ? movesSince(ranking.ranked, before) : undefined;
    const written = request.write === false ? undefined : await wb.writeSheet(rankingLayout({ report, ranking, ...(moves && { moves }) }));
    const params = {
      sheet: report.sheet, date: report.checkDate, ranked: ranking.ranked.length, unranked: ranking.unranked.length,
      first: ranking.ranked.filter((r) => r.rank === 1).map((r) => r.unit).join("、") || say("rank.nobody"),
    };
    const message = written ? say("rank.written", { ...params, out: written }) : say("rank.summary", params);
    return done({ report, ranking, ...(moves && { moves }), ...(written && { written }), message });
  });
}
