/**
 * `luoshi stage FILE.xlsx --stage q1|q2|q3|q4 [--year 2023] [--basis …] [--json] [--write]`: one
 * stage check (阶段检查) over every ledger sheet. `--write` saves the workbook with the
 * 阶段检查（…） sheet as FILE.stage-q2.xlsx, never the original. Exit 0 fine, 1 the stage found
 * problems (q1 a list not standard, q2 a unit fails, q3 slow units, q4 rows not done), 2 bad usage.
 */
import type { CliIo } from "./io";
import { exitOf, openFile, orUsage, outputPath, refuse, UsageError } from "./commands";
import { stageCheck, type StageId, type StageResult } from "../features/stageCheck";
import { readBasis } from "../features/input";
import { STAGES } from "../domain/progress/stages";
import { pct } from "../domain/progress/messages";
import { say } from "../messages";

export interface StageCliOptions { stage?: string; year?: number; json: boolean; write: boolean; basis?: string }

/** Words accepted for each stage besides `q1`…`q4`. */
const STAGE_WORDS: Record<StageId, readonly string[]> = {
  q1: ["一季度", "第一季度", "1季度", "一季度末"],
  q2: ["二季度", "第二季度", "2季度", "二季度末", "上半年"],
  q3: ["三季度", "第三季度", "3季度", "三季度末", "前三季度"],
  q4: ["四季度", "第四季度", "4季度", "四季度末", "全年"],
};

/** `q2`, `Q2`, `二季度`, `第二季度`, `上半年` → `q2`; anything else → undefined. */
export function parseStage(text: string): StageId | undefined {
  const t = text.trim().toLowerCase();
  if (/^q[1-4]$/.test(t)) return t as StageId;
  return STAGES.map((s) => s.id).find((id) => STAGE_WORDS[id].includes(t));
}

/** `a/台账.xlsx` → `a/台账.stage-q2.xlsx`. */
export function stageOutputPath(file: string, stage: StageId): string {
  return outputPath(file, `stage-${stage}`);
}

const share = (x: number | null): string => (x === null ? "—" : pct(x));

/** The detail lines under the summary, one per list, unit or slow unit. */
function details(r: StageResult): string[] {
  switch (r.stage) {
    case "q1":
      return r.lists.filter((l) => l.established).flatMap((l) =>
        l.sheets.map((s) => `  ${l.name}\t“${s.sheet}”\t${s.rows} 行\t${s.standard ? "规范" : "不规范"}\t错误 ${s.errors}、警告 ${s.warnings}${s.problems ? `\t${s.problems}` : ""}`));
    case "q2":
      return r.units.map((u) => `  ${u.unit}\t${u.pass === null ? "无法判断" : u.pass ? "达到" : "未达到"}\t时间进度 ${share(u.timeProgress)}\t任务进度 ${share(u.taskProgress)}\t逾期 ${u.overdue}\t滞后 ${u.lagging}`);
    case "q3":
      return [...r.slow.map((u) => `  ${u.unit}\t建议下发提醒函\t${u.note}`), ...r.done.map((x) => `  待核查\t“${x.sheet}”第${x.row}行\t${x.unit}\t${x.task}`)];
    case "q4":
      return r.units.map((u) => `  ${u.unit}\t应完成 ${u.due}\t已完成 ${u.done}\t未完成 ${u.notDone}${u.notDone ? `\t${u.notDoneTasks.join("；")}` : ""}`);
  }
}

export async function runStage(io: CliIo, args: string[], opts: StageCliOptions): Promise<number> {
  const [file] = args;
  if (!file) throw new UsageError(say("cli.usage.stage"));
  if (opts.stage === undefined) throw new UsageError(say("cli.usage.stageMissing", { file }));
  const stage = parseStage(opts.stage);
  if (!stage) throw new UsageError(say("cli.usage.stageBad", { text: opts.stage }));
  const basis = opts.basis === undefined ? undefined : orUsage(readBasis(opts.basis, "--basis "));
  const out = opts.write ? stageOutputPath(file, stage) : undefined;
  const wb = await openFile(io, file);
  const outcome = await stageCheck(wb, { stage, year: opts.year, basis, write: opts.write });
  if (!outcome.ok) return refuse(io, outcome, file);
  const result = outcome.value;
  if (out) await io.writeFile(out, await wb.save());
  if (opts.json) {
    io.out(JSON.stringify({ file, ...result, ...(out && { output: out }) }, null, 2) + "\n");
  } else {
    io.out(`${result.summary}\n`);
    for (const line of details(result)) io.out(line + "\n");
    if (out && result.written) io.out(say("cli.stage.written", { sheet: result.written, out }) + "\n");
  }
  return exitOf(result.problems > 0 ? "fail" : "pass");
}
