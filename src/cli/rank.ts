/**
 * `luoshi rank FILES_OR_FOLDERS… [--date] [--metric] [--ties] [--previous OLD.xlsx] [--units 单位名录.xlsx]
 * [--basis] [--json] [--write] [--out]`: the 通报排名 (docs/ranking.md). One file is ranked as it
 * is (its 汇总, else its ledger); several are merged in memory first (docs/merging.md) and their
 * 汇总 ranked. Exit 0 ranked, 1 a unit's light is 红, 2 could not rank.
 */
import type { CliIo } from "./io";
import { ExcelJsWorkbook } from "../workbook/exceljs/ExcelJsWorkbook";
import { mergeLedgers, type MergeFile } from "../features/merge";
import { rankSheet, type RankResult } from "../features/rank";
import { isRankingList, summarizeRankingLists } from "../features/rankingList";
import { readBasis } from "../features/input";
import { RANK_METRICS, type RankMetric, type TieStyle } from "../domain/rank/rank";
import { say } from "../messages";
import { openFile, orUsage, outputPath, refuse, UsageError } from "./commands";
import { filesOf } from "./merge";

export interface RankCliOptions {
  date?: string;
  metric?: string;
  ties?: string;
  previous?: string;
  units?: string;
  basis?: string;
  out?: string;
  json: boolean;
  write: boolean;
}

/** The JSON shape of issue 10. */
export function rankJson(r: RankResult) {
  return {
    date: r.report.checkDate,
    metric: r.ranking.metric,
    ranking: r.ranking.ranked.map((x) => ({
      unit: x.unit, rank: x.rank, tied: x.tied, score: x.permille / 1000, light: x.light, group: x.group, move: r.moves?.get(x.unit) ?? null,
    })),
    unranked: r.ranking.unranked.map((x) => ({ unit: x.unit, reason: x.reason })),
  };
}

function metricOf(text: string | undefined): RankMetric | undefined {
  if (text === undefined) return undefined;
  const metric = RANK_METRICS.find((m) => m === text);
  if (!metric) throw new UsageError(say("cli.rank.metric", { value: text }));
  return metric;
}

function tiesOf(text: string | undefined): TieStyle | undefined {
  if (text === undefined) return undefined;
  if (text !== "excel" && text !== "chinese") throw new UsageError(say("cli.rank.ties", { value: text }));
  return text;
}

export async function runRank(io: CliIo, args: string[], opts: RankCliOptions): Promise<number> {
  if (!args.length) throw new UsageError(say("cli.usage.rank"));
  const metric = metricOf(opts.metric);
  const ties = tiesOf(opts.ties);
  const basis = opts.basis === undefined ? undefined : orUsage(readBasis(opts.basis, "--basis "));
  const paths = filesOf(io, args).filter((f) => f !== opts.previous && f !== opts.units && f !== opts.out);
  if (opts.out !== undefined) {
    if (!/\.xlsx$/i.test(opts.out)) throw new UsageError(say("cli.out.notXlsx", { out: opts.out }));
    if (io.exists(opts.out)) throw new UsageError(say("cli.out.exists", { out: opts.out }));
  }
  if (opts.write && opts.out === undefined && paths.length !== 1) throw new UsageError(say("cli.rank.writeOut"));
  const out = opts.out ?? (opts.write ? outputPath(paths[0], "ranked") : undefined);
  const previous = opts.previous === undefined ? undefined : await openFile(io, opts.previous);
  let wb: ExcelJsWorkbook;
  if (paths.length === 1) {
    wb = await openFile(io, paths[0]);
  } else {
    // Several units' files: merged in memory first, their 汇总 ranked.
    wb = ExcelJsWorkbook.create();
    const files: MergeFile[] = paths.map((path) => ({ name: path.replace(/^.*[\\/]/, ""), modified: io.modified(path), open: () => openFile(io, path) }));
    const directory = opts.units === undefined ? undefined : await openFile(io, opts.units);
    const merged = await mergeLedgers(wb, { files, directory });
    if (!merged.ok) return refuse(io, merged);
  }
  if (paths.length === 1 && (await isRankingList(wb))) {
    // A 省市/县通报排名工作清单: where the county stands per item, and what is circulated soon.
    const summary = await summarizeRankingLists(wb, { checkDate: opts.date, dateField: "--date ", previous, write: out !== undefined });
    if (!summary.ok) return refuse(io, summary, paths[0]);
    const { summary: s } = summary.value;
    if (opts.json) {
      const items = s.items.map((i) => ({ task: i.task, dept: i.rankDept, frequency: i.frequency, place: i.place, total: i.total, before: i.before, next: i.next, dueWeek: i.dueWeek, dueMonth: i.dueMonth, unit: i.unit, owner: i.owner }));
      io.out(JSON.stringify({ date: s.checkDate, list: summary.value.list, items }, null, 2) + "\n");
    } else io.out(summary.value.message + "\n");
    if (out) {
      await io.writeFile(out, await wb.save());
      if (!opts.json) io.out(say("cli.rank.written", { out }) + "\n");
    }
    return 0;
  }
  const outcome = await rankSheet(wb, { checkDate: opts.date, dateField: "--date ", metric, ties, basis, previous, write: out !== undefined });
  if (!outcome.ok) return refuse(io, outcome, paths.length === 1 ? paths[0] : undefined);
  if (opts.json) io.out(JSON.stringify(rankJson(outcome.value), null, 2) + "\n");
  else io.out(outcome.value.message + "\n");
  if (out) {
    await io.writeFile(out, await wb.save());
    if (!opts.json) io.out(say("cli.rank.written", { out }) + "\n");
  }
  return outcome.value.ranking.ranked.some((r) => r.light === "红") ? 1 : 0;
}
